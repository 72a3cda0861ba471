import { rowCrossFooting } from './row-cross-footing';
import { codesAndPaths, runRule } from './__fixtures__/run-rule';
import { seedBasic, seedExpenditure, seedFund, seedGeneral, setValue } from './__fixtures__/seed-tables';
import { codeTable } from '../tables/build';

const run = (tables: Parameters<typeof runRule>[1]) => runRule(rowCrossFooting, tables);
/** Coverage entries other than the tables a test leaves out on purpose. */
const columnSkips = (r: ReturnType<typeof run>) => r.coverage.filter((c) => c.reason !== 'table-missing');

describe('row-cross-footing on the seed', () => {
  it('表5: only the 基本 subtotal of 合计 and the unit rows is a rounding note', () => {
    const r = run({ general: seedGeneral() });
    // 合计/209/209001: basic 1129.40 vs 934.98 + 194.41 = 1129.39 → +0.01 within 2 × 0.005;
    // total 4263.90 = 1129.40 + 3134.50 exactly; 215: 684.34 + 3134.50 = 3818.84, 489.93 + 194.41 = 684.34
    expect(codesAndPaths(r)).toEqual([
      ['row-cross-footing-rounding', '表5/合计/basic'],
      ['row-cross-footing-rounding', '表5/209/basic'],
      ['row-cross-footing-rounding', '表5/209001/basic'],
    ]);
    expect(r.findings[0].params).toMatchObject({ expected: 1129.39, actual: 1129.4, difference: 0.01, tolerance: 0.01, operands: ["'表5'!E6:F6"] }); // 人员经费 and 公用经费 side by side: one range
    expect(r.coverage.map((c) => [c.status, c.reason, c.params?.table])).toEqual([
      ['partial', 'table-missing', '表2'],
      ['partial', 'table-missing', '表3'],
      ['partial', 'table-missing', '表6'],
      ['partial', 'table-missing', '表8'],
    ]);
  });

  it('a changed 合计 cell of a 项 row is an error at that cell', () => {
    const r = run({ general: seedGeneral((rows) => setValue(rows, '2150517', 0, 3079)) });
    // 2150517: total 3079.00 vs basic blank + project 3078.00 = 3078.00 → +1.00; one written part: exact
    const errors = r.findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => [f.code, f.path.join('/'), f.address])).toEqual([['row-cross-footing-mismatch', '表5/2150517/total', "'表5'!C25"]]);
    expect(errors[0].params).toMatchObject({ expected: 3078, actual: 3079, difference: 1, tolerance: 0.005 });
  });

  it('表3 with 12 columns, 表6 with one 合计 column and 表8 at zero are clean, with no column skipped', () => {
    // 表3 215: 1467.40 + 4224.50 = 5691.90; 1272.99 + 194.41 = 1467.40; 项目 4224.50 = 经常性 4224.50
    const r = run({ expenditure: seedExpenditure(), basic: seedBasic(), fund: seedFund() });
    expect(r.findings).toEqual([]);
    expect(columnSkips(r)).toEqual([]);
  });

  it('catches a 项目 subtotal that differs from its kinds in 表3', () => {
    const t = seedExpenditure();
    t.amounts.set(t.amounts.slot('projectRegular'), t.rows[4].index, 4_167_000_000, false); // 2150517 经常性 4168.00 → 4167.00
    const r = run({ expenditure: t });
    // 2150517 项目 4168.00 vs 4167.00 + 0 + 0 → +1.00
    expect(codesAndPaths(r)).toEqual([['row-cross-footing-mismatch', '表3/2150517/project']]);
  });
});

describe('row-cross-footing column plans', () => {
  it('adds 人员 + 公用 when 基本 has no subtotal column (表6 split layout)', () => {
    const t = codeTable({ kind: 'basic', columns: ['total', 'personnel', 'publicStd'], rows: [['301', 'a', 10, 6, 3]] });
    // 6 + 3 = 9 vs 10 → +1
    const r = run({ basic: t });
    expect(codesAndPaths(r)).toEqual([['row-cross-footing-mismatch', '表6/301/total']]);
    expect(r.findings[0].params).toMatchObject({ expected: 9, actual: 10, difference: 1 });
  });

  it('表2: 合计 = the income-source columns present', () => {
    const t = codeTable({ kind: 'income', columns: ['total', 'generalGrant', 'socialGrant'], rows: [['', '合计', 6136.96, 5353.9, 783.06], ['215', 'a', 5691.9, 5691.9, 0.01]] });
    // 合计: 5353.90 + 783.06 = 6136.96 ✓; 215: 5691.90 + 0.01 = 5691.91 vs 5691.90 → −0.01 within 2 × 0.005
    const r = run({ income: t });
    expect(codesAndPaths(r)).toEqual([['row-cross-footing-rounding', '表2/215/total']]);
  });

  it('skips, with the missing columns, a formula the table cannot support', () => {
    const t = codeTable({ kind: 'general', columns: ['total', 'basic', 'personnel', 'project'], rows: [['201', 'a', 10, 4, 4, 5]] });
    const r = run({ general: t });
    // basic needs publicStd; total = 4 + 5 = 9 vs 10 is still checked
    expect(columnSkips(r)).toEqual([
      { ruleId: 'row-cross-footing', status: 'partial', reason: 'column-not-found', params: { table: '表5', columns: ['publicStd'] } },
    ]);
    expect(codesAndPaths(r)).toEqual([['row-cross-footing-mismatch', '表5/201/total']]);
  });

  it('does not add up a total when the 项目 column was not read', () => {
    const t = codeTable({ kind: 'expenditure', columns: ['total', 'basic', 'personnel', 'publicStd'], rows: [['201', 'a', 10, 4, 3, 1]] });
    const r = run({ expenditure: t });
    expect(r.findings).toEqual([]);
    expect(columnSkips(r)).toEqual([
      { ruleId: 'row-cross-footing', status: 'partial', reason: 'column-not-found', params: { table: '表3', columns: ['project'] } },
    ]);
  });

  it('skips 项目 when only some project kinds were read', () => {
    const t = codeTable({ kind: 'expenditure', columns: ['total', 'basic', 'project', 'projectRegular'], rows: [['201', 'a', 10, 4, 6, 5]] });
    const r = run({ expenditure: t });
    // total 10 = 4 + 6 ✓; 项目 not compared with 经常性 alone; 基本 has neither 人员 nor 公用
    expect(r.findings).toEqual([]);
    expect(columnSkips(r).map((c) => c.params?.columns)).toEqual([['personnel', 'publicStd'], ['projectOneOff', 'projectMultiYear']]);
  });
});
