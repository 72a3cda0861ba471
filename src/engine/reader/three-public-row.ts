// 表7 laid out as one row: headers 合计 | 因公出国（境）费 | 公务接待费 | 公务用车购置及运行费 (小计 | 购置费 |
// 运行费) and the amounts in the row below. Items then point at the value cells, labels at the headers.
import type { Unit } from '../money';
import type { ItemKey } from '../tables/items';
import type { Item, Note } from '../tables/model';
import type { CellRef, SheetSnapshot } from '../workbook';
import { SUBTOTAL_HEADER } from './aliases';
import { filledTexts, isEmptyRow, mergeOrigin, rowAt } from './grid';
import { ItemLabeler } from './item-labels';
import { headerRowsBetween } from './layout';
import { noteOfRow } from './notes';
import type { ReaderReport } from './report';
import { readAmount, type AmountProblem } from './values';

/** Fewer recognised item columns than this and the sheet is read as a vertical list instead. */
const MIN_ITEM_COLUMNS = 3;
const SUBTOTAL = new RegExp(SUBTOTAL_HEADER);

function keyOfHeader(segments: string[]): ItemKey | undefined {
  const labeler = new ItemLabeler('threePublic', 'single');
  const leaf = segments[segments.length - 1];
  if (segments.length > 1 && SUBTOTAL.test(leaf)) return labeler.keyOf(segments[segments.length - 2]);
  return labeler.keyOf(leaf);
}

export function threePublicRow(
  sheet: SheetSnapshot,
  topEnd: number,
  dataRow: number,
  unit: Unit,
  report: ReaderReport,
): { items: Item[]; notes: Note[]; headerRows: [number, number] } | undefined {
  if (dataRow >= sheet.values.length) return undefined;
  const headerRows = headerRowsBetween(sheet, topEnd, dataRow);
  if (headerRows.length === 0) return undefined;
  const first = headerRows[0];
  const all = filledTexts(sheet, first, headerRows[headerRows.length - 1]);
  const texts = headerRows.map((r) => all[r - first]);
  const width = Math.max(...texts.map((t) => t.length));
  const found: { key: ItemKey; col: number; label: string; headerRow: number }[] = [];
  for (let col = 0; col < width; col++) {
    const segments: string[] = [];
    let headerRow = first;
    texts.forEach((line, i) => {
      const t = line[col];
      if (t && t !== segments[segments.length - 1]) segments.push(t);
      if (t) headerRow = headerRows[i];
    });
    const key = segments.length ? keyOfHeader(segments) : undefined;
    if (key && !found.some((f) => f.key === key)) found.push({ key, col, label: segments.join('/'), headerRow });
  }
  if (found.length < MIN_ITEM_COLUMNS) return undefined;

  const onProblem = (p: AmountProblem, cell: CellRef) =>
    p.code === 'cell-error'
      ? report('cell-error', 'error', cell, [keyAt(cell.col)], { error: p.error })
      : report('cell-not-number', 'error', cell, [keyAt(cell.col)], { text: p.text });
  const keyAt = (col: number) => found.find((f) => f.col === col)?.key ?? '';
  const row = rowAt(sheet, dataRow);
  const items: Item[] = found.map((f) => {
    const origin = mergeOrigin(sheet, f.headerRow, f.col);
    return {
      key: f.key,
      label: f.label,
      block: 'single',
      labelCell: { sheet: sheet.name, row: origin.row, col: origin.col },
      amount: readAmount(row[f.col], unit, { sheet: sheet.name, row: dataRow, col: f.col }, onProblem),
    };
  });
  const notes: Note[] = [];
  for (let r = dataRow + 1; r < sheet.values.length; r++) {
    const line = rowAt(sheet, r);
    const note = isEmptyRow(line) ? undefined : noteOfRow(line, sheet.name, r);
    if (note) notes.push(note);
  }
  return { items, notes, headerRows: [first, headerRows[headerRows.length - 1]] };
}
