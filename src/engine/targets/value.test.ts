import { parseIndicatorValue } from './value';

const q = (operator: string, value: string, unit: string | null, operatorImplied = false) => ({
  nature: '定量',
  operator,
  operatorImplied,
  value,
  unit,
  text: null,
});

describe('parseIndicatorValue', () => {
  it.each([
    ['≥15 家', q('≥', '15', '家')],
    ['≥ 30 家', q('≥', '30', '家')],
    ['≤2500 万', q('≤', '2500', '万元')], // a bare 万 in a budget document is 万元
    ['≤650万', q('≤', '650', '万元')],
    ['1800 个', q('＝', '1800', '个', true)],
    ['100%', q('＝', '100', '%', true)], // a bare number states the target: ＝
    ['$\\geq 95\\%$', q('≥', '95', '%')], // LaTeX left by the PDF conversion
    ['≥13459.00(平方米)', q('≥', '13459', '平方米')],
    ['>=90%', q('≥', '90', '%')],
    ['48%以上', q('≥', '48', '%')],
    ['不超过 1,200 万元', q('≤', '1200', '万元')],
    ['＜5 天', q('＜', '5', '天')],
  ])('reads %s as a quantity', (raw, expected) => {
    expect(parseIndicatorValue(raw)).toEqual(expected);
  });

  it.each(['合规', '增强', '加快', '连续覆盖', '满意', '打造 5G 技术示范区', '争取入规'])('keeps %s as 定性 text', (raw) => {
    expect(parseIndicatorValue(raw)).toEqual({ nature: '定性', operator: null, operatorImplied: false, value: null, unit: null, text: raw });
  });

  it('reads an operator without a number as 定量 with the number missing, so the checks can say so', () => {
    expect(parseIndicatorValue('≥家')).toEqual({ nature: '定量', operator: '≥', operatorImplied: false, value: null, unit: '家', text: null });
  });
});
