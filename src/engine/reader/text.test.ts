import { isCodeLength, isTotalLabel, norm, parseCode, splitInlineCode, stripOrdinals } from './text';

describe('norm', () => {
  it('folds full-width characters, brackets and spaces', () => {
    expect(norm('单位名称 （科目）')).toBe('单位名称(科目)');
    expect(norm('金额单位：万元')).toBe('金额单位:万元');
    expect(norm('咸宁市经 济和信息\u3000化局')).toBe('咸宁市经济和信息化局');
    expect(norm('一般公共预算“三公”经费')).toBe('一般公共预算"三公"经费');
  });
});

describe('stripOrdinals', () => {
  it.each([
    ['一、一般公共预算拨款', '一般公共预算拨款'],
    ['十一、融资借款', '融资借款'],
    ['1. 因公出国（境）费用', '因公出国(境)费用'],
    ['（一）办公室', '办公室'],
    ['其中：公务用车运行维护费', '公务用车运行维护费'],
    ['收入总计：', '收入总计'],
    ['①本级基金', '本级基金'],
  ])('%s → %s', (label, expected) => {
    expect(stripOrdinals(norm(label))).toBe(expected);
  });

  it('keeps a label that is only an ordinal, and decimals', () => {
    expect(stripOrdinals(norm('一、'))).toBe('一、');
    expect(stripOrdinals('2.5倍')).toBe('2.5倍');
  });
});

describe('isTotalLabel', () => {
  it('accepts 合计 and 总计 written loosely', () => {
    expect(isTotalLabel(norm('合 计'))).toBe(true);
    expect(isTotalLabel(norm('总计：'))).toBe(true);
    expect(isTotalLabel(norm('支出合计'))).toBe(true);
  });
  it('rejects names that merely contain it', () => {
    expect(isTotalLabel(norm('一般公共预算支出合计以外的其他支出'))).toBe(false);
    expect(isTotalLabel(norm('行政运行'))).toBe(false);
  });
});

describe('parseCode', () => {
  it.each([
    ['2 15 05 01', '2150501'],
    ['215.05.01', '2150501'],
    ['[2150501]', '2150501'],
    ['【209001】', '209001'],
  ])('%s → %s', (text, code) => expect(parseCode(text)).toBe(code));

  it('reads a number cell as its digits', () => {
    expect(parseCode(2150501)).toBe('2150501');
  });

  it('is undefined for names, totals, decimals and blanks', () => {
    expect(parseCode('行政运行')).toBeUndefined();
    expect(parseCode('合计')).toBeUndefined();
    expect(parseCode(4263.9)).toBeUndefined();
    expect(parseCode(null)).toBeUndefined();
  });
});

describe('splitInlineCode', () => {
  it('splits a code written in front of the name', () => {
    expect(splitInlineCode('2150501 行政运行')).toEqual({ code: '2150501', name: '行政运行' });
    expect(splitInlineCode('[2150501]行政运行')).toEqual({ code: '2150501', name: '行政运行' });
    expect(splitInlineCode('215 05 01 行政运行')).toEqual({ code: '2150501', name: '行政运行' });
  });
  it('leaves years and plain names alone', () => {
    expect(splitInlineCode('2022年咸宁市经信局')).toBeUndefined();
    expect(splitInlineCode('2022 部门预算')).toBeUndefined();
    expect(splitInlineCode('行政运行')).toBeUndefined();
  });
});

describe('isCodeLength', () => {
  it('knows class, unit and item code lengths but not years', () => {
    expect(['215', '21505', '209001', '2150501'].every(isCodeLength)).toBe(true);
    expect(isCodeLength('2022')).toBe(false);
  });
});
