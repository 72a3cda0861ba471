import { threePublicSums } from './three-public-sums';
import { codesAndPaths, runRule } from './__fixtures__/run-rule';
import { seedThreePublic } from './__fixtures__/seed-tables';

const run = (tables: Parameters<typeof runRule>[1]) => runRule(threePublicSums, tables);
const setItem = (key: string, value: number | null) => (items: [string, string, number | null][]) => {
  items.find((i) => i[0] === key)![2] = value;
};

describe('three-public-sums', () => {
  it('passes the seed 表7', () => {
    // 合计 8.20 = 出国 blank + 接待 4.20 + 公车 4.00; 公车 4.00 = 运行维护 4.00 + 购置 blank
    const r = run({ threePublic: seedThreePublic() });
    expect(r.findings).toEqual([]);
    expect(r.coverage).toEqual([{ ruleId: 'three-public-sums', status: 'ran' }]);
  });

  it('reports a 合计 that is not the sum of the three', () => {
    const r = run({ threePublic: seedThreePublic(setItem('tp.total', 8.3)) });
    // 8.30 vs 0 + 4.20 + 4.00 = 8.20 → +0.10, beyond 2 written parts × 0.005
    expect(codesAndPaths(r)).toEqual([['three-public-sums-mismatch', '表7/tp.total']]);
    expect(r.findings[0]).toMatchObject({
      address: "'表7'!B6",
      params: { expected: 8.2, actual: 8.3, difference: 0.1, tolerance: 0.01, operands: ["'表7'!B7:B9"] }, // 出国, 接待, 公车: rows 7–9
    });
  });

  it('notes a rounding difference on the total', () => {
    const t = seedThreePublic((items) => {
      setItem('tp.total', 8.21)(items);
      setItem('tp.abroad', 0.01)(items);
      setItem('tp.reception', 4.21)(items);
    });
    const r = run({ threePublic: t });
    // 0.01 + 4.21 + 4.00 = 8.22 vs 8.21 → −0.01 within 3 × 0.005 = 0.015
    expect(codesAndPaths(r)).toEqual([['three-public-sums-rounding', '表7/tp.total']]);
  });

  it('checks 公车 against its 其中 lines once one is filled in', () => {
    const r = run({ threePublic: seedThreePublic(setItem('tp.vehicle.purchase', 1)) });
    // 公车 4.00 vs 运行维护 4.00 + 购置 1.00 = 5.00 → −1.00
    expect(codesAndPaths(r)).toEqual([['three-public-sums-mismatch', '表7/tp.vehicle']]);
    expect(r.findings[0].params).toMatchObject({ expected: 5, actual: 4, difference: -1 });
  });

  it('does not take an unread line for 0', () => {
    const r = run({ threePublic: seedThreePublic((items) => items.splice(1, 1)) });
    expect(r.findings).toEqual([]);
    expect(r.coverage).toEqual([
      { ruleId: 'three-public-sums', status: 'partial', reason: 'item-not-found', params: { table: '表7', items: ['tp.abroad'] } },
    ]);
  });

  it('is skipped when 表7 is missing', () => {
    expect(run({}).coverage).toEqual([{ ruleId: 'three-public-sums', status: 'skipped', reason: 'table-missing', params: { table: '表7' } }]);
  });
});
