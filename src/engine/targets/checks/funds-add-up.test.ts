import { project } from '../fixtures/build';
import { PROFILES } from '../taxonomy';
import { fundsAddUp } from './funds-add-up';

const run = (spec: Parameters<typeof project>[0]) => fundsAddUp.run({ projects: [project(spec)], profile: PROFILES.classic });

describe('funds-add-up', () => {
  it('passes when the parts make the total', () => {
    expect(run({ total: 2500, fiscal: 2500 })).toEqual([]);
    expect(run({ total: 1200.5, fiscal: 1000, carryover: 100, other: 100.5 })).toEqual([]);
  });

  it('warns when part of the money has no stated source (seed 5G: 695 with 230 上级补助 → 465)', () => {
    expect(run({ total: 695, fiscal: 230 })).toEqual([
      expect.objectContaining({
        code: 'targets-funds-unstated',
        severity: 'warning',
        path: ['绩效目标', '测试项目', '资金'],
        params: expect.objectContaining({ expected: 695, actual: 230, difference: -465, unstated: 465 }),
      }),
    ]);
  });

  it('rejects parts that add up to more than the total', () => {
    // 600 + 200 = 800 > 695: difference 105
    expect(run({ total: 695, fiscal: 600, other: 200 })).toEqual([
      expect.objectContaining({ code: 'targets-funds-mismatch', params: expect.objectContaining({ expected: 695, actual: 800, difference: 105 }) }),
    ]);
  });

  it('rejects a part larger than the whole', () => {
    expect(run({ total: 650, fiscal: 700 })).toEqual([
      expect.objectContaining({ code: 'targets-funds-part-exceeds', path: ['绩效目标', '测试项目', '资金', 'fiscal'], params: expect.objectContaining({ difference: 50 }) }),
    ]);
  });
});
