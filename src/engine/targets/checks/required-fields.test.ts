import { project } from '../fixtures/build';
import { PROFILES } from '../taxonomy';
import { requiredFields } from './required-fields';

describe('required-fields', () => {
  it('passes a project with a budget and a goal', () => {
    expect(requiredFields.run({ projects: [project({ total: 100 })], profile: PROFILES.classic })).toEqual([]);
  });

  it('reports a missing budget and a missing goal', () => {
    const findings = requiredFields.run({ projects: [project({ goal: ' ' })], profile: PROFILES.classic });
    expect(findings.map((f) => [f.code, f.severity, f.path[2]])).toEqual([
      ['targets-budget-missing', 'error', '资金'],
      ['targets-goal-missing', 'warning', '年度目标'],
    ]);
  });
});
