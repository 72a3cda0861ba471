import type { CodeRow } from '../tables/model';
import { classifyCodedRows, isUnitRow } from './unit-rows';

function rows(...spec: [string | undefined, string][]): CodeRow[] {
  return spec.map(([code, name], row) => ({
    kind: code ? 'code' : /合计/.test(name) ? 'total' : 'other',
    code,
    name,
    row,
    index: row,
    nameCell: { sheet: 's', row, col: 1 },
    values: {},
  }));
}
const summary = (rs: CodeRow[]) => rs.map((r) => `${r.code ?? r.name}:${r.kind}${r.level ? r.level : ''}`);

describe('classifyCodedRows', () => {
  it('reads the seed 表5: department 209 and unit 209001 are unit rows, 208 is class 208', () => {
    const rs = rows([undefined, '合计'], ['209', '咸宁市经济和信息化局'], ['209001', '咸宁市经济和信息化局本级'],
      ['208', '社会保障和就业支出'], ['20805', '行政事业单位养老支出'], ['2080505', '机关事业单位基本养老保险缴费支出']);
    classifyCodedRows(rs);
    expect(summary(rs)).toEqual(['合计:total', '209:unit', '209001:unit', '208:code1', '20805:code2', '2080505:code3']);
  });

  it('keeps a real class 209 in a 表3 without unit rows a classification row', () => {
    const rs = rows([undefined, '合计'], ['209', '社会保险基金支出'], ['20901', '基本养老保险基金支出'], ['2090101', '基本养老金']);
    classifyCodedRows(rs);
    expect(summary(rs)).toEqual(['合计:total', '209:code1', '20901:code2', '2090101:code3']);
  });

  it('keeps a class whose name ends like an organisation a code when its child follows (21002 公立医院)', () => {
    const rs = rows([undefined, '合计'], ['21002', '公立医院'], ['2100201', '综合医院']);
    classifyCodedRows(rs);
    expect(summary(rs)).toEqual(['合计:total', '21002:code2', '2100201:code3']);
  });

  it('does not take an organisation-like class name deep in the table for a unit', () => {
    const rs = rows(['210', '卫生健康支出'], ['21003', '基层医疗卫生机构'], ['2100302', '乡镇卫生院']);
    classifyCodedRows(rs);
    expect(summary(rs)).toEqual(['210:code1', '21003:code2', '2100302:code3']);
  });

  it('finds a later unit of a department with several units by its 6-digit code', () => {
    const rs = rows(['209', '咸宁市经济和信息化局'], ['209001', '咸宁市经济和信息化局本级'], ['2150501', '行政运行'],
      ['209002', '咸宁市中小企业服务中心'], ['2150501', '行政运行']);
    classifyCodedRows(rs);
    expect(summary(rs)).toEqual(['209:unit', '209001:unit', '2150501:code3', '209002:unit', '2150501:code3']);
    // Each row carries the unit block it sits in.
    expect(rs.map((r) => r.unit)).toEqual(['209', '209001', '209001', '209002', '209002']);
  });

  it('leaves the unit block unset in a table without unit rows, and above the first unit row', () => {
    const plain = rows([undefined, '合计'], ['208', '社会保障和就业支出']);
    classifyCodedRows(plain);
    expect(plain.map((r) => r.unit)).toEqual([undefined, undefined]);
    const seed = rows([undefined, '合计'], ['209', '咸宁市经济和信息化局'], ['208', '社会保障和就业支出']);
    classifyCodedRows(seed);
    expect(seed.map((r) => r.unit)).toEqual([undefined, '209', '209']);
  });
});

describe('isUnitRow', () => {
  it('takes a class-length code for a unit when a unit code extending it follows, whatever its name', () => {
    expect(isUnitRow('901', '测试部门', '901001', false)).toBe(true);
    expect(isUnitRow('901', '某某', '901001', true)).toBe(true);
    // …but not a catalog name, and not without that unit code once classification rows have started.
    expect(isUnitRow('209', '社会保险基金支出', '209001', false)).toBe(false);
    expect(isUnitRow('901', '测试部门', '2010101', true)).toBe(false);
  });

  it('reads a 6-digit code with a catalog name as a malformed code, not a unit', () => {
    expect(isUnitRow('215050', '行政运行', undefined, true)).toBe(false);
    expect(isUnitRow('209001', '咸宁市经济和信息化局本级', undefined, true)).toBe(true);
  });
  it('reads names with PDF spaces', () => {
    expect(isUnitRow('209', '咸宁市经 济和信息 化局', '209001', false)).toBe(true);
  });
});
