import type { Finding } from '../engine/findings';
import { findingKey } from '../engine/findings';
import { csvField, reportCsv, reportFileName, reportJson } from './export';
import { toRows } from './model';

const T5 = '表5 一般公共预算支出表';
const mismatch: Finding = {
  ruleId: 'cross-table-equal',
  code: 'cross-table-equal',
  severity: 'error',
  table: 'general',
  sheet: T5,
  address: `'${T5}'!C7`,
  cell: { sheet: T5, row: 6, col: 2 },
  path: ['表5', '合计', '合计'],
  // 4263.90 − 5353.90 = −1090.00
  params: { expected: 5353.9, actual: 4263.9, difference: -1090, tolerance: 0.005, unit: '万元', operands: [`'${T5}'!C7`, "'表4 财政拨款收支总表'!B6"] },
};
const rounding: Finding = { ruleId: 'parent-equals-children', code: 'sum-rounding', severity: 'info', table: 'general', sheet: T5, path: ['表5', '208'], params: {} };

describe('csvField', () => {
  it('quotes separators, quotes and line breaks', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('他说"对"')).toBe('"他说""对"""');
    expect(csvField('一\n二')).toBe('"一\n二"');
    expect(csvField('plain')).toBe('plain');
  });
  it('defuses text that Excel would run as a formula, but leaves numbers alone', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField(-1090)).toBe('-1090');
    expect(csvField(undefined)).toBe('');
  });
});

describe('reportCsv', () => {
  it('starts with a byte-order mark and writes one line per finding with amounts as numbers', () => {
    const rows = toRows({ findings: [mismatch], sheets: [] }, new Map());
    const csv = reportCsv(rows, 'zh-CN');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[0].split(',')[0]).toBe('级别');
    // 级别, 表, 工作表, 单元格, 说明(quoted: it may hold commas), 应为, 实为, 差额, 容差, 单位, 相关单元格, 规则, 代码
    expect(lines[1]).toMatch(/^错误,表5 一般公共预算支出表,表5 一般公共预算支出表,C7,/);
    expect(lines[1]).toMatch(/,5353\.9,4263\.9,-1090,0\.005,万元,'表5 一般公共预算支出表'!C7 '表4 财政拨款收支总表'!B6,cross-table-equal,cross-table-equal,,,,$/);
  });
  it('writes the acceptance columns for an accepted finding', () => {
    const a = { key: findingKey(mismatch), reason: '表4 含上年结转', by: '李审核', at: '2024-03-01T08:00:00.000Z' };
    const csv = reportCsv(toRows({ findings: [mismatch], sheets: [] }, new Map([[a.key, a]])), 'en');
    expect(csv.trimEnd().split('\r\n')[1]).toMatch(/,yes,表4 含上年结转,李审核,2024-03-01T08:00:00.000Z$/);
  });
});

describe('reportJson', () => {
  it('counts open findings by severity and accepted ones apart, and words the coverage', () => {
    const a = { key: findingKey(mismatch), reason: 'r', at: '2024-03-01T08:00:00.000Z' };
    const rows = toRows({ findings: [mismatch, rounding], sheets: [] }, new Map([[a.key, a]]));
    const json = reportJson(rows, { coverage: [{ ruleId: 'table-missing', status: 'skipped', reason: 'no-narrative' }], year: 2022 }, 'zh-CN', new Date('2024-03-02T00:00:00Z'));
    expect(json.summary).toEqual({ error: 0, warning: 0, info: 1, accepted: 1 });
    expect(json.findings[0].accepted).toEqual(a);
    expect(json.findings[0].params.difference).toBe(-1090);
    expect(typeof json.findings[1].message).toBe('string');
    expect(json.coverage[0].message).toBeTruthy();
    expect(json.generatedAt).toBe('2024-03-02T00:00:00.000Z');
  });
  it('names the files by date', () => {
    expect(reportFileName('csv', new Date('2024-03-02T10:00:00Z'))).toBe('校验报告-2024-03-02.csv');
  });
});
