import { runNarrative } from '../narrative/__fixtures__/seed';
import { narrativePriorYearConsistent as rule } from './narrative-prior-year-consistent';

const run = (text: string) => runNarrative([rule], text);

const INCOME = (social: string) =>
  '一、预算收支安排及增减变化情况说明\n2022 年市经信局部门收入预算总额为 6136.96 万元，比上年增加 1742.19 万元，其中：一般公共预算财政拨款收入 5353.9 万元，比上年增加 1734.39 万元；' +
  `政府性基金拨款收入 0 万元，与上年持平；社保基金拨款收入 783.06 万元，比上年增加 ${social} 万元。`;
const THREE_PUBLIC = (reception: string) =>
  [
    '三、“三公”经费安排及增减变化情况说明',
    '“三公”经费预算 8.2 万元，比上年减少 0.8 万元。',
    '因公出国（境）费用 0 万元，与上年持平。',
    '公务用车运行维护费 4 万元，与上年持平。',
    `公务接待费 4.2 万元。比上年预算减少 ${reception} 万元。`,
  ].join('\n');

describe('narrative-prior-year-consistent', () => {
  it('passes the seed: 3619.51 + 0 + 775.26 = 4394.77 and 0 + 5.0 + 4 = 9.0', () => {
    // 收入: 6136.96 − 1742.19 = 4394.77; parts 5353.9 − 1734.39 = 3619.51, 0, 783.06 − 7.8 = 775.26.
    // 三公: 8.2 + 0.8 = 9.0; parts 0, 4.2 + 0.8 = 5.0, 4.
    expect(run(`${INCOME('7.8')}\n${THREE_PUBLIC('0.8')}`).findings).toEqual([]);
  });

  it("flags parts whose previous-year values do not add up to the total's", () => {
    const [f, ...rest] = run(INCOME('8.8')).findings;
    expect(rest).toEqual([]);
    // parts: 3619.51 + 0 + (783.06 − 8.8 = 774.26) = 4393.77; total 4394.77; 7 figures at 2 decimals: ± 0.035
    expect(f).toMatchObject({
      code: 'narrative-prior-year-parts',
      path: ['说明', '预算收支', '收入预算总额'],
      params: { prior: 4394.77, expected: 4393.77, difference: 1, tolerance: 0.035, unit: '万元' },
    });
    expect(f.params.parts).toEqual([
      { subject: '一般公共预算拨款收入', prior: 3619.51 },
      { subject: '政府性基金拨款收入', prior: 0 },
      { subject: '社保基金拨款收入', prior: 774.26 },
    ]);
  });

  it('compares “三公” with its parts even when 公车 is stated only as 运行维护费', () => {
    // parts 0 + (4.2 + 0.3) + 4 = 8.5 vs 8.2 + 0.8 = 9.0; 6 figures at 1 decimal: ± 0.3
    expect(run(THREE_PUBLIC('0.3')).findings[0]).toMatchObject({ code: 'narrative-prior-year-parts', params: { prior: 9, expected: 8.5, difference: 0.5 } });
    // 0.7 instead of 0.8: 8.9 vs 9.0 is within ± 0.3 of figures printed to one decimal
    expect(run(THREE_PUBLIC('0.7')).findings[0]).toMatchObject({ code: 'narrative-prior-year-rounding', severity: 'info' });
  });

  it('skips the sum when a part states no change', () => {
    expect(run(INCOME('8.8').replace('，比上年增加 1734.39 万元', '')).findings).toEqual([]);
  });

  it('flags the same subject implying two previous-year values', () => {
    const text = '收入预算总额为 6136.96 万元，比上年增加 1742.19 万元。\n部门收入预算 6136.96 万元，比上年增加 1700 万元。';
    // 6136.96 − 1742.19 = 4394.77; 6136.96 − 1700 = 4436.96
    expect(run(text).findings).toEqual([
      expect.objectContaining({ code: 'narrative-prior-year-mismatch', params: expect.objectContaining({ prior: 4436.96, expected: 4394.77, difference: 42.19, otherLine: 1 }) }),
    ]);
  });
});
