import { toFen } from '../../money';
import { project } from '../fixtures/build';
import { PROFILES } from '../taxonomy';
import { budgetsWithinProjectSpending } from './budgets-within-project-spending';

const seedProjects = () => [2500, 650, 695, 215].map((total, i) => project({ name: `项目${i + 1}`, total }));
const cell = { sheet: '表1 部门收支总表', row: 12, col: 3 };

describe('budgets-within-project-spending', () => {
  it('reconciles the seed: 2500 + 650 + 695 + 215 = 4060 ≤ 4224.5, other projects 164.5', () => {
    const findings = budgetsWithinProjectSpending.run({ projects: seedProjects(), profile: PROFILES.classic, projectSpendingFen: toFen(4224.5, '万元'), projectSpendingCell: cell });
    expect(findings).toEqual([
      expect.objectContaining({
        code: 'targets-budget-reconciled',
        severity: 'info',
        address: "'表1 部门收支总表'!D13",
        params: expect.objectContaining({ expected: 4224.5, actual: 4060, difference: -164.5, remainder: 164.5, projects: 4 }),
      }),
    ]);
  });

  it('rejects projects that together exceed 项目支出', () => {
    // 4060 − 4000 = 60 over
    const findings = budgetsWithinProjectSpending.run({ projects: seedProjects(), profile: PROFILES.classic, projectSpendingFen: toFen(4000, '万元'), projectSpendingCell: cell });
    expect(findings).toEqual([expect.objectContaining({ code: 'targets-budget-exceeds-project-spending', severity: 'error', params: expect.objectContaining({ difference: 60, remainder: -60 }) })]);
  });

  it('does nothing without 项目支出', () => {
    expect(budgetsWithinProjectSpending.run({ projects: seedProjects(), profile: PROFILES.classic })).toEqual([]);
  });
});
