import { goodClassicIndicators, ind, project } from '../fixtures/build';
import { PROFILES } from '../taxonomy';
import { valueComplete } from './value-complete';

const run = (...indicators: ReturnType<typeof ind>[]) => valueComplete.run({ projects: [project({ indicators })], profile: PROFILES.classic });

describe('value-complete', () => {
  it('passes complete values, and leaves 定性 values alone', () => {
    expect(run(...goodClassicIndicators(), ind('产出指标', '质量', '资金使用合规性', '合规'))).toEqual([]);
  });

  it('reports a missing number and a missing unit', () => {
    expect(run(ind('产出指标', '数量', '建设基站', '≥个'), ind('产出指标', '数量', '建设基站数量', '1800')).map((f) => [f.code, f.severity])).toEqual([
      ['targets-value-number-missing', 'error'],
      ['targets-value-unit-missing', 'warning'],
    ]);
  });

  it('wants rates in % and costs in money', () => {
    const findings = run(ind('产出指标', '时效', '专项资金到位率', '≥100 个'), ind('产出指标', '成本', '项目投资总成本', '≤2500 家'));
    expect(findings.map((f) => [f.code, f.params.unit, f.params.expectedUnit, f.path[4]])).toEqual([
      ['targets-value-unit-mismatch', '个', '%', '专项资金到位率'],
      ['targets-value-unit-mismatch', '家', '万元', '项目投资总成本'],
    ]);
  });
});
