// Comparing a printed figure with the value it states, at the precision it was printed.
import Decimal from 'decimal.js';

export type PrintedOutcome = 'equal' | 'truncated' | 'mismatch';

/**
 * A figure printed with `decimals` decimals states `exact` when it equals exact rounded half-up at
 * that precision. Cutting the digits off (truncating) instead of rounding leaves it short by less
 * than one unit of its last digit: a note, not an error.
 */
export function comparePrinted(printed: Decimal, decimals: number, exact: Decimal): PrintedOutcome {
  if (printed.eq(exact.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP))) return 'equal';
  if (printed.eq(exact.toDecimalPlaces(decimals, Decimal.ROUND_DOWN))) return 'truncated';
  return 'mismatch';
}

/** Half a unit of the last printed digit: 83.67 → 0.005, 12 → 0.5. */
export function halfUnit(decimals: number): Decimal {
  return new Decimal(10).pow(-decimals).div(2);
}

export type RatioOutcome = PrintedOutcome | 'rounding';

/**
 * A printed percentage against part ÷ base. Besides equal/truncated, a percentage the author
 * computed from unrounded amounts may miss ours in its last digit: when it lies within the range
 * the ratio takes over the amounts' own rounding (each ± half a unit of 0.01), it is a rounding note.
 */
export function compareRatio(printed: Decimal, decimals: number, part: Decimal, base: Decimal, amountDecimals = 2): { outcome: RatioOutcome; computed: Decimal } {
  const computed = part.div(base).times(100);
  const outcome = comparePrinted(printed, decimals, computed);
  if (outcome !== 'mismatch') return { outcome, computed };
  const h = halfUnit(amountDecimals);
  const corners = [part.minus(h), part.plus(h)].flatMap((p) => [base.minus(h), base.plus(h)].filter((b) => !b.isZero()).map((b) => p.div(b).times(100)));
  const lo = Decimal.min(...corners).toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
  const hi = Decimal.max(...corners).toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
  return { outcome: printed.gte(lo) && printed.lte(hi) ? 'rounding' : 'mismatch', computed };
}
