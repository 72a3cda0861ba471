import type { Finding } from '../findings';
import type { Table, TableKind } from '../tables/model';
import type { SheetSnapshot } from '../workbook';
import { grid, m, seedTable3Headerless, seedTable5, seedTable6, seedTable8, sheet } from './__fixtures__/seed-sheets';
import { readCodeTable } from './code-table';
import { identifySheet } from './identify';
import { tableReporter } from './report';
import { Amount } from '../tables/model';

function read(s: SheetSnapshot, kind: TableKind): { table: Table; findings: Finding[] } {
  const findings: Finding[] = [];
  const table = readCodeTable(s, kind, identifySheet(s), tableReporter(kind, s.name, findings));
  return { table, findings };
}
const row = (t: Table, code: string) => t.rows.find((r) => r.code === code)!;

describe('readCodeTable — seed 表5 (Hubei layout)', () => {
  const { table, findings } = read(seedTable5(), 'general');

  it('reads title, unit and the nine columns', () => {
    expect(table.title).toBe('一般公共预算支出表（按功能科目到项级）');
    expect(table.titleCell).toEqual({ sheet: '表5', row: 0, col: 0 });
    expect(table.unit).toBe('万元');
    expect(table.unitCell).toEqual({ sheet: '表5', row: 1, col: 10 });
    expect(table.columns.map((c) => c.key)).toEqual(['total', 'basic', 'personnel', 'publicStd', 'project', 'contingency', 'operating', 'subsidiary', 'remitUpper']);
    expect(table.headerRows).toEqual([2, 4]);
    expect(table.codeSystem).toBe('function');
    expect(findings).toEqual([]);
  });

  it('tells the unit rows 209 / 209001 from class 208', () => {
    expect(table.rows.slice(0, 4).map((r) => [r.kind, r.code, r.level])).toEqual([
      ['total', undefined, undefined],
      ['unit', '209', undefined],
      ['unit', '209001', undefined],
      ['code', '208', 1],
    ]);
    expect(row(table, '2150517')).toMatchObject({ kind: 'code', level: 3, name: '产业发展', row: 25 });
  });

  it('reads values in 分', () => {
    // 合计 4263.90 万元 = 4,263,900,000 分; 2150517 项目支出 3078.00 万元 = 3,078,000,000 分
    expect(table.rows[0].values.total).toEqual(new Amount(4263900000, false, '表5', 5, 2));
    expect(row(table, '2150517').values.project?.fen).toBe(3078000000);
    expect(row(table, '2150517').values.basic).toMatchObject({ fen: 0, blank: true });
  });

  it('skips the blank line the PDF copy left inside the data', () => {
    // 24 printed lines: 合计, two unit rows, 21 code rows; the blank sheet row 22 is not one of them.
    expect(table.rows).toHaveLength(24);
    expect(row(table, '2150501').row).toBe(23);
  });
});

describe('readCodeTable — other layouts', () => {
  it('reads a 元 table: fen = value × 100', () => {
    const s = sheet('表5', grid(`
一般公共预算支出表
		单位：元
科目编码	科目名称	合计
2150501	行政运行	6843400.25`));
    const { table } = read(s, 'general');
    expect(table.unit).toBe('元');
    // 6,843,400.25 元 × 100 = 684,340,025 分
    expect(row(table, '2150501').values.total?.fen).toBe(684340025);
  });

  it('reads full-width text amounts with separators', () => {
    const s = sheet('表5', [['一般公共预算支出表'], ['单位：万元'], ['科目编码', '科目名称', '合计'], ['2150501', '行政运行', '１，２３４．５０']]);
    // 1,234.50 万元 × 1,000,000 分/万元 = 1,234,500,000 分
    expect(row(read(s, 'general').table, '2150501').values.total?.fen).toBe(1234500000);
  });

  it('reports #REF! and text in value columns at their cells', () => {
    const s = sheet('表5', [['一般公共预算支出表'], ['单位：万元'], ['科目编码', '科目名称', '合计', '基本支出'], ['2150501', '行政运行', { error: '#REF!' }, 'abc']]);
    const { findings } = read(s, 'general');
    expect(findings.map((f) => [f.code, f.severity, f.address, f.path])).toEqual([
      ['cell-error', 'error', "'表5'!C4", ['表5', '2150501', 'total']],
      ['cell-not-number', 'error', "'表5'!D4", ['表5', '2150501', 'basic']],
    ]);
  });

  it('maps a merged three-row header and joins split 类/款/项 codes', () => {
    const s = sheet('表3', grid(`
部门支出总表
单位：万元
科目编码			科目名称	本年预算
				合计	基本支出			项目支出
类	款	项			小计	人员经费	公用经费	小计	经常性项目	当年一次性项目	跨年一次性项目
	合计			4263.90
215			资源勘探工业信息等支出	3818.84
215	05	01	行政运行	684.34	684.34	489.93	194.41`, 4), [m(2, 0, 3, 2), m(2, 3, 4, 3), m(2, 4, 2, 11), m(3, 4, 4, 4), m(3, 5, 3, 7), m(3, 8, 3, 11)]);
    const { table, findings } = read(s, 'expenditure');
    expect(table.columns.map((c) => `${c.key}@${c.col}`)).toEqual([
      'total@4', 'basic@5', 'personnel@6', 'publicStd@7', 'project@8', 'projectRegular@9', 'projectOneOff@10', 'projectMultiYear@11',
    ]);
    expect(table.rows.map((r) => [r.kind, r.code])).toEqual([['total', undefined], ['code', '215'], ['code', '2150501']]);
    // 489.93 万元 = 489,930,000 分 in the 人员经费 column
    expect(row(table, '2150501').values.personnel?.fen).toBe(489930000);
    expect(findings).toEqual([]);
  });

  it('assumes the 12 standard columns for the headerless seed 表3, and says so', () => {
    const { table, findings } = read(seedTable3Headerless(), 'expenditure');
    expect(table.columns.map((c) => c.key)).toEqual([
      'total', 'basic', 'personnel', 'publicStd', 'project', 'projectRegular', 'projectOneOff', 'projectMultiYear',
      'contingency', 'operating', 'subsidiary', 'remitUpper',
    ]);
    expect(table.columns.map((c) => c.col)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect(findings.map((f) => [f.code, f.severity, f.path])).toEqual([
      ['unit-assumed', 'info', ['表3', 'unit']],
      ['header-assumed', 'info', ['表3', 'columns']],
    ]);
    expect(findings[1].params).toMatchObject({ count: 12 });
    // 2150517 产业发展: 项目支出 4168.00 万元 = 4,168,000,000 分 in column G
    expect(row(table, '2150517').values.project).toEqual(new Amount(4168000000, false, '表3', 4, 6));
  });

  it('assumes the layout also when trailing blank cells were not stored', () => {
    const trimmed = seedTable3Headerless();
    trimmed.values = trimmed.values.map((r) => r.slice(0, 1 + r.reduce<number>((last, v, c) => (v === null ? last : c), 0)));
    const { table, findings } = read(trimmed, 'expenditure');
    expect(table.columns).toHaveLength(12);
    expect(findings.map((f) => f.code)).toContain('header-assumed');
  });

  it('reads the seed’s garbled 表8 header (words split across PDF lines) as the numbered standard layout', () => {
    const s = sheet('表8', grid(`
表 8：政府性基金预算支出表
单位：万元
单位编码	单位名称 (科目)	合计	基本保障	项目支出	项目支出	事业单位	对附属单	上缴上级支出			11	12
			支出		不可预见	经营支出	位补助支	经常性项	当年一次	跨年一次
			小计	人员经费	标准公用	小计	目	性项目	性项目
*	*	1	2	3	4	5	6	7	8	9	10	11	12
209	咸宁市经 济和信息 化局	0.00	0.00	0.00	0.00	0.00	0.00	0.00	0.00	0.00	0.00	0.00	0.00
209001	咸宁市经 济和信息 化局本级	0.00	0.00	0.00	0.00	0.00	0.00	0.00	0.00	0.00	0.00	0.00	0.00
注：2022 年咸宁市经信局无相关政府性基金预算`));
    const { table, findings } = read(s, 'fund');
    expect(table.columns.map((c) => `${c.key}@${c.col}`)).toEqual([
      'total@2', 'basic@3', 'personnel@4', 'publicStd@5', 'project@6', 'projectRegular@7', 'projectOneOff@8', 'projectMultiYear@9',
      'contingency@10', 'operating@11', 'subsidiary@12', 'remitUpper@13',
    ]);
    expect(table.rows.map((r) => [r.kind, r.code])).toEqual([['unit', '209'], ['unit', '209001']]);
    expect(findings.map((f) => [f.code, f.severity])).toEqual([['header-assumed', 'info']]);
    expect(findings[0].params).toMatchObject({ count: 12 });
  });

  it('reports columns-not-found when neither headers nor the width fit', () => {
    const s = sheet('表6', grid(`
208	社会保障和就业支出	1	2	3	4	5`));
    const { table, findings } = read(s, 'basic');
    expect(table.columns).toEqual([]);
    expect(findings.map((f) => [f.code, f.severity, f.address])).toContainEqual(['columns-not-found', 'warning', "'表6'!B1"]);
  });

  it('reports a header it cannot place as column-unknown', () => {
    const s = sheet('表5', grid(`
一般公共预算支出表
单位：万元
科目编码	科目名称	合计	备注
2150501	行政运行	1.00	x`));
    const { findings } = read(s, 'general');
    expect(findings.map((f) => [f.code, f.severity, f.address, f.params])).toEqual([['column-unknown', 'info', "'表5'!D3", { header: '备注' }]]);
  });

  it('reads 表6 (one 合计 column) with its unit rows and the department economic codes', () => {
    const { table } = read(seedTable6(), 'basic');
    expect(table.codeSystem).toBe('economicDept');
    expect(table.rows.slice(0, 4).map((r) => [r.kind, r.code, r.level])).toEqual([
      ['total', undefined, undefined], ['unit', '209', undefined], ['unit', '209001', undefined], ['code', '301', 1],
    ]);
    expect(row(table, '30217').values.total?.fen).toBe(1500000); // 1.50 万元
  });

  it('decides the government economic classification by the codes present', () => {
    const s = sheet('表6', grid(`
一般公共预算基本支出表
单位：万元
科目编码	科目名称	合计
501	机关工资福利支出	10
50101	工资奖金津补贴	10`));
    expect(read(s, 'basic').table.codeSystem).toBe('economicGov');
  });

  it('reads 表8 of zeros with its note', () => {
    const { table } = read(seedTable8(), 'fund');
    expect(table.rows.map((r) => [r.kind, r.code, r.values.total?.fen, r.values.total?.blank])).toEqual([
      ['unit', '209', 0, false], ['unit', '209001', 0, false],
    ]);
    expect(table.notes.map((n) => n.text)).toEqual(['注：2022 年咸宁市经信局无相关政府性基金预算']);
  });

  it('reports a missing unit line (info) and an unknown unit (warning)', () => {
    const none = read(sheet('表5', [['一般公共预算支出表'], ['科目编码', '科目名称', '合计'], ['2150501', '行政运行', 1]]), 'general');
    expect(none.findings.map((f) => [f.code, f.severity, f.address])).toEqual([['unit-assumed', 'info', "'表5'!A1"]]);
    expect(none.table.unitCell).toBeUndefined();
    const odd = read(sheet('表5', [['一般公共预算支出表'], ['单位：千元'], ['科目编码', '科目名称', '合计'], ['2150501', '行政运行', 1]]), 'general');
    expect(odd.findings.map((f) => [f.code, f.severity, f.address, f.params])).toEqual([['unit-unknown', 'warning', "'表5'!A2", { text: '千元', unit: '万元' }]]);
    expect(odd.table.unit).toBe('万元');
  });
});
