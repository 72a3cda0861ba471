// A sheet plan: cells, merges, styles and page setup as data, so exceljs (CLI) and office.js (task pane)
// can apply the same generated sheet.
import type { Merge } from '../workbook';
import { valuesHash } from './marker';

export interface CellStyle {
  font?: string;
  size?: number;
  bold?: boolean;
  italic?: boolean;
  hAlign?: 'left' | 'center' | 'right';
  vAlign?: 'top' | 'middle';
  wrap?: boolean;
  /** Background, "RRGGBB". */
  fill?: string;
  numFmt?: string;
}

export interface PlanCell {
  row: number;
  col: number;
  value: string | number | null;
  /** A key of SheetPlan.styles. */
  style: string;
  /** A sheet of the same workbook this cell links to. */
  link?: string;
}

export interface PageSetup {
  paperSize: 'A4';
  orientation: 'portrait' | 'landscape';
  /** Fit to one page wide, as many pages tall as needed. */
  fitToWidth: 1;
  fitToHeight: 0;
  /** Inches, as Excel stores them. */
  margins: { left: number; right: number; top: number; bottom: number };
}

export interface SheetPlan {
  /** What the sheet shows, stable across runs: 'project:<name>' or 'summary'. */
  key: string;
  /** The name wanted; the writer adds " (2)" when a sheet the user owns has it. */
  name: string;
  kind: 'project' | 'summary';
  styles: Record<string, CellStyle>;
  cells: PlanCell[];
  merges: Merge[];
  /** Every cell inside gets a thin border on all sides. */
  borders: Merge[];
  /** Excel column widths (characters of the default font). */
  colWidths: number[];
  /** Row heights in points, for rows whose wrapped text needs more than one line. */
  rowHeights: Record<number, number>;
  printArea: Merge;
  page: PageSetup;
}

export const BASE_FONT = '宋体';
export const LINE_POINTS = 14.5;

/** Excel forbids []:*?/\ in sheet names and caps them at 31 characters. */
export function sheetName(wanted: string, max = 31): string {
  const clean = wanted.replace(/[[\]:*?/\\]/g, ' ').replace(/\s+/g, ' ').replace(/^'+|'+$/g, '').trim();
  return [...clean].slice(0, max).join('') || 'Sheet';
}

/** Rough width of text in Excel width units: a CJK character is about two digits wide. */
export function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u2e80-\uffff]/.test(ch) ? 2 : 1.1;
  return w;
}

/** Points a wrapped text needs in a cell `width` units wide (merged widths summed by the caller). */
export function wrappedHeight(text: string, width: number): number {
  const lines = text
    .split('\n')
    .reduce((n, part) => n + Math.max(1, Math.ceil(textWidth(part) / Math.max(width - 1.5, 1))), 0);
  return Math.ceil(lines * LINE_POINTS + 4);
}

export function planHash(plan: Pick<SheetPlan, 'cells'>): string {
  return valuesHash(plan.cells);
}

/** A small builder that keeps cells and merges together. */
export class PlanBuilder {
  readonly cells: PlanCell[] = [];
  readonly merges: Merge[] = [];
  readonly borders: Merge[] = [];
  readonly rowHeights: Record<number, number> = {};

  put(row: number, col: number, value: string | number | null | undefined, style: string, span?: { right?: number; bottom?: number }): this {
    this.cells.push({ row, col, value: value ?? null, style });
    const right = span?.right ?? col;
    const bottom = span?.bottom ?? row;
    if (right > col || bottom > row) {
      this.merges.push({ top: row, left: col, bottom, right });
      // Merged areas take the style of their first cell; the others need it too for borders and fills.
      for (let r = row; r <= bottom; r++) for (let c = col; c <= right; c++) if (r !== row || c !== col) this.cells.push({ row: r, col: c, value: null, style });
    }
    return this;
  }

  height(row: number, points: number): this {
    this.rowHeights[row] = Math.max(this.rowHeights[row] ?? 0, points);
    return this;
  }
}
