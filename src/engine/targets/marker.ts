// The marker of generated sheets: a very hidden sheet listing which sheets the writer made, so a second
// run replaces exactly those and leaves every other sheet alone. Plain cells, so office.js can read it too.
import { cellText, type CellValue } from '../workbook';

export const MARKER_SHEET = '_budgetcheck';
export const MARKER_TITLE = 'budget-check generated sheets';
export const MARKER_VERSION = 1;
const MARKER_HEADER = ['key', 'sheet', 'hash'];

export interface MarkerEntry {
  /** Stable identity of what the sheet shows: 'project:<name>' or 'summary'. */
  key: string;
  /** The sheet's name as written (it may carry a " (2)" suffix after a clash). */
  sheet: string;
  /** Hash of the cell values written, to tell whether someone edited the sheet since. */
  hash: string;
}

export function markerRows(entries: MarkerEntry[]): (string | number)[][] {
  return [[MARKER_TITLE, MARKER_VERSION], MARKER_HEADER, ...entries.map((e) => [e.key, e.sheet, e.hash])];
}

/** Entries of a marker sheet; anything that is not our marker gives none. */
export function readMarker(values: CellValue[][]): MarkerEntry[] {
  if (cellText(values[0]?.[0]) !== MARKER_TITLE) return [];
  return values
    .slice(2)
    .map((r) => ({ key: cellText(r?.[0]), sheet: cellText(r?.[1]), hash: cellText(r?.[2]) }))
    .filter((e) => e.key && e.sheet);
}

/** FNV-1a over the non-empty cell values in row order: cheap, stable and the same in Node and the browser. */
export function valuesHash(cells: { row: number; col: number; value: string | number | null }[]): string {
  const parts = cells
    .filter((c) => c.value !== null && c.value !== '')
    .sort((a, b) => a.row - b.row || a.col - b.col)
    .map((c) => `${c.row},${c.col}=${String(c.value)}`);
  let h = 0x811c9dc5;
  for (const ch of parts.join('\u0001')) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}
