import { grid, seedTable5, seedTable6, sheet } from './__fixtures__/seed-sheets';
import { codeLayout, findUnit, headerRowsBetween, isCodeDataRow, isNumberRow } from './layout';

describe('findUnit', () => {
  it.each([
    ['单位：万元', '万元'],
    ['单位:元', '元'],
    ['金额单位：万元', '万元'],
    ['（单位：元）', '元'],
  ])('%s', (text, unit) => {
    const s = sheet('x', [['标题'], [null, null, text]]);
    expect(findUnit(s, 5)).toEqual({ unit, cell: { sheet: 'x', row: 1, col: 2 }, row: 1 });
  });

  it('finds the unit sharing a row with the department name', () => {
    const s = sheet('x', [['标题'], ['部门：咸宁市经济和信息化局', null, '单位：万元']]);
    expect(findUnit(s, 5).cell).toEqual({ sheet: 'x', row: 1, col: 2 });
    const one = sheet('x', [['编制单位：咸宁市经信局　　单位：元']]);
    expect(findUnit(one, 5).unit).toBe('元');
  });

  it('reads "单位：" and "万元" in neighbouring cells', () => {
    const s = sheet('x', [[null, '单位：', null, '元']]);
    expect(findUnit(s, 5)).toEqual({ unit: '元', cell: { sheet: 'x', row: 0, col: 3 }, row: 0 });
  });

  it('does not take 单位编码 / 单位名称 headers for a unit', () => {
    expect(findUnit(sheet('x', [['单位编码', '单位名称（科目）', '合计']]), 5)).toEqual({ unit: '万元' });
  });

  it('flags a unit it does not know and assumes 万元', () => {
    expect(findUnit(sheet('x', [['单位：千元']]), 5)).toMatchObject({ unit: '万元', unknown: '千元' });
  });

  it('looks only above the given row', () => {
    expect(findUnit(sheet('x', [['标题'], ['单位：元']]), 1)).toEqual({ unit: '万元' });
  });
});

describe('isNumberRow', () => {
  it('knows the * * 1 2 3 row and its variants', () => {
    expect(isNumberRow(['*', '*', 1, 2, 3])).toBe(true);
    expect(isNumberRow(['*', '*', '1'])).toBe(true);
    expect(isNumberRow(['栏次', null, '1', '2'])).toBe(true);
    expect(isNumberRow(['＊', '＊', '１', '２'])).toBe(true);
  });
  it('rejects data rows', () => {
    expect(isNumberRow(['', '合计', 1, 2])).toBe(false);
    expect(isNumberRow([209, '局', 1])).toBe(false);
    expect(isNumberRow([null, null, 3, 4])).toBe(false); // does not start at 1
    expect(isNumberRow([1])).toBe(false);
  });
});

describe('isCodeDataRow', () => {
  it('accepts amounts, codes and a blank 合计 row', () => {
    expect(isCodeDataRow([null, '合计', 4263.9])).toBe(true);
    expect(isCodeDataRow(['208', '社会保障和就业支出'])).toBe(true);
    expect(isCodeDataRow([null, '合计', null])).toBe(true);
  });
  it('rejects header rows, even one naming 合计', () => {
    expect(isCodeDataRow(['单位编码', '单位名称（科目）', '合计', '基本保障支出'])).toBe(false);
    expect(isCodeDataRow(['一般公共预算支出表（按功能科目到项级）'])).toBe(false);
    expect(isCodeDataRow([null, '2022年预算数'])).toBe(false);
  });
  it('rejects a garbled PDF header that carries stray column numbers', () => {
    expect(isCodeDataRow(['单位编码', '单位名称 (科目)', '合计', '基本保障', '项目支出', null, 11, 12])).toBe(false);
  });
  it('accepts a data row whose blanks are printed as dashes', () => {
    expect(isCodeDataRow(['2150501', '行政运行', 10, '—', '—', '—'])).toBe(true);
  });
});

describe('codeLayout', () => {
  it('lays out the Hubei 表5: unit line, two header rows, * row, data', () => {
    const layout = codeLayout(seedTable5(), 0);
    expect(layout).toMatchObject({ topEnd: 2, headerRows: [2, 3], numberRow: 4, dataStart: 5, unit: { unit: '万元', row: 1 } });
  });

  it('lays out 表6 whose unit line is the third line', () => {
    expect(codeLayout(seedTable6(), 0)).toMatchObject({ topEnd: 3, headerRows: [3], numberRow: 4, dataStart: 5 });
  });

  it('takes three header rows and drops a one-cell subtitle above them', () => {
    const s = sheet('x', grid(`
部门支出总表
（按功能科目到项级）
科目编码	科目名称	合计	基本支出
			小计
			
			人员	公用
2150501	行政运行	1.00	1.00	0.50	0.50`));
    expect(codeLayout(s, 0)).toMatchObject({ topEnd: 1, headerRows: [2, 3, 5], dataStart: 6 });
  });

  it('finds the data of a table that lost its headers at the first row', () => {
    const s = sheet('表3', grid(`215	资源勘探工业信息等支出	5691.90`));
    expect(codeLayout(s, undefined)).toMatchObject({ topEnd: 0, headerRows: [], dataStart: 0, unit: { unit: '万元' } });
  });

  it('collects notes above the data', () => {
    const s = sheet('x', grid(`
标题
注：本表不含上年结转
科目编码	科目名称	合计
208	社会保障和就业支出	1`));
    expect(codeLayout(s, 0).notes.map((n) => n.text)).toEqual(['注：本表不含上年结转']);
    expect(headerRowsBetween(s, 1, 3)).toEqual([2]);
  });
});
