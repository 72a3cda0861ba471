import type { WorkbookSnapshot } from '../workbook';
import { grid, seedTable1, seedTable3Headerless, seedTable4, seedTable5, seedTable6, seedTable7, seedTable8, sheet } from './__fixtures__/seed-sheets';
import { readWorkbook } from './index';

const seedWorkbook = (): WorkbookSnapshot => ({
  name: 'seed.xlsx',
  sheets: [
    seedTable1('表1 部门收支总表'),
    seedTable3Headerless('表3 部门支出总表'),
    seedTable4('表4 财政拨款收支总表'),
    seedTable5('表5 一般公共预算支出表'),
    seedTable6('表6 一般公共预算基本支出表'),
    seedTable7('表7 三公经费支出表'),
    seedTable8('表8 政府性基金预算支出表'),
    sheet('第四部分 编制说明', [['第四部分 2021 年部门预算编制情况及说明'], ['咸宁市经信局 2022 年政府性基金预算支出为 0。']]),
    sheet('第二部分 主要工作任务', [['第二部分 2022 年主要工作任务']]),
    sheet('绩效目标', [['(一) 咸宁市市级制造业高质量发展专项资金项目'], ['项目绩效目标表 (2022 年度目标)']]),
    sheet('Sheet1', []),
  ],
});

describe('readWorkbook', () => {
  const result = readWorkbook(seedWorkbook());

  it('identifies every table and classifies the other sheets', () => {
    expect(result.sheets.map((s) => [s.sheet, s.role, s.table])).toEqual([
      ['表1 部门收支总表', 'table', 'summary'],
      ['表3 部门支出总表', 'table', 'expenditure'],
      ['表4 财政拨款收支总表', 'table', 'fiscal'],
      ['表5 一般公共预算支出表', 'table', 'general'],
      ['表6 一般公共预算基本支出表', 'table', 'basic'],
      ['表7 三公经费支出表', 'table', 'threePublic'],
      ['表8 政府性基金预算支出表', 'table', 'fund'],
      ['第四部分 编制说明', 'narrative', undefined],
      ['第二部分 主要工作任务', 'tasks', undefined],
      ['绩效目标', 'targets', undefined],
      ['Sheet1', 'other', undefined],
    ]);
    expect(Object.keys(result.tables).sort()).toEqual(['basic', 'expenditure', 'fiscal', 'fund', 'general', 'summary', 'threePublic']);
  });

  it('meets the seed acceptance points', () => {
    const t5 = result.tables.general!;
    expect(t5.rows.filter((r) => r.kind === 'unit').map((r) => r.code)).toEqual(['209', '209001']);
    expect(t5.rows.find((r) => r.code === '208')).toMatchObject({ kind: 'code', level: 1 });
    expect(t5.rows.find((r) => r.code === '2150517')).toMatchObject({ kind: 'code', level: 3 });
    expect(t5.rows[0].values.total?.fen).toBe(4263900000); // 4263.90 万元
    const t1 = result.tables.summary!;
    expect(t1.items.find((i) => i.key === 'in.general')?.amount?.fen).toBe(5353900000); // 5353.90 万元
    expect(t1.items.find((i) => i.key === 'out.total')?.amount?.fen).toBe(6136960000); // 6136.96 万元
    expect(result.tables.expenditure!.columns).toHaveLength(12);
  });

  it('reports only what the seed really lacks: 表3’s unit line and headers', () => {
    expect(result.findings.map((f) => [f.ruleId, f.code, f.severity, f.sheet])).toEqual([
      ['reader', 'unit-assumed', 'info', '表3 部门支出总表'],
      ['reader', 'header-assumed', 'info', '表3 部门支出总表'],
    ]);
  });

  it('reads the budget year from the headings when the tables do not print it', () => {
    // Table titles carry no year; the other sheets' headings say 2022 twice (and 2021 once, a typo).
    expect(result.year).toBe(2022);
  });

  it('takes the year from the table titles first', () => {
    const wb: WorkbookSnapshot = { sheets: [sheet('表7', [['2023年一般公共预算“三公”经费支出表'], ['项目', '预算数'], ['合计', 1]])] };
    expect(readWorkbook(wb).year).toBe(2023);
  });

  it('keeps the first of two sheets claiming a table and warns about the second', () => {
    const wb: WorkbookSnapshot = { sheets: [seedTable5('表5'), seedTable5('表5 (2)')] };
    const read = readWorkbook(wb);
    expect(read.tables.general?.sheet).toBe('表5');
    expect(read.sheets[1]).toMatchObject({ role: 'table', table: 'general', duplicateOf: '表5' });
    expect(read.findings.map((f) => [f.code, f.severity, f.address, f.path])).toEqual([
      ['table-duplicate', 'warning', "'表5 (2)'!A1", ['表5', '表5 (2)']],
    ]);
  });

  it('identifies Shanghai’s 表8 “三公” by its title', () => {
    const wb: WorkbookSnapshot = { sheets: [sheet('表8', grid(`
表8 一般公共预算“三公”经费支出表
	单位：万元
项目	预算数
合计	8.20`, 1))] };
    const read = readWorkbook(wb);
    expect(read.sheets[0]).toMatchObject({ role: 'table', table: 'threePublic' });
    expect(read.tables.threePublic?.items[0]).toMatchObject({ key: 'tp.total', amount: { fen: 8200000 } });
    expect(read.tables.fund).toBeUndefined();
  });

  it('never throws on odd content', () => {
    const wb: WorkbookSnapshot = { sheets: [
      sheet('表5', [[{ error: '#N/A' }], [true, false], [null, 1e308, -1e308], ['合计'], [], ['2150501', '行政运行', '#REF!']]),
      sheet('表1', [['部门收支总表'], [{ error: '#VALUE!' }, 'x']]),
    ] };
    const read = readWorkbook(wb);
    expect(read.findings.filter((f) => f.code === 'sheet-unreadable')).toEqual([]);
    expect(read.findings.filter((f) => f.sheet === '表5').map((f) => [f.code, f.address])).toContainEqual(['cell-error', "'表5'!C6"]);
  });
});
