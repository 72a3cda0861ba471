// Applies one generated sheet plan (src/engine/targets/plan.ts) through office.js, as the exceljs writer
// (src/xlsx/targets-writer.ts) does for the CLI: values, then styles in row runs, merges, borders, sizes,
// links and page setup, all queued for one request.
import type { CellStyle, PlanCell, SheetPlan } from '../engine/targets/plan';
import { a1, columnLetter, type Merge } from '../engine/workbook';
import { apiSupported } from './run';

const H_ALIGN = { left: 'Left', center: 'Center', right: 'Right' } as const;
const V_ALIGN = { top: 'Top', middle: 'Center' } as const;
const POINTS_PER_INCH = 72;

/** exceljs widths are characters of the default font; office.js wants points (7 px a character + 5 px). */
export const widthToPoints = (chars: number) => Math.round((chars * 7 + 5) * 0.75 * 100) / 100;

const rangeOf = (m: Merge) => `${a1(m.top, m.left)}:${a1(m.bottom, m.right)}`;

/** The plan's cells as a dense grid from A1 (the last write of a cell wins, as in the builder). */
export function planGrid(plan: SheetPlan): { cells: (PlanCell | undefined)[][]; rows: number; cols: number } {
  const rows = Math.max(0, ...plan.cells.map((c) => c.row + 1), plan.printArea.bottom + 1);
  const cols = Math.max(0, ...plan.cells.map((c) => c.col + 1), plan.printArea.right + 1);
  const cells: (PlanCell | undefined)[][] = Array.from({ length: rows }, () => Array(cols).fill(undefined));
  for (const c of plan.cells) {
    const previous = cells[c.row][c.col];
    // A covered cell of a merge (value null) must not wipe the value written at the same place.
    cells[c.row][c.col] = c.value === null && previous && previous.value !== null ? { ...c, value: previous.value, link: previous.link } : c;
  }
  return { cells, rows, cols };
}

/** Strings are written as text ("2022" stays "2022", as exceljs writes it); numbers take the style's format. */
function numberFormat(cell: PlanCell | undefined, styles: Record<string, CellStyle>): string {
  if (!cell) return 'General';
  if (typeof cell.value === 'string') return '@';
  return styles[cell.style]?.numFmt ?? 'General';
}

function styleRange(range: Excel.Range, s: CellStyle): void {
  range.format.font.set({ name: s.font, size: s.size, bold: !!s.bold, italic: !!s.italic });
  if (s.hAlign) range.format.horizontalAlignment = H_ALIGN[s.hAlign];
  if (s.vAlign) range.format.verticalAlignment = V_ALIGN[s.vAlign];
  range.format.wrapText = !!s.wrap;
  if (s.fill) range.format.fill.color = `#${s.fill}`;
}

/** Runs of neighbouring cells in a row with the same style: one format call per run, not per cell. */
export function styleRuns(grid: (PlanCell | undefined)[][]): { row: number; from: number; to: number; style: string }[] {
  const runs: { row: number; from: number; to: number; style: string }[] = [];
  grid.forEach((cells, row) => {
    cells.forEach((cell, col) => {
      if (!cell) return;
      const last = runs[runs.length - 1];
      if (last && last.row === row && last.to === col - 1 && last.style === cell.style) last.to = col;
      else runs.push({ row, from: col, to: col, style: cell.style });
    });
  });
  return runs;
}

function borderRange(range: Excel.Range, m: Merge): void {
  const edges: ('EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideHorizontal' | 'InsideVertical')[] = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'];
  if (m.bottom > m.top) edges.push('InsideHorizontal');
  if (m.right > m.left) edges.push('InsideVertical');
  for (const edge of edges) range.format.borders.getItem(edge).set({ style: 'Continuous', weight: 'Thin', color: '#000000' });
}

function pageSetup(ws: Excel.Worksheet, plan: SheetPlan): void {
  if (apiSupported('1.8')) ws.showGridlines = false;
  if (!apiSupported('1.9')) return;
  const layout = ws.pageLayout;
  const m = plan.page.margins;
  layout.orientation = plan.page.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  layout.paperSize = 'A4';
  layout.centerHorizontally = true;
  layout.zoom = { horizontalFitToPages: plan.page.fitToWidth, verticalFitToPages: plan.page.fitToHeight };
  layout.leftMargin = m.left * POINTS_PER_INCH;
  layout.rightMargin = m.right * POINTS_PER_INCH;
  layout.topMargin = m.top * POINTS_PER_INCH;
  layout.bottomMargin = m.bottom * POINTS_PER_INCH;
  layout.headerMargin = 0.3 * POINTS_PER_INCH;
  layout.footerMargin = 0.3 * POINTS_PER_INCH;
  layout.setPrintArea(rangeOf(plan.printArea));
  layout.headersFooters.defaultForAllPages.centerFooter = '第 &P 页，共 &N 页';
}

export function applyPlan(ws: Excel.Worksheet, plan: SheetPlan): void {
  const { cells, rows, cols } = planGrid(plan);
  if (rows && cols) {
    const all = ws.getRange(`A1:${columnLetter(cols - 1)}${rows}`);
    all.numberFormat = cells.map((r) => r.map((c) => numberFormat(c, plan.styles)));
    all.values = cells.map((r) => r.map((c) => c?.value ?? ''));
  }
  for (const run of styleRuns(cells)) styleRange(ws.getRange(`${a1(run.row, run.from)}:${a1(run.row, run.to)}`), plan.styles[run.style] ?? {});
  for (const m of plan.merges) ws.getRange(rangeOf(m)).merge(false);
  for (const b of plan.borders) borderRange(ws.getRange(rangeOf(b)), b);
  plan.colWidths.forEach((w, c) => (ws.getRange(`${columnLetter(c)}:${columnLetter(c)}`).format.columnWidth = widthToPoints(w)));
  for (const [row, h] of Object.entries(plan.rowHeights)) ws.getRange(`${Number(row) + 1}:${Number(row) + 1}`).format.rowHeight = h;
  for (const c of plan.cells) {
    if (c.link && c.value !== null) ws.getRange(a1(c.row, c.col)).hyperlink = { documentReference: `'${c.link.replace(/'/g, "''")}'!A1`, textToDisplay: String(c.value) };
  }
  pageSetup(ws, plan);
}
