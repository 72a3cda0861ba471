import { parentEqualsChildren } from './parent-equals-children';
import { codesAndPaths, runRule } from './__fixtures__/run-rule';
import { seedBasic, seedExpenditure, seedFund, seedGeneral, setValue } from './__fixtures__/seed-tables';
import { codeTable } from '../tables/build';

const run = (tables: Parameters<typeof runRule>[1]) => runRule(parentEqualsChildren, tables);

describe('parent-equals-children on the seed', () => {
  it('表5 gives only rounding notes', () => {
    const r = run({ general: seedGeneral() });
    // 208 = 20805 73.39 + 20810 32.43 + 20899 232.68 = 338.50 vs 338.49 (total, basic and personnel columns alike)
    // 20805 = 48.92 + 24.46 = 73.38 vs 73.39 (same three columns)
    // 合计 total = 338.49 + 33.15 + 3818.84 + 73.41 = 4263.89 vs 4263.90;
    // 合计 basic = 338.49 + 33.15 + 684.34 + 73.41 = 1129.39 vs 1129.40; personnel 934.98 adds up exactly
    expect(codesAndPaths(r).sort()).toEqual(
      [
        ['parent-equals-children-rounding', '表5/208/total'],
        ['parent-equals-children-rounding', '表5/208/basic'],
        ['parent-equals-children-rounding', '表5/208/personnel'],
        ['parent-equals-children-rounding', '表5/20805/total'],
        ['parent-equals-children-rounding', '表5/20805/basic'],
        ['parent-equals-children-rounding', '表5/20805/personnel'],
        ['parent-equals-children-rounding', '表5/合计/total'],
        ['parent-equals-children-rounding', '表5/合计/basic'],
      ].sort(),
    );
    expect(r.findings.every((f) => f.severity === 'info')).toBe(true);
    const f208 = r.findings.find((f) => f.path.join('/') === '表5/208/total')!;
    // 3 parts → bound 3 × 0.005 = 0.015; difference 338.49 − 338.50 = −0.01
    expect(f208.params).toMatchObject({ expected: 338.5, actual: 338.49, difference: -0.01, tolerance: 0.015, unit: '万元', against: 'children' });
    expect(f208.address).toBe("'表5'!C9");
    expect(f208.params.operands).toEqual(["'表5'!C10", "'表5'!C13", "'表5'!C15"]);
    const f20805 = r.findings.find((f) => f.path.join('/') === '表5/20805/total')!;
    // 73.39 − 73.38 = +0.01, bound 2 × 0.005 = 0.01
    expect(f20805.params).toMatchObject({ expected: 73.38, actual: 73.39, difference: 0.01, tolerance: 0.01 });
    const fTotal = r.findings.find((f) => f.path.join('/') === '表5/合计/total')!;
    // 4263.90 − 4263.89 = +0.01, bound 4 × 0.005 = 0.02
    expect(fTotal.params).toMatchObject({ expected: 4263.89, actual: 4263.9, difference: 0.01, tolerance: 0.02, against: 'classes' });
  });

  it('a changed 项 gives an error on its 款', () => {
    const r = run({ general: seedGeneral((rows) => setValue(rows, '2150517', 0, 3079)) });
    const errors = r.findings.filter((f) => f.severity === 'error');
    // 21505 = 684.34 + 56.50 + 3079.00 = 3819.84 vs stated 3818.84 → −1.00, beyond 3 × 0.005
    expect(errors.map((f) => [f.code, f.path.join('/')])).toEqual([['parent-equals-children-mismatch', '表5/21505/total']]);
    expect(errors[0].params).toMatchObject({ expected: 3819.84, actual: 3818.84, difference: -1, tolerance: 0.015 });
    expect(errors[0].address).toBe("'表5'!C22");
  });

  it('表6: 302 and 合计 are rounding notes', () => {
    const r = run({ basic: seedBasic() });
    // 302: 18.70+1.50+4.50+12.00+2.00+0.30+1.50+9.00+11.00+9.68+7.32+28.24+83.68 = 189.42 vs 189.41; 13 parts → 0.065
    // 301: 153.78+104.15+203.02+9.38+48.92+24.46+27.52+5.63+59.65+0.17 = 636.68 exact; 303: 33.19+1.08+31.32+0.03+232.68 = 298.30 exact
    // 合计: 636.68 + 189.41 + 298.30 + 5.00 = 1129.39 vs 1129.40; 4 parts → 0.02
    expect(codesAndPaths(r).sort()).toEqual([
      ['parent-equals-children-rounding', '表6/302/total'],
      ['parent-equals-children-rounding', '表6/合计/total'],
    ]);
    expect(r.findings[0].params).toMatchObject({ expected: 189.42, actual: 189.41, difference: -0.01, tolerance: 0.065 });
  });

  it('表8 with only department and unit rows at 0.00, and 表3 without 合计, are clean', () => {
    expect(run({ fund: seedFund(), expenditure: seedExpenditure() }).findings).toEqual([]);
  });

  it('is skipped, not passed, when there is no code table at all', () => {
    expect(run({}).coverage.every((c) => c.status === 'skipped' && c.reason === 'table-missing')).toBe(true);
  });

  it('records missing required code tables as a partial run', () => {
    const r = run({ general: seedGeneral() });
    expect(r.coverage.map((c) => [c.status, c.reason, c.params?.table])).toEqual([
      ['partial', 'table-missing', '表2'],
      ['partial', 'table-missing', '表3'],
      ['partial', 'table-missing', '表6'],
      ['partial', 'table-missing', '表8'],
    ]);
  });
});

describe('parent-equals-children on hand-made tables', () => {
  it('finds children by code, not by position, and counts blank cells as 0', () => {
    const t = codeTable({
      kind: 'expenditure',
      columns: ['total', 'basic'],
      rows: [
        ['201', 'a', 10, null],
        ['20101', 'b', 4, 1],
        ['202', 'c', 5, 5],
        ['20102', 'd', 6, 2], // belongs to 201 though it sits under 202
      ],
    });
    const r = run({ expenditure: t });
    // 201 total = 4 + 6 = 10 ✓; 201 basic blank (0) vs 1 + 2 = 3 → error, difference 0 − 3 = −3
    // 202 has no children here: skipped
    expect(codesAndPaths(r)).toEqual([['parent-equals-children-mismatch', '表3/201/basic']]);
    expect(r.findings[0].params).toMatchObject({ expected: 3, actual: 0, difference: -3 });
  });

  it('counts a 项 whose 款 is missing in its 类', () => {
    const t = codeTable({
      kind: 'expenditure',
      columns: ['total'],
      rows: [
        ['201', 'a', 10],
        ['20101', 'b', 4],
        ['2010201', 'c', 5],
      ],
    });
    // 201 = 20101 4 + 2010201 5 = 9 vs 10 → +1 error
    const r = run({ expenditure: t });
    expect(codesAndPaths(r)).toEqual([['parent-equals-children-mismatch', '表3/201/total']]);
    expect(r.findings[0].params).toMatchObject({ expected: 9, actual: 10, difference: 1 });
  });

  it('checks the department against 合计 and against the sum of several units', () => {
    const t = codeTable({
      kind: 'general',
      columns: ['total'],
      unitCodes: ['209', '209001', '209002'],
      rows: [
        ['', '合计', 100],
        ['209', 'dept', 101],
        ['209001', 'u1', 60],
        ['209002', 'u2', 40],
        ['201', 'a', 100],
      ],
    });
    const r = run({ general: t });
    // 209 101 vs 合计 100 → +1 (one part: exact); 209 101 vs 60 + 40 = 100 → +1; 合计 100 = 类 201 100 ✓
    expect(codesAndPaths(r)).toEqual([
      ['parent-equals-children-mismatch', '表5/209/total'],
      ['parent-equals-children-mismatch', '表5/209/total'],
    ]);
    expect(r.findings.map((f) => [f.params.against, f.params.operands])).toEqual([
      ['total', ["'表5'!C6"]],
      ['units', ["'表5'!C8:C9"]], // the two unit rows are adjacent: one range
    ]);
  });

  it('uses the department row as grand total when there is no 合计 row', () => {
    const t = codeTable({
      kind: 'general',
      columns: ['total'],
      unitCodes: ['209', '209001'],
      rows: [
        ['209', 'dept', 50],
        ['209001', 'u1', 50],
        ['201', 'a', 20],
        ['202', 'b', 31],
      ],
    });
    // 209 50 vs 20 + 31 = 51 → −1
    const r = run({ general: t });
    expect(codesAndPaths(r)).toEqual([['parent-equals-children-mismatch', '表5/209/total']]);
    expect(r.findings[0].params).toMatchObject({ expected: 51, actual: 50, difference: -1 });
  });

  it('adds codes listed under each unit to that unit, not to 合计', () => {
    const t = codeTable({
      kind: 'general',
      columns: ['total'],
      unitCodes: ['209', '209001', '209002'],
      rows: [
        ['', '合计', 30],
        ['209', 'dept', 30],
        ['209001', 'u1', 10],
        ['201', 'a', 10],
        ['209002', 'u2', 20],
        ['201', 'a', 19],
      ],
    });
    // u1: 201 10 ✓; u2 20 vs its 201 19 → +1; 合计 30 = 209 30 = 10 + 20 ✓
    const r = run({ general: t });
    expect(codesAndPaths(r)).toEqual([['parent-equals-children-mismatch', '表5/209002/total']]);
  });

  it('in a 元 table the bound is 0.005 元 per part', () => {
    const t = codeTable({ kind: 'general', unit: '元', columns: ['total'], rows: [['', '合计', 100.03], ['201', 'a', 50.01], ['202', 'b', 50.01]] });
    // 50.01 + 50.01 = 100.02 vs 100.03 → +0.01 within 2 × 0.005 = 0.01 元
    const r = run({ general: t });
    expect(r.findings[0]).toMatchObject({ code: 'parent-equals-children-rounding', params: { difference: 0.01, tolerance: 0.01, unit: '元' } });
  });
});
