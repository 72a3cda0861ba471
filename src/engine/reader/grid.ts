// Row access and merged-area filling over a sheet snapshot.
import { cellText, type CellValue, type SheetSnapshot } from '../workbook';
import { isBlankValue, norm } from './text';

const NO_CELLS: CellValue[] = [];

export function rowAt(sheet: SheetSnapshot, r: number): CellValue[] {
  return sheet.values[r] ?? NO_CELLS;
}

/** Index of the last non-blank cell of a row, -1 for an empty row. */
export function lastFilled(row: CellValue[]): number {
  for (let c = row.length - 1; c >= 0; c--) if (!isBlankValue(row[c])) return c;
  return -1;
}

export function isEmptyRow(row: CellValue[]): boolean {
  return lastFilled(row) < 0;
}

/** Index of the first non-blank cell, -1 for an empty row. */
export function firstFilled(row: CellValue[]): number {
  for (let c = 0; c < row.length; c++) if (!isBlankValue(row[c])) return c;
  return -1;
}

/**
 * Folded texts of rows from..to (inclusive) with every merged area's text copied into the cells it
 * covers, for header reading: a 基本保障支出 merged over three columns heads each of them.
 * result[i][c] is row from+i, column c.
 */
export function filledTexts(sheet: SheetSnapshot, from: number, to: number): string[][] {
  const out: string[][] = [];
  for (let r = from; r <= to; r++) out.push(rowAt(sheet, r).map((v) => norm(cellText(v))));
  for (const m of sheet.merges ?? []) {
    if (m.bottom < from || m.top > to) continue;
    const text = norm(cellText(sheet.values[m.top]?.[m.left]));
    if (!text) continue;
    for (let r = Math.max(m.top, from); r <= Math.min(m.bottom, to); r++) {
      const line = out[r - from];
      for (let c = m.left; c <= m.right; c++) {
        while (line.length <= c) line.push('');
        if (!line[c]) line[c] = text;
      }
    }
  }
  return out;
}

/** The top-left cell of the merged area covering (r, c), or (r, c) itself. */
export function mergeOrigin(sheet: SheetSnapshot, r: number, c: number): { row: number; col: number } {
  for (const m of sheet.merges ?? []) {
    if (r >= m.top && r <= m.bottom && c >= m.left && c <= m.right) return { row: m.top, col: m.left };
  }
  return { row: r, col: c };
}
