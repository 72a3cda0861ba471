// Every project states its 年度资金总额 and its 年度目标, which the standard form requires.
import { projectPath, targetFinding } from '../finding';
import type { TargetsCheck } from './types';

const ID = 'required-fields';

export const requiredFields: TargetsCheck = {
  id: ID,
  description: '每个项目写明年度资金总额和年度目标',
  run({ projects }) {
    return projects.flatMap((p) => [
      ...(p.funds.total === undefined ? [targetFinding(ID, 'targets-budget-missing', 'error', p.cells.name, [...projectPath(p), '资金'], { project: p.name })] : []),
      ...(!p.goal.trim() ? [targetFinding(ID, 'targets-goal-missing', 'warning', p.cells.goal ?? p.cells.name, [...projectPath(p), '年度目标'], { project: p.name })] : []),
    ]);
  },
};
