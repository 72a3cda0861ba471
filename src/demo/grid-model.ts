// What the demo grid shows for a sheet: display text, fills and fonts, merged spans, notes and links.
import { a1, columnLetter } from '../engine/workbook';
import { displayNumber } from './fake/cells';
import { parseRect, type FakeCell, type FakeSheet, type Rect } from './fake/model';

export interface GridCell {
  row: number;
  col: number;
  address: string;
  text: string;
  numeric: boolean;
  rowSpan: number;
  colSpan: number;
  cell?: FakeCell;
  note?: string;
  /** "'表5'!C20" for a link inside the workbook. */
  link?: string;
  /** Text runs on into the empty cell to its right, as Excel shows it. */
  spill: boolean;
}

export interface GridView {
  rows: number;
  cols: number;
  /** Pixels per column. */
  widths: number[];
  /** Per row: cells to draw (covered cells of a merge are left out). */
  cells: GridCell[][];
  /** True when the sheet has more rows than drawn. */
  truncated: boolean;
}

const MAX_DRAWN_ROWS = 2000;
const DEFAULT_WIDTH_PX = 72;

export function displayText(cell: FakeCell | undefined): string {
  const v = cell?.value;
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return displayNumber(v, cell?.numberFormat);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return v;
}

/** Rows and columns to draw: the used area plus a margin, and always the given cells (the selection). */
export function sheetView(sheet: FakeSheet, mustShow: Rect[] = []): GridView {
  const used = sheet.usedRect(false);
  const bottom = Math.max(used?.bottom ?? 0, ...sheet.merges.map((m) => m.bottom), ...mustShow.map((r) => r.bottom));
  const right = Math.max(used?.right ?? 0, ...sheet.merges.map((m) => m.right), ...mustShow.map((r) => r.right));
  const total = bottom + 6;
  const rows = Math.min(total, Math.max(MAX_DRAWN_ROWS, ...mustShow.map((r) => r.bottom + 20)));
  const cols = Math.min(right + 3, 200);
  const covered = new Set<string>();
  const spans = new Map<string, { rowSpan: number; colSpan: number }>();
  for (const m of sheet.merges) {
    spans.set(`${m.top},${m.left}`, { rowSpan: m.bottom - m.top + 1, colSpan: m.right - m.left + 1 });
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.add(`${r},${c}`);
  }
  const cells: GridCell[][] = [];
  for (let r = 0; r < rows; r++) {
    const line: GridCell[] = [];
    for (let c = 0; c < cols; c++) {
      if (covered.has(`${r},${c}`)) continue;
      const cell = sheet.cell(r, c);
      const address = a1(r, c);
      const span = spans.get(`${r},${c}`) ?? { rowSpan: 1, colSpan: 1 };
      const ref = cell?.hyperlink?.documentReference;
      const text = displayText(cell);
      const spill = !!text && typeof cell?.value === 'string' && !cell.wrap && span.colSpan === 1 && !covered.has(`${r},${c + 1}`) && !displayText(sheet.cell(r, c + 1));
      line.push({ row: r, col: c, address, text, numeric: typeof cell?.value === 'number', ...span, cell, note: sheet.notes.get(address)?.content, link: ref, spill });
    }
    cells.push(line);
  }
  const widths = Array.from({ length: cols }, (_, c) => Math.round((sheet.colWidths.get(c) ?? DEFAULT_WIDTH_PX * 0.75) / 0.75));
  return { rows, cols, widths, cells, truncated: rows < total };
}

export function selectedRects(areas: string[] | undefined): Rect[] {
  return (areas ?? []).map((a) => parseRect(a)).filter((r): r is Rect => !!r);
}

export const inRects = (rects: Rect[], row: number, col: number) => rects.some((r) => row >= r.top && row <= r.bottom && col >= r.left && col <= r.right);

export { columnLetter };
