// Money as integer 分 (hundredths of a 元), so sums are exact and comparisons never use float ===.
import Decimal from 'decimal.js';
import { CellValue, isCellError } from './workbook';

export type Unit = '元' | '万元';

/** 分 per one unit: 1 元 = 100 分, 1 万元 = 1,000,000 分. */
export const FEN_PER_UNIT: Record<Unit, number> = { 元: 100, 万元: 1_000_000 };

/** The printed precision of a table: figures are published to 0.01 of the table's unit. */
export function stepFen(unit: Unit): number {
  return FEN_PER_UNIT[unit] / 100;
}

export type ParsedNumber =
  | { kind: 'blank' }
  | { kind: 'number'; value: Decimal }
  | { kind: 'error'; error: string }
  | { kind: 'text'; text: string };

const FULL_WIDTH = /[０-９．，－＋（）％]/g;

/** Full-width digits and punctuation to ASCII: "１２３．４５" → "123.45". */
export function toHalfWidth(s: string): string {
  return s.replace(FULL_WIDTH, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

const DASHES = /^[-‐‑–—―－~～]+$/;
const NUMBER_TEXT = /^[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?$/;

/**
 * Reads a value cell. Blank, "-" and "—" mean no amount; numbers written as text (with thousands
 * separators, full-width digits, a trailing 万元/元, accounting parentheses for negatives) are numbers;
 * Excel errors and other text are reported as such, never guessed.
 */
export function parseNumberCell(v: CellValue): ParsedNumber {
  if (v === null || v === undefined) return { kind: 'blank' };
  if (isCellError(v)) return { kind: 'error', error: v.error };
  if (typeof v === 'number') return Number.isFinite(v) ? { kind: 'number', value: new Decimal(v) } : { kind: 'text', text: String(v) };
  if (typeof v === 'boolean') return { kind: 'text', text: String(v) };
  let s = toHalfWidth(v).replace(/\s+/g, '');
  if (s === '' || DASHES.test(s)) return { kind: 'blank' };
  if (/^#[A-Z/0!?]+[!?]?$|^#N\/A$/.test(s)) return { kind: 'error', error: s };
  let negative = false;
  const paren = /^\((.*)\)$/.exec(s);
  if (paren) {
    negative = true;
    s = paren[1];
  }
  s = s.replace(/(万元|元)$/, '');
  if (!NUMBER_TEXT.test(s) || !/\d/.test(s)) return { kind: 'text', text: v };
  const value = new Decimal(s.replace(/,/g, ''));
  return { kind: 'number', value: negative ? value.negated() : value };
}

/** A value in the given unit as integer 分, rounded half away from zero at the 分. */
export function toFen(value: Decimal | number, unit: Unit): number {
  const d = value instanceof Decimal ? value : new Decimal(value);
  return d.times(FEN_PER_UNIT[unit]).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber();
}

/** 分 back to a number in the unit, for reports: 4263900000 分 in 万元 → 4263.9. */
export function fromFen(fen: number, unit: Unit): number {
  // Whole and half 分 (amounts, differences, n × step/2 bounds) are exact doubles with at most 17
  // digits, so the decimal quotient is exact and IEEE division, correctly rounded, gives the very
  // double the decimal path would parse — without a Decimal per figure on a report of 100,000 notes.
  if (Number.isSafeInteger(fen * 2)) return fen / FEN_PER_UNIT[unit];
  return new Decimal(fen).div(FEN_PER_UNIT[unit]).toNumber();
}

/** "4,263.90" style text at the printed precision of the unit. */
export function formatFen(fen: number, unit: Unit): string {
  return new Decimal(fen).div(FEN_PER_UNIT[unit]).toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

export type Comparison =
  | { outcome: 'equal'; difference: 0; tolerance: number }
  | { outcome: 'rounding' | 'mismatch'; difference: number; tolerance: number };

/**
 * Compares a stated total with the sum of its parts, both published at `step` (分).
 * Each of n rounded parts may be off by half a step, so the sum of n parts may differ from the
 * rounded total by up to n × step / 2 (interval arithmetic, as XBRL Calculations 1.1 does it).
 * `difference` is actual − expected.
 */
export function compareWithRounding(expected: number, actual: number, parts: number, step: number): Comparison {
  const tolerance = roundingTolerance(parts, step);
  const outcome = roundingOutcome(expected, actual, parts, step);
  return outcome === 'equal' ? { outcome, difference: 0, tolerance } : { outcome, difference: actual - expected, tolerance };
}

/** compareWithRounding's bound, n × step / 2 (at least one part). */
export function roundingTolerance(parts: number, step: number): number {
  return (Math.max(parts, 1) * step) / 2;
}

/** compareWithRounding's outcome alone, for loops that compare far more often than they report. */
export function roundingOutcome(expected: number, actual: number, parts: number, step: number): Comparison['outcome'] {
  const difference = actual - expected;
  if (difference === 0) return 'equal';
  // A single part rounds to exactly its total: no room for a rounding difference.
  return parts > 1 && Math.abs(difference) <= roundingTolerance(parts, step) ? 'rounding' : 'mismatch';
}
