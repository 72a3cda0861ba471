import { summaryBalance } from './summary-balance';
import { codesAndPaths, runRule } from './__fixtures__/run-rule';
import { seedFiscal, seedSummary } from './__fixtures__/seed-tables';
import { itemTable } from '../tables/build';

const run = (tables: Parameters<typeof runRule>[1]) => runRule(summaryBalance, tables);
const setItem = (key: string, value: number | null) => (items: [string, string, number | null][]) => {
  items.find((i) => i[0] === key)![2] = value;
};

describe('summary-balance on the seed', () => {
  it('表1 balances exactly and 表4 only rounds 基本支出', () => {
    // 收入总计 6136.96 = 支出总计 6136.96; 5353.90 + 783.06 = 6136.96; 1912.46 + 4224.50 = 6136.96;
    // in.general 5353.90 = local 5353.90 (+ blank 上级补助/一般债券); local = 经费拨款 5353.90 (+ blank 非税);
    // out.basic 1912.46 = 1718.05 + 194.41; out.project 4224.50 = 经常性 4224.50; in.fund's blank sub-items are not checked
    const r = run({ summary: seedSummary(), fiscal: seedFiscal() });
    expect(codesAndPaths(r)).toEqual([['summary-balance-rounding', '表4/out.basic']]);
    expect(r.coverage).toEqual([{ ruleId: 'summary-balance', status: 'ran' }]);
  });

  it('表4 基本支出 is a rounding note', () => {
    // 934.98 + 194.41 = 1129.39 vs 1129.40 → +0.01 within 2 × 0.005; 本年收入合计 5353.90 = 5353.90 + blank;
    // 本年支出合计 5353.90 = 1129.40 + 4224.50; 总计 = 本年合计 on both sides
    const r = run({ fiscal: seedFiscal() });
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({
      code: 'summary-balance-rounding',
      severity: 'info',
      path: ['表4', 'out.basic'],
      address: "'表4'!D6",
      params: { expected: 1129.39, actual: 1129.4, difference: 0.01, tolerance: 0.01, item: 'out.basic', operands: ["'表4'!D7:D8"] },
    });
  });
});

describe('summary-balance errors', () => {
  it('reports 收入总计 that is not the sum of the income items', () => {
    const r = run({ summary: seedSummary(setItem('in.social', 783.16)) });
    // 5353.90 + 783.16 = 6137.06 vs 收入总计 6136.96 → −0.10, beyond 2 × 0.005
    expect(codesAndPaths(r)).toEqual([['summary-balance-mismatch', '表1/in.total']]);
    expect(r.findings[0].params).toMatchObject({ expected: 6137.06, actual: 6136.96, difference: -0.1, tolerance: 0.01 });
  });

  it('reports 支出总计 ≠ 收入总计 at 支出总计', () => {
    const r = run({ summary: seedSummary(setItem('out.total', 6137.96)) });
    // 6137.96 vs 收入总计 6136.96 → +1.00 (one figure: exact); and vs 1912.46 + 4224.50 = 6136.96 → +1.00
    expect(codesAndPaths(r)).toEqual([
      ['summary-balance-mismatch', '表1/out.total'],
      ['summary-balance-mismatch', '表1/out.total'],
    ]);
    expect(r.findings[0].params.operands).toEqual(["'表1'!B25"]);
  });

  it('checks sub-items once one of them is filled in', () => {
    const r = run({ summary: seedSummary(setItem('in.general.upper', 10)) });
    // in.general 5353.90 vs local 5353.90 + upper 10.00 = 5363.90 → −10.00
    expect(codesAndPaths(r)).toEqual([['summary-balance-mismatch', '表1/in.general']]);
    expect(r.findings[0].params).toMatchObject({ difference: -10, parts: ['in.general.local', 'in.general.upper', 'in.general.bond'] });
  });

  it('uses 本年合计 and 上年结转 when the table prints them', () => {
    const t = itemTable({
      kind: 'fiscal',
      items: [
        ['in.general', '一般公共预算拨款', 100],
        ['in.yearTotal', '本年收入合计', 100],
        ['in.carryover', '上年结转', 20],
        ['in.total', '收入总计', 130],
        ['out.basic', '基本支出', 60],
        ['out.project', '项目支出', 60],
        ['out.yearTotal', '本年支出合计', 120],
        ['out.carryForward', '年末结转', 10],
        ['out.total', '支出总计', 130],
      ],
    });
    // 收入总计 130 vs 本年 100 + 结转 20 = 120 → +10; 支出: 60 + 60 = 120 ✓, 120 + 10 = 130 ✓ = 收入总计 ✓
    const r = run({ fiscal: t });
    expect(codesAndPaths(r)).toEqual([['summary-balance-mismatch', '表4/in.total']]);
    expect(r.findings[0].params).toMatchObject({ expected: 120, actual: 130, difference: 10 });
  });
});

describe('summary-balance coverage', () => {
  it('leaves sub-items that are all blank or 0 alone, and records missing lines', () => {
    const t = itemTable({ kind: 'fiscal', items: [['in.fund', '政府性基金拨款', 5], ['in.fund.local', '本级基金', null], ['in.fund.upper', '上级基金', 0]] });
    const r = run({ fiscal: t });
    expect(r.findings).toEqual([]);
    expect(r.coverage).toEqual([
      { ruleId: 'summary-balance', status: 'partial', reason: 'table-missing', params: { table: '表1' } },
      { ruleId: 'summary-balance', status: 'partial', reason: 'item-not-found', params: { table: '表4', items: ['out.total', 'in.total'] } },
    ]);
  });

  it('is skipped, not passed, when neither table is there', () => {
    const r = run({});
    expect(r.coverage.map((c) => [c.status, c.reason, c.params?.table])).toEqual([
      ['skipped', 'table-missing', '表1'],
      ['skipped', 'table-missing', '表4'],
    ]);
  });
});
