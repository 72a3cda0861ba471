// What a range stands for in the fake (a sheet and a rectangle), and how writes reach its cells.
import { fail } from './context';
import { quoteSheet, rectA1, rectSize, type FakeCell, type FakeSheet, type Rect } from './model';

export interface RangeTarget {
  sheet: FakeSheet;
  rect: Rect;
}

/** Beyond this many cells a write touches only the cells that exist (whole columns, whole sheets). */
const DENSE_LIMIT = 200_000;

export function guardWrite(sheet: FakeSheet): void {
  if (sheet.protected) fail('AccessDenied', 'The cell or chart you\'re trying to change is on a protected sheet. To make a change, unprotect the sheet.');
}

/** Every cell of the rectangle (created when missing), or only existing ones for huge rectangles. */
export function eachCell(t: RangeTarget, fn: (cell: FakeCell, row: number, col: number) => void): void {
  guardWrite(t.sheet);
  if (rectSize(t.rect) > DENSE_LIMIT) {
    for (const [r, c, cell] of [...t.sheet.cellsIn(t.rect)]) fn(cell, r, c);
  } else {
    for (let r = t.rect.top; r <= t.rect.bottom; r++) for (let c = t.rect.left; c <= t.rect.right; c++) fn(t.sheet.touch(r, c), r, c);
  }
  for (const [r, c] of [...t.sheet.cellsIn(t.rect)]) t.sheet.prune(r, c);
}

/** One value when every cell agrees, else null (as office.js reports mixed formats). */
export function uniform<T>(t: RangeTarget, fn: (cell: FakeCell | undefined) => T): T | null {
  let first: T | undefined;
  let seen = false;
  const size = rectSize(t.rect);
  const cells = size > DENSE_LIMIT ? [...t.sheet.cellsIn(t.rect)].map(([, , c]) => c) : [];
  if (size <= DENSE_LIMIT) for (let r = t.rect.top; r <= t.rect.bottom; r++) for (let c = t.rect.left; c <= t.rect.right; c++) cells.push(t.sheet.cell(r, c) as FakeCell);
  for (const cell of cells) {
    const v = fn(cell);
    if (!seen) [first, seen] = [v, true];
    else if (JSON.stringify(v) !== JSON.stringify(first)) return null;
  }
  return first ?? null;
}

export function addressOf(t: RangeTarget): string {
  return `${quoteSheet(t.sheet.name)}!${rectA1(t.rect)}`;
}

