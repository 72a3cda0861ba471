// Value cells to Amounts in 分. Numbers take a float fast path (a reader must keep up with ~300,000 rows);
// anything near a half-分 boundary, huge, or written as text goes through the exact decimal path.
import { FEN_PER_UNIT, parseNumberCell, toFen, type Unit } from '../money';
import { Amount } from '../tables/model';
import type { CellRef, CellValue } from '../workbook';

export type AmountProblem = { code: 'cell-error'; error: string } | { code: 'cell-not-number'; text: string };

/** Beyond this many 分 a double's error could reach the rounding decision (1e12 × 2⁻⁵² ≈ 2e-4). */
const FAST_LIMIT = 1e12;
const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?$/;

/** A number in `unit` as integer 分, equal to toFen() for every input. */
export function numberToFen(n: number, unit: Unit): number {
  const x = n * FEN_PER_UNIT[unit];
  const ax = Math.abs(x);
  if (ax < FAST_LIMIT) {
    const floor = Math.floor(ax);
    const frac = ax - floor;
    // Away from the .5 boundary the double product rounds like the exact decimal product would.
    if (Math.abs(frac - 0.5) > 1e-3) {
      const r = frac > 0.5 ? floor + 1 : floor;
      return r === 0 ? 0 : x < 0 ? -r : r;
    }
  }
  return toFen(n, unit);
}

/**
 * Reads one value cell. Blank and dashes are 0 and marked blank; an Excel error or text that is not a
 * number is reported through `onProblem` and counted as blank, so one bad cell never stops a table.
 */
export function readAmount(v: CellValue | undefined, unit: Unit, cell: CellRef, onProblem: (p: AmountProblem, cell: CellRef) => void): Amount {
  const { sheet, row, col } = cell;
  const fen = readFenAt(v, unit, sheet, row, col, onProblem);
  return Number.isNaN(fen) ? new Amount(0, true, sheet, row, col) : new Amount(fen, false, sheet, row, col);
}

/**
 * A value cell in 分, or NaN when it counts as blank (empty, a dash, or a problem reported through
 * `onProblem`). What the code-table reader stores in its AmountGrid. NaN rather than undefined: a
 * result that is always a number stays an unboxed double in optimised code, and amounts in 分 are
 * mostly beyond the small integers V8 stores without a box — two million cells, two million objects.
 */
export function readFenAt(
  v: CellValue | undefined,
  unit: Unit,
  sheet: string,
  row: number,
  col: number,
  onProblem: (p: AmountProblem, cell: CellRef) => void,
): number {
  if (v === null || v === undefined) return NaN;
  if (typeof v === 'number' && Number.isFinite(v)) return numberToFen(v, unit);
  if (typeof v === 'string') {
    const s = v.trim();
    if (s === '') return NaN;
    if (PLAIN_NUMBER.test(s)) return numberToFen(Number(s), unit);
  }
  const parsed = parseNumberCell(v);
  switch (parsed.kind) {
    case 'blank':
      return NaN;
    case 'number':
      return toFen(parsed.value, unit);
    case 'error':
      onProblem({ code: 'cell-error', error: parsed.error }, { sheet, row, col });
      return NaN;
    case 'text':
      onProblem({ code: 'cell-not-number', text: parsed.text }, { sheet, row, col });
      return NaN;
  }
}

/** True when a cell holds an amount (a number, or text that reads as one). */
export function isNumericCell(v: CellValue | undefined): boolean {
  if (typeof v === 'number') return Number.isFinite(v);
  if (typeof v !== 'string') return false;
  const s = v.trim();
  if (s === '') return false;
  if (PLAIN_NUMBER.test(s)) return true;
  return parseNumberCell(v).kind === 'number';
}
