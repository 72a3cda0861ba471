import { scanNumbers, valueTokens } from './numbers';

const pick = (text: string) => scanNumbers(text).map((t) => ({ text: t.text, decimals: t.decimals, unit: t.unit, kind: t.kind, bound: t.bound, skip: t.skip }));

describe('scanNumbers', () => {
  it('keeps the decimal text and its printed precision', () => {
    expect(pick('一般公共预算财政拨款收入 5353.9 万元，占收入预算的 87.24%')).toEqual([
      { text: '5353.9', decimals: 1, unit: '万元', kind: 'money', bound: undefined, skip: undefined },
      { text: '87.24', decimals: 2, unit: '%', kind: 'percent', bound: undefined, skip: undefined },
    ]);
  });

  it('reads full-width digits, thousands separators, 亿元 and "0 万元"', () => {
    const t = scanNumbers('收入１２３．４５万元、支出 1,742.19 万元、整合 2 亿元、工程类 0万元');
    expect(t.map((x) => [x.text, x.unit, x.kind])).toEqual([
      ['123.45', '万元', 'money'],
      ['1742.19', '万元', 'money'],
      ['2', '亿元', 'money'],
      ['0', '万元', 'money'],
    ]);
  });

  it('keeps offsets of the original text (full-width characters map one to one)', () => {
    const text = '办公费１８．７万元';
    const [t] = scanNumbers(text);
    expect(text.slice(t.start, t.end)).toBe('１８．７万元');
  });

  it('reads counts with their unit', () => {
    expect(pick('新建 5G 基站 500 座；建设 5G 基站数量 1800 个；保有车辆 1 辆').map((x) => [x.text, x.unit, x.kind])).toEqual([
      ['500', '座', 'count'],
      ['1800', '个', 'count'],
      ['1', '辆', 'count'],
    ]);
  });

  it('never reads "5G" or a code as a number', () => {
    expect(scanNumbers('5G 网络、GB2312 编码')).toEqual([]);
  });

  it('marks years, dates, document numbers and ordinals so they are not amounts', () => {
    const t = scanNumbers('截至2021年12月31日，依据财预〔2021〕101号和【2017】89号，第3项，2022 年预算');
    expect(t.map((x) => [x.text, x.kind, x.skip ?? (x.date ? 'date' : undefined)])).toEqual([
      ['2021', 'year', 'date'],
      ['12', 'skip', 'date'],
      ['31', 'skip', 'date'],
      ['2021', 'skip', 'docno'],
      ['101', 'skip', 'docno'],
      ['2017', 'skip', 'docno'],
      ['89', 'skip', 'docno'],
      ['3', 'skip', 'ordinal'],
      ['2022', 'year', undefined],
    ]);
    expect(valueTokens(t)).toEqual([]);
  });

  it('reads an amount that looks like a year as an amount (2083.68 万元, 2000 万元)', () => {
    expect(pick('经费 2083.68 万元，产值 2000 万元').map((x) => x.kind)).toEqual(['money', 'money']);
  });

  it('reads Chinese-numeral years but not ordinals', () => {
    const t = scanNumbers('第四部分 二〇二二年部门预算；一、预算收支；（三）三公');
    expect(t.map((x) => [x.text, x.kind])).toEqual([['2022', 'year']]);
  });

  it('marks bounds and ranges', () => {
    expect(pick('增长 8.5%以上、不少于 200 家、≥15 家、≤2500 万、约 3 个、3-5 家').map((x) => [x.text, x.bound, x.kind])).toEqual([
      ['8.5', 'min', 'percent'],
      ['200', 'min', 'count'],
      ['15', 'min', 'count'],
      ['2500', 'max', 'unclear'],
      ['3', 'approx', 'count'],
      ['3', 'range', 'plain'],
      ['5', 'range', 'count'],
    ]);
  });

  it('leaves a number without unit plain', () => {
    expect(pick('政府性基金预算支出为 0。')).toEqual([{ text: '0', decimals: 0, unit: undefined, kind: 'plain', bound: undefined, skip: undefined }]);
  });
});
