import { ind, project } from '../fixtures/build';
import { PROFILES } from '../taxonomy';
import { costWithinBudget } from './cost-within-budget';

const run = (total: number, raw: string) =>
  costWithinBudget.run({ projects: [project({ total, indicators: [ind('产出指标', '成本', '项目投资总成本', raw)] })], profile: PROFILES.classic });

describe('cost-within-budget', () => {
  it('accepts a cost equal to the budget (≤2500 万 for 2500 万元; ≤695 万 for 695)', () => {
    expect(run(2500, '≤2500 万')).toEqual([]);
    expect(run(695, '≤695 万')).toEqual([]);
  });

  it('accepts a cost in 元 within a budget in 万元', () => {
    // 6,950,000 元 = 695 万元
    expect(run(695, '≤6950000 元')).toEqual([]);
  });

  it('rejects a cost above the budget, with the difference', () => {
    // 2600 − 2500 = 100 万元
    expect(run(2500, '≤2600 万')).toEqual([
      expect.objectContaining({
        code: 'targets-cost-over-budget',
        severity: 'error',
        params: expect.objectContaining({ expected: 2500, actual: 2600, difference: 100, unit: '万元', operands: ["'绩效目标'!A4"] }),
      }),
    ]);
  });
});
