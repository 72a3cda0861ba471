// Data rows of the code tables (表2, 3, 5, 6, 8, 9): code + name + values, one pass over the rows.
import type { Unit } from '../money';
import { AmountGrid } from '../tables/amounts';
import { RowPlace, SheetCodeRow } from '../tables/code-row';
import type { CodeRow, ColumnKey, Note } from '../tables/model';
import { cellText, type CellRef, type CellValue, type SheetSnapshot } from '../workbook';
import type { ColumnLayout } from './columns';
import { firstFilled } from './grid';
import { noteOfRow } from './notes';
import type { ReaderReport } from './report';
import { isBlankValue, isTotalLabel, norm, parseCode, splitInlineCode } from './text';
import { classifyCodedRows } from './unit-rows';
import { readFenAt, type AmountProblem } from './values';

export interface CodeRowsResult {
  rows: CodeRow[];
  /** The rows' value cells. */
  amounts: AmountGrid;
  notes: Note[];
}

/**
 * The code of a row: one code cell, or split 类/款/项 cells joined ("215" + "05" + "01"). Returns the
 * digits, or undefined; `codeTextOf` gives what a non-code code cell says ("合计").
 */
function codeOf(row: CellValue[], codeCols: number[]): string | undefined {
  if (codeCols.length === 0) return undefined;
  if (codeCols.length === 1) return parseCode(row[codeCols[0]]);
  let code = '';
  for (let i = 0; i < codeCols.length; i++) {
    const v = row[codeCols[i]];
    if (isBlankValue(v)) continue;
    let part = parseCode(v) ?? (typeof v === 'number' ? String(v) : undefined);
    if (part === undefined) return undefined;
    // 款 and 项 parts are two digits; a number cell drops the leading zero of "05".
    if (i > 0 && part.length < 2) part = part.padStart(2, '0');
    code = part.length > 2 && part.startsWith(code) ? part : code + part;
  }
  return code || undefined;
}

function codeTextOf(row: CellValue[], codeCols: number[]): string {
  for (const c of codeCols) if (!isBlankValue(row[c])) return cellText(row[c]);
  return '';
}

/** Name text of a cell, trimmed; numbers as written. */
function nameOf(v: CellValue | undefined): string {
  return isBlankValue(v) ? '' : cellText(v);
}

export function readCodeRows(sheet: SheetSnapshot, layout: ColumnLayout, dataStart: number, unit: Unit, report: ReaderReport): CodeRowsResult {
  const rows: CodeRow[] = [];
  const notes: Note[] = [];
  const name = sheet.name;
  const { codeCols, nameCol, columns } = layout;
  let pathHead: string = '';
  let pathKey: ColumnKey = 'total';
  const onProblem = (p: AmountProblem, cell: CellRef) =>
    p.code === 'cell-error'
      ? report('cell-error', 'error', cell, [pathHead, pathKey], { error: p.error })
      : report('cell-not-number', 'error', cell, [pathHead, pathKey], { text: p.text });
  let noteSeen = false;
  const amounts = new AmountGrid(name, columns, Math.max(0, sheet.values.length - dataStart));
  const place = new RowPlace(amounts, codeCols.length ? codeCols[0] : -1, nameCol);
  const inlinePlace = new RowPlace(amounts, nameCol, nameCol); // the code written in the name cell

  for (let r = dataStart; r < sheet.values.length; r++) {
    const row = sheet.values[r];
    if (!row || row.length === 0) continue;
    let code = codeOf(row, codeCols);
    let rowName = nameOf(row[nameCol]);
    if (!code && !rowName) rowName = codeTextOf(row, codeCols); // "合计" written in the code column
    let inline = false;
    if (!code && rowName) {
      const split = splitInlineCode(rowName);
      if (split) ({ code, name: rowName } = split);
      inline = split !== undefined;
    }
    if (!code && typeof row[firstFilled(row)] === 'string') {
      const note = noteOfRow(row, name, r);
      if (note) {
        notes.push(note);
        noteSeen = true;
        continue;
      }
    }
    const isTotal = !code && rowName.length <= 12 && isTotalLabel(norm(rowName));
    pathHead = code ?? (rowName || `${r + 1}`);
    // Cells go into the next free row of the grid; a row that turns out to be a footer leaves them
    // there, to be overwritten by the next row.
    const index = rows.length;
    let hasValue = false;
    for (let i = 0; i < columns.length; i++) {
      const column = columns[i];
      pathKey = column.key;
      const fen = readFenAt(row[column.col], unit, name, r, column.col, onProblem);
      const blank = Number.isNaN(fen);
      if (!blank) hasValue = true;
      // A key read twice keeps its last column, as AmountGrid.slot does.
      if (amounts.columnSlot(i) === i) amounts.set(i, index, blank ? 0 : fen, blank);
    }
    // Anything after the notes without code or amount is a footer (制表人…), not a row.
    if (!code && !hasValue && (!rowName || noteSeen)) continue;
    rows.push(new SheetCodeRow(isTotal ? 'total' : code ? 'code' : 'other', code, rowName, undefined, r, index, inline ? inlinePlace : place, undefined));
  }
  classifyCodedRows(rows);
  return { rows, amounts, notes };
}
