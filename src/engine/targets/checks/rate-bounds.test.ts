import { ind, project } from '../fixtures/build';
import { PROFILES } from '../taxonomy';
import { rateBounds } from './rate-bounds';

const run = (...indicators: ReturnType<typeof ind>[]) => rateBounds.run({ projects: [project({ indicators })], profile: PROFILES.classic });

describe('rate-bounds', () => {
  it('allows 100% and ratios such as 标杆率 500%', () => {
    expect(run(ind('满意度指标', '服务对象满意度', '企业满意度', '100%'), ind('效益指标', '经济效益', '财政资金万元带动技改投资标杆率', '500%'))).toEqual([]);
  });

  it('rejects a share above 100%', () => {
    const findings = run(ind('产出指标', '质量', '验收合格率', '≥120%'), ind('产出指标', '数量', '工业技改投资与工业投资占比', '≥100.5%'));
    expect(findings.map((f) => [f.code, f.params.actual, f.params.limit])).toEqual([
      ['targets-rate-over-100', 120, 100],
      ['targets-rate-over-100', 100.5, 100],
    ]);
  });
});
