import { normaliseName, sameName } from './names';

describe('normaliseName', () => {
  it('treats full- and half-width brackets, 【】 and [] alike', () => {
    expect(sameName('维修（护）费', '维修(护)费')).toBe(true);
    expect(sameName('因公出国【境】费用', '因公出国[境]费用')).toBe(true);
    expect(sameName('因公出国【境】费用', '因公出国（境）费用')).toBe(true);
  });

  it('ignores spaces (also ideographic and no-break), quotes and punctuation width', () => {
    expect(sameName('咸宁市经 济和信息 化局', '咸宁市经济和信息化局')).toBe(true);
    expect(sameName('行政\u3000运行', '行政\u00a0运行')).toBe(true);
    expect(sameName('一般公共预算“三公”经费', '一般公共预算"三公"经费')).toBe(true);
    expect(sameName('一般公共预算‘三公’经费', '一般公共预算三公经费')).toBe(true);
    expect(sameName('住房改革支出，其他', '住房改革支出,其他')).toBe(true);
  });

  it('does not fold real differences such as a dropped 支出', () => {
    expect(sameName('社会保障和就业', '社会保障和就业支出')).toBe(false);
    expect(sameName('资源勘探信息等支出', '资源勘探工业信息等支出')).toBe(false);
    expect(normaliseName('行政运行')).toBe('行政运行');
  });
});
