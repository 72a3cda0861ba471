// The key projects' budgets fit within the department's 项目支出 (表1/表3); what is left is other projects.
import { fromFen } from '../../money';
import { operandAddresses } from '../../workbook';
import { targetFinding } from '../finding';
import type { TargetsCheck } from './types';

const ID = 'budgets-within-project-spending';

export interface Reconciliation {
  /** Sum of the projects' 年度资金总额, 分. */
  projectsFen: number;
  projectSpendingFen: number;
  /** 项目支出 − the projects: spending on projects without published targets. */
  remainderFen: number;
}

export function reconcile(projectsFen: number, projectSpendingFen: number | undefined): Reconciliation | undefined {
  return projectSpendingFen === undefined ? undefined : { projectsFen, projectSpendingFen, remainderFen: projectSpendingFen - projectsFen };
}

export const budgetsWithinProjectSpending: TargetsCheck = {
  id: ID,
  description: '重点项目的年度资金总额之和不超过部门预算的项目支出（表1/表3），余额为其他项目',
  run({ projects, projectSpendingFen, projectSpendingCell }) {
    const withBudget = projects.filter((p) => p.funds.total !== undefined);
    const r = reconcile(withBudget.reduce((s, p) => s + p.funds.total!, 0), projectSpendingFen);
    if (!r || !withBudget.length) return [];
    const exceeds = r.remainderFen < 0;
    const wan = (fen: number) => fromFen(fen, '万元');
    return [
      targetFinding(
        ID,
        exceeds ? 'targets-budget-exceeds-project-spending' : 'targets-budget-reconciled',
        exceeds ? 'error' : 'info',
        projectSpendingCell ?? withBudget[0].funds.cells.total ?? withBudget[0].cells.name,
        [withBudget[0].cells.name.sheet, '项目支出'],
        {
          expected: wan(r.projectSpendingFen),
          actual: wan(r.projectsFen),
          difference: wan(r.projectsFen - r.projectSpendingFen),
          remainder: wan(r.remainderFen),
          projects: withBudget.length,
          unit: '万元',
          operands: operandAddresses(withBudget.map((p) => p.funds.cells.total).filter((c) => c !== undefined)),
        },
      ),
    ];
  },
};
