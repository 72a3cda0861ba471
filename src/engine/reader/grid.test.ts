import { sheet, m } from './__fixtures__/seed-sheets';
import { filledTexts, firstFilled, lastFilled, mergeOrigin } from './grid';

describe('filledTexts', () => {
  const s = sheet('表5', [
    ['单位编码', '单位名称（科目）', '合计', '基本保障支出', null, null, '项目支出'],
    [null, null, null, '小计', '人员经费支出', '标准公用经费支出', null],
  ], [m(0, 3, 0, 5), m(0, 0, 1, 0), m(0, 2, 1, 2), m(0, 6, 1, 6)]);

  it('copies a merged header into every column it spans', () => {
    const [top, bottom] = filledTexts(s, 0, 1);
    expect(top.slice(3, 6)).toEqual(['基本保障支出', '基本保障支出', '基本保障支出']);
    expect(bottom[0]).toBe('单位编码');
    expect(bottom[2]).toBe('合计');
    expect(bottom[6]).toBe('项目支出');
  });

  it('folds the texts it returns', () => {
    expect(filledTexts(s, 0, 0)[0][1]).toBe('单位名称(科目)');
  });

  it('ignores merges outside the rows asked for', () => {
    expect(filledTexts(s, 1, 1)[0][3]).toBe('小计');
    expect(filledTexts(s, 1, 1)[0][4]).toBe('人员经费支出');
  });
});

describe('row helpers', () => {
  it('find the first and last filled cells', () => {
    expect(firstFilled([null, ' ', 'a', 1, null])).toBe(2);
    expect(lastFilled([null, ' ', 'a', 1, null])).toBe(3);
    expect(lastFilled([null, '  '])).toBe(-1);
  });

  it('mergeOrigin gives the top-left cell of the area', () => {
    const s = sheet('x', [['t']], [m(0, 0, 0, 10)]);
    expect(mergeOrigin(s, 0, 7)).toEqual({ row: 0, col: 0 });
    expect(mergeOrigin(s, 1, 7)).toEqual({ row: 1, col: 7 });
  });
});
