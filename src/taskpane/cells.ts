// Cells a finding points at, for selecting them and for showing them short.
import type { Finding } from '../engine/findings';
import { parseAddress, type CellRef } from '../engine/workbook';

/**
 * The cells a click on a finding selects: its own cell and the operands on the same sheet (Excel
 * selects on one sheet at a time). Without a cell of its own, the first operand's sheet is used.
 */
export function cellsToSelect(f: Finding): CellRef[] {
  const operands = (f.params.operands ?? []).map((a) => parseAddress(a)).filter((c): c is CellRef => !!c && !!c.sheet);
  const first = f.cell ?? operands[0];
  if (!first) return [];
  const cells = [first, ...operands.filter((c) => c.sheet === first.sheet)];
  const unique = new Map(cells.map((c) => [`${c.row}:${c.col}`, c]));
  return [...unique.values()];
}

/** "'表5 一般公共预算支出表'!C7" → "C7" when the sheet is the finding's own, so the grid stays narrow. */
export function shortAddress(a: string, sheet?: string): string {
  const ref = parseAddress(a);
  if (!ref) return a;
  const cell = a.slice(a.lastIndexOf('!') + 1).replace(/\$/g, '');
  return ref.sheet && ref.sheet !== sheet ? `${ref.sheet}!${cell}` : cell;
}
