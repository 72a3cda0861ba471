// Data rows of the code tables (表2, 3, 5, 6, 8, 9): code + name + values, one pass over the rows.
import type { Unit } from '../money';
import type { Amount, CodeRow, ColumnKey, Note } from '../tables/model';
import { cellText, type CellRef, type CellValue, type SheetSnapshot } from '../workbook';
import type { ColumnLayout } from './columns';
import { firstFilled } from './grid';
import { noteOfRow } from './notes';
import type { ReaderReport } from './report';
import { isBlankValue, isTotalLabel, norm, parseCode, splitInlineCode } from './text';
import { classifyCodedRows } from './unit-rows';
import { readAmountAt, type AmountProblem } from './values';

/**
 * A CodeRow as the reader makes it: the code and name cells kept flat and made on demand, as a
 * 300,000-row workbook would otherwise hold 600,000 CellRefs only the odd finding points at.
 */
class ReadCodeRow implements CodeRow {
  constructor(
    public kind: CodeRow['kind'],
    public code: string | undefined,
    public name: string,
    public level: CodeRow['level'],
    public row: number,
    private readonly sheet: string,
    /** Column of the code; -1 when the row has none. */
    private readonly codeCol: number,
    private readonly nameCol: number,
    public values: CodeRow['values'],
    public unit: string | undefined,
  ) {}

  get codeCell(): CellRef | undefined {
    return this.codeCol < 0 ? undefined : { sheet: this.sheet, row: this.row, col: this.codeCol };
  }

  get nameCell(): CellRef {
    return { sheet: this.sheet, row: this.row, col: this.nameCol };
  }
}

export interface CodeRowsResult {
  rows: CodeRow[];
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
  // Every row's values object gets all keys at once, cloned from this shape, instead of growing key by key.
  const shape: Partial<Record<ColumnKey, Amount>> = {};
  for (const column of columns) shape[column.key] = undefined;

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
    const values: Partial<Record<ColumnKey, Amount>> = { ...shape };
    let hasValue = false;
    for (const column of columns) {
      pathKey = column.key;
      const a = readAmountAt(row[column.col], unit, name, r, column.col, onProblem);
      if (!a.blank) hasValue = true;
      values[column.key] = a;
    }
    // Anything after the notes without code or amount is a footer (制表人…), not a row.
    if (!code && !hasValue && (!rowName || noteSeen)) continue;
    // All fields up front (level and unit are set later) so the object never changes shape.
    const codeCol = inline ? nameCol : codeCols.length ? codeCols[0] : -1;
    rows.push(new ReadCodeRow(isTotal ? 'total' : code ? 'code' : 'other', code, rowName, undefined, r, name, codeCol, nameCol, values, undefined));
  }
  classifyCodedRows(rows);
  return { rows, notes };
}

