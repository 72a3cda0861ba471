// Cells a finding points at, for selecting them and for showing them short.
import type { Finding } from '../engine/findings';
import { parseRange, type CellRange } from '../engine/workbook';

/**
 * The areas a click on a finding selects: its own cell and the operands (cells or ranges) on the
 * same sheet (Excel selects on one sheet at a time). Without a cell of its own, the first operand's
 * sheet is used.
 */
export function cellsToSelect(f: Finding): CellRange[] {
  const operands = (f.params.operands ?? []).map((a) => parseRange(a)).filter((r): r is CellRange => !!r && !!r.sheet);
  const own = f.cell && { sheet: f.cell.sheet, top: f.cell.row, left: f.cell.col, bottom: f.cell.row, right: f.cell.col };
  const first = own ?? operands[0];
  if (!first) return [];
  const areas = [first, ...operands.filter((r) => r.sheet === first.sheet)];
  const unique = new Map(areas.map((r) => [`${r.top}:${r.left}:${r.bottom}:${r.right}`, r]));
  return [...unique.values()];
}

/** "'表5 一般公共预算支出表'!C7" → "C7" (a range "C7:C9") when the sheet is the finding's own, so the grid stays narrow. */
export function shortAddress(a: string, sheet?: string): string {
  const ref = parseRange(a);
  if (!ref) return a;
  const cells = a.slice(a.lastIndexOf('!') + 1).replace(/\$/g, '');
  return ref.sheet && ref.sheet !== sheet ? `${ref.sheet}!${cells}` : cells;
}
