import fc from 'fast-check';
import { parseSnapshot } from './snapshot';
import { workbookSnapshotSchema } from './workbook';

// Cells the fast path passes, and values only the full schema can judge (or rejects).
const goodCell = fc.oneof(fc.string(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null), fc.record({ error: fc.string() }));
const oddCell = fc.oneof(
  fc.constant(undefined),
  fc.constant(Number.NaN),
  fc.constant(Infinity),
  fc.record({ error: fc.string(), extra: fc.integer() }),
  fc.record({ error: fc.integer() }),
  fc.constant([]),
  fc.constant({}),
);
const cell = fc.oneof({ weight: 20, arbitrary: goodCell }, { weight: 1, arbitrary: oddCell });
const grid = <T>(c: fc.Arbitrary<T>) => fc.array(fc.array(c, { maxLength: 4 }), { maxLength: 4 });
const merge = fc.record({ top: fc.integer({ min: -1, max: 5 }), left: fc.nat(5), bottom: fc.nat(5), right: fc.nat(5) });
const sheet = fc.record(
  {
    name: fc.oneof({ weight: 10, arbitrary: fc.string() }, { weight: 1, arbitrary: fc.integer() }),
    values: fc.oneof({ weight: 10, arbitrary: grid(cell) }, { weight: 1, arbitrary: fc.constant('x') }),
    numberFormats: grid(fc.oneof({ weight: 10, arbitrary: fc.oneof(fc.string(), fc.constant(null)) }, { weight: 1, arbitrary: fc.integer() })),
    merges: fc.array(merge, { maxLength: 2 }),
    hidden: fc.oneof(fc.boolean(), fc.constant(undefined)),
    stray: fc.integer(),
  },
  { requiredKeys: [] },
);
const workbook = fc.record({ name: fc.string(), sheets: fc.array(sheet, { maxLength: 3 }), other: fc.string() }, { requiredKeys: ['sheets'] });

describe('parseSnapshot', () => {
  it('gives what the zod schema gives, for valid and invalid snapshots alike', () => {
    let passed = 0;
    fc.assert(
      fc.property(workbook, (wb) => {
        const fast = parseSnapshot(wb);
        const slow = workbookSnapshotSchema.safeParse(wb);
        expect(fast.success).toBe(slow.success);
        if (slow.success) {
          passed++;
          expect(fast.data).toStrictEqual(slow.data);
          // Same keys in the same order, so JSON output cannot change either.
          expect(JSON.stringify(fast.data)).toBe(JSON.stringify(slow.data));
        } else {
          expect(fast.error!.issues).toEqual(slow.error.issues);
        }
      }),
      { numRuns: 500 },
    );
    // Both outcomes were exercised, not only the fallback.
    expect(passed).toBeGreaterThan(50);
    expect(passed).toBeLessThan(450);
  });

  it('strips unknown keys and fills the merges default, as the schema does', () => {
    const r = parseSnapshot({ sheets: [{ name: 's', values: [[1, { error: '#N/A' }]], stray: 1 }], other: 2 });
    expect(r.success && r.data).toEqual({ sheets: [{ name: 's', values: [[1, { error: '#N/A' }]], merges: [] }] });
  });

  it('rejects what the schema rejects, with its message: a NaN cell, an error object with other keys kept out', () => {
    const nan = parseSnapshot({ sheets: [{ name: 's', values: [[Number.NaN]] }] });
    expect(nan.success).toBe(false);
    expect(nan.error!.issues[0].path).toEqual(['sheets', 0, 'values', 0, 0]);
    const extra = parseSnapshot({ sheets: [{ name: 's', values: [[{ error: '#REF!', note: 'x' }]] }] });
    // The schema strips the unknown key from the error cell; the fast path must not pass the object through.
    expect(extra.success && extra.data.sheets[0].values[0][0]).toEqual({ error: '#REF!' });
  });
});
