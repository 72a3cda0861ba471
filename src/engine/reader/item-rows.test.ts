import type { Finding } from '../findings';
import type { Table, TableKind } from '../tables/model';
import type { SheetSnapshot } from '../workbook';
import { grid, seedTable1, seedTable4, seedTable7, sheet } from './__fixtures__/seed-sheets';
import { identifySheet } from './identify';
import { readItemTable } from './item-rows';
import { tableReporter } from './report';
import { Amount } from '../tables/model';

function read(s: SheetSnapshot, kind: TableKind): { table: Table; findings: Finding[] } {
  const findings: Finding[] = [];
  const table = readItemTable(s, kind, identifySheet(s), tableReporter(kind, s.name, findings));
  return { table, findings };
}
const item = (t: Table, key: string) => t.items.find((i) => i.key === key)!;

describe('readItemTable — seed 表1', () => {
  const { table, findings } = read(seedTable1(), 'summary');

  it('reads both blocks with their keys and amounts in 分', () => {
    // 5353.90 万元 = 5,353,900,000 分; 6136.96 万元 = 6,136,960,000 分
    expect(item(table, 'in.general')).toEqual({
      key: 'in.general', label: '一、一般公共预算拨款', block: 'income',
      labelCell: { sheet: '表1', row: 5, col: 0 }, amount: new Amount(5353900000, false, '表1', 5, 1),
    });
    expect(item(table, 'out.total').amount).toEqual(new Amount(6136960000, false, '表1', 24, 3));
    expect(item(table, 'out.total').block).toBe('expense');
    expect(item(table, 'in.social').amount?.fen).toBe(783060000);
    expect(item(table, 'in.general.upper').amount).toMatchObject({ fen: 0, blank: true });
  });

  it('recognises every printed label', () => {
    expect(table.items.filter((i) => !i.key)).toEqual([]);
    expect(table.items.filter((i) => i.block === 'income')).toHaveLength(20);
    expect(table.items.filter((i) => i.block === 'expense')).toHaveLength(12);
    expect(findings).toEqual([]);
  });

  it('keeps the 备注 line as a note, the unit and the header rows', () => {
    expect(table.notes.map((n) => n.text)).toEqual(['备注：本表收支包含社保基金发放退休人员的退休金']);
    expect(table.unit).toBe('万元');
    expect(table.unitCell).toEqual({ sheet: '表1', row: 2, col: 3 });
    expect(table.headerRows).toEqual([3, 4]);
    expect(table.title).toBe('表 1：部门收支总表');
  });
});

describe('readItemTable — 表4 and other layouts', () => {
  it('reads the seed 表4 (基本支出 / 人员支出 wording, 本年 lines)', () => {
    const { table, findings } = read(seedTable4(), 'fiscal');
    expect(findings).toEqual([]);
    expect(item(table, 'out.basic').amount?.fen).toBe(1129400000);
    expect(item(table, 'out.basic.personnel').amount?.fen).toBe(934980000);
    expect(item(table, 'in.general.upper').block).toBe('income');
    expect(item(table, 'in.yearTotal').amount?.fen).toBe(5353900000);
    expect(item(table, 'out.yearTotal').labelCell).toEqual({ sheet: '表4', row: 13, col: 2 });
  });

  it('reports a label it cannot place as item-unknown and keeps the item', () => {
    const s = sheet('表1', grid(`
部门收支总表
单位：万元
项目	预算数	项目	预算数
一、一般公共预算拨款	10	一、基本支出	10
其他资金	5
收入总计	15	支出总计	10`, 1));
    const { table, findings } = read(s, 'summary');
    const odd = table.items.find((i) => i.label === '其他资金')!;
    expect(odd).toMatchObject({ key: undefined, block: 'income', amount: { fen: 5000000 } });
    expect(findings.map((f) => [f.code, f.severity, f.address, f.path, f.params])).toEqual([
      ['item-unknown', 'info', "'表1'!A5", ['表1', '其他资金'], { label: '其他资金' }],
    ]);
  });

  it('finds the blocks from the labels when the header rows are missing', () => {
    const s = sheet('表1', grid(`
一、一般公共预算拨款	10	一、基本支出	10
收入总计	10	支出总计	10`, 1));
    const { table } = read(s, 'summary');
    expect(table.items.map((i) => `${i.block}:${i.key}`)).toEqual(['income:in.general', 'income:in.total', 'expense:out.basic', 'expense:out.total']);
  });

  it('reads 收入 and 支出 stacked in one column', () => {
    const s = sheet('表4', grid(`
财政拨款收支总表
项目	预算数
收入
一、一般公共预算拨款	10
总计	10
支出
一、基本支出	10
总计	10`, 1));
    const { table, findings } = read(s, 'fiscal');
    expect(table.items.map((i) => `${i.block}:${i.key}`)).toEqual(['income:in.general', 'income:in.total', 'expense:out.basic', 'expense:out.total']);
    expect(findings.map((f) => f.code)).toEqual(['unit-assumed']);
  });

  it('reports #REF! in an amount cell', () => {
    const s = sheet('表1', [['部门收支总表'], ['单位：万元'], ['项目', '预算数'], ['一、一般公共预算拨款', { error: '#REF!' }]]);
    const { findings } = read(s, 'summary');
    expect(findings.map((f) => [f.code, f.address, f.path])).toEqual([['cell-error', "'表1'!B4", ['表1', 'in.general']]]);
  });
});

describe('readItemTable — 表7', () => {
  it('reads the seed 表7 as one block', () => {
    const { table, findings } = read(seedTable7(), 'threePublic');
    expect(findings).toEqual([]);
    expect(table.items.map((i) => [i.key, i.block, i.amount?.fen])).toEqual([
      ['tp.total', 'single', 8200000],
      ['tp.abroad', 'single', 0],
      ['tp.reception', 'single', 4200000],
      ['tp.vehicle', 'single', 4000000],
      ['tp.vehicle.operation', 'single', 4000000],
      ['tp.vehicle.purchase', 'single', 0],
    ]);
  });

  it('takes this year’s column when 上年数 and 增减 columns are printed too', () => {
    const s = sheet('表7', grid(`
一般公共预算“三公”经费支出表
单位：万元
项目	上年预算数	本年预算数	增减
合计	9.00	8.20	-0.80`, 1));
    expect(read(s, 'threePublic').table.items[0]).toMatchObject({ key: 'tp.total', amount: { fen: 8200000, cell: { col: 2 } } });
  });
});
