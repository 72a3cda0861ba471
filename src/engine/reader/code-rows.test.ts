import type { Finding } from '../findings';
import { grid, sheet } from './__fixtures__/seed-sheets';
import type { ColumnLayout } from './columns';
import { readCodeRows } from './code-rows';
import { tableReporter } from './report';
import { Amount } from '../tables/model';

const layout = (over: Partial<ColumnLayout> = {}): ColumnLayout => ({
  codeCols: [0],
  nameCol: 1,
  columns: [{ key: 'total', header: '合计', col: 2 }, { key: 'basic', header: '基本支出', col: 3 }],
  unknown: [],
  ...over,
});

function read(values: Parameters<typeof sheet>[1], over: Partial<ColumnLayout> = {}, unit: '万元' | '元' = '万元') {
  const findings: Finding[] = [];
  const result = readCodeRows(sheet('表3', values), layout(over), 0, unit, tableReporter('expenditure', '表3', findings));
  return { ...result, findings };
}

describe('readCodeRows', () => {
  it('reads row kinds, codes, levels and values in 分', () => {
    const { rows } = read(grid(`
	合计	4263.90	1129.40
208	社会保障和就业支出	338.49	338.49
20805	行政事业单位养老支出	73.39
2080505	机关事业单位基本养老保险缴费支出	48.92
	其中：离退休	1.00`));
    expect(rows.map((r) => [r.kind, r.code, r.level, r.name])).toEqual([
      ['total', undefined, undefined, '合计'],
      ['code', '208', 1, '社会保障和就业支出'],
      ['code', '20805', 2, '行政事业单位养老支出'],
      ['code', '2080505', 3, '机关事业单位基本养老保险缴费支出'],
      ['other', undefined, undefined, '其中：离退休'],
    ]);
    // 4263.90 万元 = 4,263,900,000 分; 73.39 万元 = 73,390,000 分, its blank 基本 cell is 0 and blank.
    expect(rows[0].values.total).toEqual(new Amount(4263900000, false, '表3', 0, 2));
    expect(rows[2].values.total?.fen).toBe(73390000);
    expect(rows[2].values.basic).toEqual(new Amount(0, true, '表3', 2, 3));
    expect(rows[1].codeCell).toEqual({ sheet: '表3', row: 1, col: 0 });
    expect(rows[1].nameCell).toEqual({ sheet: '表3', row: 1, col: 1 });
  });

  it('reads codes written loosely or as numbers', () => {
    const { rows } = read([['2 15 05 01', '行政运行', 1], ['215.05.02', '一般行政管理事务', 1], ['[2150517]', '产业发展', 1], [2210201, '住房公积金', 1]]);
    expect(rows.map((r) => r.code)).toEqual(['2150501', '2150502', '2150517', '2210201']);
  });

  it('reads the code written in front of the name, and 合计 written in the code column', () => {
    const { rows } = read([['合计', null, 5], [null, '2150501 行政运行', 5], [null, '  行政运行', 5]]);
    expect(rows.map((r) => [r.kind, r.code, r.name])).toEqual([
      ['total', undefined, '合计'],
      ['code', '2150501', '行政运行'],
      ['other', undefined, '行政运行'],
    ]);
    expect(rows[1].codeCell).toEqual({ sheet: '表3', row: 1, col: 1 });
  });

  it('joins split 类/款/项 columns, restoring the zero a number cell dropped', () => {
    const { rows } = read([['215', null, null, '资源勘探工业信息等支出', 1], [215, 5, null, '工业和信息产业监管', 1], ['215', '05', '01', '行政运行', 1]], {
      codeCols: [0, 1, 2], nameCol: 3, columns: [{ key: 'total', header: '合计', col: 4 }],
    });
    expect(rows.map((r) => [r.code, r.level])).toEqual([['215', 1], ['21505', 2], ['2150501', 3]]);
  });

  it('skips empty rows inside the data and keeps notes apart', () => {
    const { rows, notes } = read([['208', '社会保障和就业支出', 1], [], [null, null, null], ['210', '卫生健康支出', 2], ['注：本表不含上年结转'], ['制表人：张三']]);
    expect(rows.map((r) => r.code)).toEqual(['208', '210']);
    expect(notes).toEqual([{ text: '注：本表不含上年结转', cell: { sheet: '表3', row: 4, col: 0 } }]);
  });

  it('reports #REF! as cell-error at its cell and counts it blank', () => {
    const { rows, findings } = read([['2150517', '产业发展', { error: '#REF!' }, 1]]);
    expect(rows[0].values.total).toEqual(new Amount(0, true, '表3', 0, 2));
    expect(findings).toEqual([expect.objectContaining({
      ruleId: 'reader', code: 'cell-error', severity: 'error', table: 'expenditure', sheet: '表3',
      address: "'表3'!C1", cell: { sheet: '表3', row: 0, col: 2 }, path: ['表3', '2150517', 'total'], params: { error: '#REF!' },
    })]);
  });

  it('reports text in a value column as cell-not-number', () => {
    const { findings } = read([['2150517', '产业发展', 1, 'abc']]);
    expect(findings.map((f) => [f.code, f.address, f.path, f.params])).toEqual([
      ['cell-not-number', "'表3'!D1", ['表3', '2150517', 'basic'], { text: 'abc' }],
    ]);
  });

  it('reads a 元 table as value × 100', () => {
    const { rows } = read([['2150501', '行政运行', 6843400.25]], {}, '元');
    // 6,843,400.25 元 × 100 = 684,340,025 分
    expect(rows[0].values.total?.fen).toBe(684340025);
  });
});
