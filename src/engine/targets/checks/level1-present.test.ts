import { goodClassicIndicators, ind, project } from '../fixtures/build';
import { PROFILES } from '../taxonomy';
import { level1Present } from './level1-present';

describe('level1-present', () => {
  it('passes a project with 产出, 效益 and 满意度 under the classic profile', () => {
    expect(level1Present.run({ projects: [project({ total: 2500, indicators: goodClassicIndicators() })], profile: PROFILES.classic })).toEqual([]);
  });

  it('requires 成本指标 as a 一级 under the 2021 guideline', () => {
    const findings = level1Present.run({ projects: [project({ total: 2500, indicators: goodClassicIndicators() })], profile: PROFILES['central-2021'] });
    expect(findings).toEqual([
      expect.objectContaining({ code: 'targets-level1-missing', severity: 'error', path: ['绩效目标', '测试项目', '成本指标'], params: expect.objectContaining({ level1: '成本指标' }) }),
    ]);
  });

  it('reports each missing 一级 at the project', () => {
    const findings = level1Present.run({ projects: [project({ indicators: [ind('产出指标', '数量', '建设数量', '≥1 个')] })], profile: PROFILES.classic });
    expect(findings.map((f) => f.params.level1)).toEqual(['效益指标', '满意度指标']);
    expect(findings[0].address).toBe("'绩效目标'!A3");
  });
});
