import { goodClassicIndicators, ind, project } from '../fixtures/build';
import { PROFILES } from '../taxonomy';
import { level2Valid } from './level2-valid';

describe('level2-valid', () => {
  it('accepts 成本 under 产出 in the classic profile', () => {
    expect(level2Valid.run({ projects: [project({ indicators: goodClassicIndicators() })], profile: PROFILES.classic })).toEqual([]);
  });

  it('rejects 成本 under 产出 in the 2021 profile and points to 成本指标', () => {
    const findings = level2Valid.run({ projects: [project({ indicators: goodClassicIndicators() })], profile: PROFILES['central-2021'] });
    expect(findings).toEqual([
      expect.objectContaining({
        code: 'targets-level2-invalid',
        path: ['绩效目标', '测试项目', '产出指标', '成本', '项目投资总成本'],
        params: expect.objectContaining({ level1: '产出指标', level2: '成本', suggestion: '成本指标' }),
      }),
    ]);
  });

  it('rejects a 二级 filed under the wrong 一级, and an unknown 一级', () => {
    const findings = level2Valid.run({
      projects: [project({ indicators: [ind('效益指标', '数量', '培训人次', '≥100 人次'), ind('影响指标', '社会效益', '群众获得感', '增强')] })],
      profile: PROFILES.classic,
    });
    expect(findings.map((f) => [f.code, f.params.suggestion])).toEqual([
      ['targets-level2-invalid', '产出指标'],
      ['targets-level1-unknown', undefined],
    ]);
  });
});
