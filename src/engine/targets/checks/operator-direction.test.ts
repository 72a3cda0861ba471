import { goodClassicIndicators, ind, project } from '../fixtures/build';
import { PROFILES } from '../taxonomy';
import { operatorDirection } from './operator-direction';

const run = (...indicators: ReturnType<typeof ind>[]) => operatorDirection.run({ projects: [project({ indicators })], profile: PROFILES.classic });

describe('operator-direction', () => {
  it('accepts ≥ for rates, ≤ for costs, and a bare 100% (＝) for 到位率', () => {
    expect(run(...goodClassicIndicators(), ind('产出指标', '时效', '专项资金到位率', '100%'))).toEqual([]);
  });

  it('flags a ceiling on satisfaction and a floor on cost', () => {
    const findings = run(ind('满意度指标', '服务对象满意度', '企业满意度', '≤90%'), ind('产出指标', '成本', '项目投资总成本', '≥2500 万'));
    expect(findings.map((f) => [f.code, f.params.operator, f.params.expectedOperator])).toEqual([
      ['targets-operator-direction', '≤', '≥'],
      ['targets-operator-direction', '≥', '≤'],
    ]);
  });

  it('says nothing about indicators with no preferred direction', () => {
    expect(run(ind('产出指标', '数量', '技改投资增速', '≤10%'))).toEqual([]);
  });
});
