// The first real customer: the published 2022 disclosure of 咸宁市经信局 (samples/seed.xlsx, built
// from the document as printed). Every finding below is explained by arithmetic on the printed
// figures; everything the document gets right (unit rows, balanced totals, correct percentages)
// must stay quiet. samples/corrected.xlsx must give no error and no warning.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkWorkbook, type CheckResult } from '../src/engine/check';
import type { Finding } from '../src/engine/findings';
import { readXlsx } from '../src/xlsx/read';

const load = async (file: string): Promise<CheckResult> =>
  checkWorkbook(await readXlsx(readFileSync(path.join(__dirname, '..', 'samples', file)), file));

const brief = (f: Finding) => [f.severity, f.code, f.address ?? f.path.join('/'), f.params.expected, f.params.actual, f.params.difference];

let seed: CheckResult;
let corrected: CheckResult;
beforeAll(async () => {
  [seed, corrected] = await Promise.all([load('seed.xlsx'), load('corrected.xlsx')]);
});

const errors = () => seed.findings.filter((f) => f.severity === 'error');
const T3 = "'表3 部门支出总表'!";
const T5 = "'表5 一般公共预算支出表'!";

describe('the seed disclosure', () => {
  it('misses 表2 部门收入总表 (the document skips from 表1 to 表3)', () => {
    expect(errors().filter((f) => f.code === 'table-missing').map((f) => f.path)).toEqual([['表2']]);
  });

  it('finds 表3 short of 表1 by 371.65 万元 in total, 基本 and 人员 (the 208 and 210 families are absent)', () => {
    // 表3 prints no 合计 row, so its total is the sum of its 类 rows.
    // 合计: 215 5691.90 + 221 73.41 = 5765.31 vs 表1 支出总计 6136.96 → −371.65
    // 基本: 215 1467.40 + 221 73.41 = 1540.81 vs 表1 基本保障支出 1912.46 → −371.65
    // 人员: 215 1272.99 + 221 73.41 = 1346.40 vs 表1 人员经费支出 1718.05 → −371.65
    // (371.65 ≈ 表5's 208 338.49 + 210 33.15 = 371.64, the rows 表3 lacks, plus 0.01 of rounding)
    const t3 = errors().filter((f) => f.address?.startsWith(T3)).map(brief);
    expect(t3).toEqual([
      ['error', 'cross-table-equal-mismatch', `${T3}C6`, 6136.96, 5765.31, -371.65],
      ['error', 'cross-table-equal-mismatch', `${T3}D6`, 1912.46, 1540.81, -371.65],
      ['error', 'cross-table-equal-mismatch', `${T3}E6`, 1718.05, 1346.4, -371.65],
    ]);
  });

  it('finds 表5 short of 表4 by 1,090.00 万元 of project money', () => {
    // 表5 合计 4263.90 vs 表4 一般公共预算拨款 5353.90 → −1090.00
    // 表5 项目支出 3134.50 vs 表4 项目支出 4224.50 → −1090.00 (2150517: 表3 4168.00, 表5 3078.00)
    const t5 = errors().filter((f) => f.code === 'cross-table-equal-mismatch' && f.address?.startsWith(T5)).map(brief);
    expect(t5).toEqual([
      ['error', 'cross-table-equal-mismatch', `${T5}C7`, 5353.9, 4263.9, -1090],
      ['error', 'cross-table-equal-mismatch', `${T5}G7`, 4224.5, 3134.5, -1090],
    ]);
  });

  it('finds each 表5 function code that 表3 lacks, once, at its 表5 row', () => {
    const missing = errors().filter((f) => f.code === 'code-missing-from-expenditure');
    expect(missing.map((f) => f.params.code)).toEqual([
      '208', '20805', '2080505', '2080506', '20810', '2081099', '20899', '2089999', '210', '21011', '2101101', '2101103',
    ]);
    expect(missing.map((f) => f.address)).toEqual(Array.from({ length: 12 }, (_, i) => `${T5}A${10 + i}`));
  });

  it('finds the narrative item that differs from 表6 and the wrong year in the part-four heading', () => {
    // 其他商品和服务支出: the text says 83.67, 表6 30299 says 83.68.
    const item = errors().find((f) => f.code === 'narrative-amount-mismatch')!;
    expect([item.address, item.params.expected, item.params.actual, item.params.difference]).toEqual([
      "'第四部分 编制说明'!A7", 83.68, 83.67, -0.01,
    ]);
    expect(item.params.tableAddress).toBe("'表6 一般公共预算基本支出表'!C33");
    const year = errors().find((f) => f.code === 'narrative-year-mismatch')!;
    expect(year.address).toBe("'第四部分 编制说明'!A1");
  });

  it('has no other error, and one warning: 5G 基站 500 座 in the work plan vs 1800 个 in the targets', () => {
    expect(errors()).toHaveLength(1 + 3 + 2 + 12 + 2);
    const warnings = seed.findings.filter((f) => f.severity === 'warning');
    expect(warnings.map((f) => [f.code, f.address])).toEqual([['narrative-duplicate-subject', "'绩效目标'!D32"]]);
  });

  it('reports the 0.01 differences of rounded figures as notes, never errors', () => {
    const notes = seed.findings.filter((f) => f.severity === 'info' && f.code.endsWith('-rounding')).map(brief);
    expect(notes).toEqual(expect.arrayContaining([
      // 表4 基本支出 1129.40 vs 人员 934.98 + 公用 194.41 = 1129.39 (2 parts, bound 0.01)
      ['info', 'summary-balance-rounding', "'表4 财政拨款收支总表'!D6", 1129.39, 1129.4, 0.01],
      // 表5 合计 4263.90 vs 类 338.49 + 33.15 + 3818.84 + 73.41 = 4263.89 (4 parts, bound 0.02)
      ['info', 'parent-equals-children-rounding', `${T5}C7`, 4263.89, 4263.9, 0.01],
      // 表5 208 338.49 vs 73.39 + 32.43 + 232.68 = 338.50 (3 parts, bound 0.015)
      ['info', 'parent-equals-children-rounding', `${T5}C10`, 338.5, 338.49, -0.01],
      // 表5 20805 73.39 vs 48.92 + 24.46 = 73.38
      ['info', 'parent-equals-children-rounding', `${T5}C11`, 73.38, 73.39, 0.01],
      // 表6 302 189.41 vs its 13 款 = 189.42 (bound 0.065); 表6 合计 1129.40 vs 636.68 + 189.41 + 298.30 + 5.00 = 1129.39
      ['info', 'parent-equals-children-rounding', "'表6 一般公共预算基本支出表'!C20", 189.42, 189.41, -0.01],
      ['info', 'parent-equals-children-rounding', "'表6 一般公共预算基本支出表'!C6", 1129.39, 1129.4, 0.01],
    ]));
    expect(seed.findings.filter((f) => f.code.endsWith('-rounding') && f.severity !== 'info')).toEqual([]);
  });

  it('stays quiet on what is right: unit rows 209/209001, balanced 表1/表4, the 表6–表5 ties, 表7, 表8 with its note', () => {
    const unitRows = seed.tables.general!.rows.filter((r) => r.kind === 'unit').map((r) => r.code);
    expect(unitRows).toEqual(['209', '209001']);
    const quiet = seed.findings.filter((f) => f.severity !== 'info' && /表1|表6|表7|表8/.test(f.address ?? ''));
    expect(quiet).toEqual([]);
    expect(seed.findings.filter((f) => f.ruleId.startsWith('code-') && f.severity !== 'info')).toEqual([]);
  });

  it('says which checks could not run because 表2 is missing', () => {
    const skipped = seed.coverage.filter((c) => c.status !== 'ran' && c.reason === 'table-missing');
    expect(skipped.length).toBeGreaterThan(0);
    expect(skipped.every((c) => JSON.stringify(c.params).includes('表2') || JSON.stringify(c.params).includes('income'))).toBe(true);
  });
});

describe('the corrected disclosure', () => {
  it('gives no error and no warning', () => {
    expect(corrected.findings.filter((f) => f.severity !== 'info').map(brief)).toEqual([]);
  });

  it('reads all eight tables, so "no error" is not "nothing checked"', () => {
    expect(Object.keys(corrected.tables).sort()).toEqual(['basic', 'expenditure', 'fiscal', 'fund', 'general', 'income', 'summary', 'threePublic']);
    expect(corrected.coverage.filter((c) => c.status === 'skipped')).toEqual([]);
  });
});
