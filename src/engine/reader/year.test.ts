import { budgetYear, yearsIn } from './year';

describe('yearsIn', () => {
  it('reads budget years from titles', () => {
    expect(yearsIn('咸宁市经信局 2022 年部门预算公开')).toEqual([2022]);
    expect(yearsIn('2022年部门收支总表')).toEqual([2022]);
    expect(yearsIn('２０２２年度')).toEqual([2022]);
  });
  it('ignores dates and codes', () => {
    expect(yearsIn('截至2021年12月31日，本单位保有车辆共有1辆')).toEqual([]);
    expect(yearsIn('编制日期：2021年12月20日')).toEqual([]);
    expect(yearsIn('2080505 机关事业单位基本养老保险缴费支出')).toEqual([]);
  });
});

describe('budgetYear', () => {
  it('takes the most common year of the first tier that has one', () => {
    expect(budgetYear([['2022年部门收支总表', '2022年财政拨款收支总表', '2021年一般公共预算支出表'], ['2019']])).toBe(2022);
    expect(budgetYear([['表1', '表2'], ['咸宁市经信局2022年部门预算.xlsx']])).toBe(2022);
    expect(budgetYear([[], []])).toBeUndefined();
  });
});
