import Decimal from 'decimal.js';
import fc from 'fast-check';
import { FEN_PER_UNIT, fromFen, type Unit } from './money';

/** The decimal path fromFen used for every figure before the division fast path. */
const viaDecimal = (fen: number, unit: Unit) => new Decimal(fen).div(FEN_PER_UNIT[unit]).toNumber();

const unit = fc.constantFrom<Unit>('元', '万元');
const MAX = Number.MAX_SAFE_INTEGER;

describe('fromFen', () => {
  it('gives the double the exact decimal quotient rounds to, for whole 分 across the safe range', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.maxSafeInteger(), fc.integer({ min: -1e13, max: 1e13 })), unit, (fen, u) => Object.is(fromFen(fen, u), viaDecimal(fen, u))),
      { numRuns: 20000 },
    );
  });

  it('agrees for half 分 (n × step / 2 rounding bounds in 元 tables)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -(2 ** 52) + 1, max: 2 ** 52 - 1 }), unit, (k, u) => Object.is(fromFen(k + 0.5, u), viaDecimal(k + 0.5, u))),
      { numRuns: 20000 },
    );
  });

  it('agrees at the edges: zero, negative zero, the largest safe integers, and beyond them', () => {
    for (const fen of [0, -0, 1, -1, 5, 49, 50, 51, 4_263_900_000, MAX, -MAX, MAX - 1, (MAX - 1) / 2 + 0.5, 2 ** 60, -(2 ** 60), 1e21, 0.25, 1 / 3]) {
      for (const u of ['元', '万元'] as const) expect([fen, u, Object.is(fromFen(fen, u), viaDecimal(fen, u))]).toEqual([fen, u, true]);
    }
  });

  it('reads 分 back in the unit: 4263900000 分 is 4263.9 万元 and 42639000 元', () => {
    // 4,263,900,000 / 1,000,000 = 4263.9; / 100 = 42,639,000.
    expect(fromFen(4_263_900_000, '万元')).toBe(4263.9);
    expect(fromFen(4_263_900_000, '元')).toBe(42_639_000);
    // A bound of 3 parts at 0.01 元 (step 1 分): 3 × 1 / 2 = 1.5 分 = 0.015 元.
    expect(fromFen(1.5, '元')).toBe(0.015);
  });
});
