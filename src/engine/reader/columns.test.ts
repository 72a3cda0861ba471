import { grid, m, seedTable3Headerless, seedTable5, sheet } from './__fixtures__/seed-sheets';
import { assumeColumns, columnKeyOf, dataColumns, mapHeaderColumns } from './columns';

const keysAt = (cols: { key: string; col: number }[]) => cols.map((c) => `${c.key}@${c.col}`);

describe('columnKeyOf', () => {
  it.each([
    [['合计'], 'total'],
    [['基本保障支出', '小计'], 'basic'],
    [['基本保障支出'], 'basic'],
    [['基本支出', '人员经费支出'], 'personnel'],
    [['基本支出', '人员支出'], 'personnel'],
    [['工资福利支出'], 'personnel'],
    [['基本支出', '标准公用经费支出'], 'publicStd'],
    [['公用经费'], 'publicStd'],
    [['项目支出', '小计'], 'project'],
    [['项目支出'], 'project'],
    [['项目支出', '经常性项目'], 'projectRegular'],
    [['项目支出', '当年一次性项目'], 'projectOneOff'],
    [['项目支出', '跨年一次性项目'], 'projectMultiYear'],
    [['项目支出不可预见费'], 'contingency'],
    [['事业单位经营支出'], 'operating'],
    [['对附属单位补助支出'], 'subsidiary'],
    [['上缴上级支出'], 'remitUpper'],
    [['一般公共预算拨款'], 'generalGrant'],
    [['财政拨款'], 'generalGrant'],
    [['政府性基金拨款'], 'fundGrant'],
    [['社保基金拨款'], 'socialGrant'],
    [['国有资本经营预算拨款'], 'capitalGrant'],
    [['纳入专户管理的非税收入'], 'specialNonTax'],
    [['事业收入'], 'businessIncome'],
    [['事业单位经营收入'], 'operatingIncome'],
    [['附属单位上缴收入'], 'subsidiaryIncome'],
    [['往来收入'], 'transferIncome'],
    [['其他收入'], 'otherIncome'],
    [['融资借款'], 'borrowing'],
    [['上年结转'], 'carryover'],
  ])('%j → %s', (segments, key) => expect(columnKeyOf(segments)).toBe(key));

  it('does not give a child it cannot read its parent’s key', () => {
    expect(columnKeyOf(['项目支出', '其他'])).toBeUndefined();
    expect(columnKeyOf(['备注'])).toBeUndefined();
  });
});

describe('mapHeaderColumns', () => {
  it('maps the Hubei 表5 header (merged 基本保障支出 over three columns)', () => {
    const cols = mapHeaderColumns(seedTable5(), [2, 3]);
    expect(cols.codeCols).toEqual([0]);
    expect(cols.nameCol).toBe(1);
    expect(keysAt(cols.columns)).toEqual([
      'total@2', 'basic@3', 'personnel@4', 'publicStd@5', 'project@6', 'contingency@7', 'operating@8', 'subsidiary@9', 'remitUpper@10',
    ]);
    expect(cols.columns[1].header).toBe('基本保障支出/小计');
    expect(cols.unknown).toEqual([]);
  });

  it('maps a merged three-row header with split 类/款/项 code columns', () => {
    const s = sheet('表3', grid(`
科目编码			科目名称	本年预算
				合计	基本支出			项目支出
类	款	项			小计	人员经费	公用经费	小计	经常性项目	当年一次性项目	跨年一次性项目`), [
      m(0, 0, 1, 2), m(0, 3, 2, 3), m(0, 4, 0, 11), m(1, 4, 2, 4), m(1, 5, 1, 7), m(1, 8, 1, 11),
    ]);
    const cols = mapHeaderColumns(s, [0, 1, 2]);
    expect(cols.codeCols).toEqual([0, 1, 2]);
    expect(cols.nameCol).toBe(3);
    expect(keysAt(cols.columns)).toEqual([
      'total@4', 'basic@5', 'personnel@6', 'publicStd@7', 'project@8', 'projectRegular@9', 'projectOneOff@10', 'projectMultiYear@11',
    ]);
    expect(cols.columns[0].header).toBe('本年预算/合计');
  });

  it('maps the 表2 income sources', () => {
    const s = sheet('表2', grid(`科目编码	科目名称	合计	一般公共预算拨款	政府性基金拨款	社保基金拨款	事业收入	上年结转`));
    expect(keysAt(mapHeaderColumns(s, [0]).columns)).toEqual([
      'total@2', 'generalGrant@3', 'fundGrant@4', 'socialGrant@5', 'businessIncome@6', 'carryover@7',
    ]);
  });

  it('lists value headers it cannot place, and keeps the first of two same-meaning columns', () => {
    const s = sheet('x', grid(`功能分类科目编码	科目名称	合计	合计	备注`));
    const cols = mapHeaderColumns(s, [0]);
    expect(keysAt(cols.columns)).toEqual(['total@2']);
    expect(cols.unknown).toEqual([{ col: 3, row: 0, header: '合计' }, { col: 4, row: 0, header: '备注' }]);
  });

  it('puts the name column after the code column when no header names it', () => {
    const s = sheet('x', grid(`经济分类科目编码		合计	人员经费	公用经费`));
    const cols = mapHeaderColumns(s, [0]);
    expect(cols.nameCol).toBe(1);
    expect(keysAt(cols.columns)).toEqual(['total@2', 'personnel@3', 'publicStd@4']);
  });
});

describe('dataColumns', () => {
  it('finds code and name columns from the rows', () => {
    expect(dataColumns(seedTable3Headerless(), 0)).toEqual({ codeCols: [0], nameCol: 1 });
  });
  it('finds inline codes (code and name in one cell)', () => {
    const s = sheet('x', [['合计', 10], ['2150501 行政运行', 10]]);
    expect(dataColumns(s, 0)).toEqual({ codeCols: [], nameCol: 0 });
  });
  it('reads codes written as numbers', () => {
    const s = sheet('x', [[null, '合计', 10], [2150501, '行政运行', 10]]);
    expect(dataColumns(s, 0)).toEqual({ codeCols: [0], nameCol: 1 });
  });
});

describe('assumeColumns', () => {
  it('takes the layout whose width the * row gives exactly', () => {
    const cols = assumeColumns('general', [2, 3, 4, 5, 6, 7, 8, 9, 10], true)!;
    expect(cols.map((c) => c.key)).toEqual(['total', 'basic', 'personnel', 'publicStd', 'project', 'contingency', 'operating', 'subsidiary', 'remitUpper']);
  });

  it('takes the smallest layout the rows fit in when trailing blanks were not stored', () => {
    // 表3 rows stored up to column H (6 values) fit the 12-column layout only.
    const cols = assumeColumns('expenditure', [2, 3, 4, 5, 6, 7], false)!;
    expect(cols).toHaveLength(12);
    expect(cols[11]).toEqual({ key: 'remitUpper', header: '', col: 13 });
  });

  it('gives up when no layout fits', () => {
    expect(assumeColumns('basic', [2, 3, 4, 5], false)).toBeUndefined();
    expect(assumeColumns('general', [2, 3, 4], true)).toBeUndefined();
    expect(assumeColumns('summary', [2], false)).toBeUndefined();
  });
});
