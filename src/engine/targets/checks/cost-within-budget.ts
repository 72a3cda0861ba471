// A cost target cannot exceed the project's own budget (≤2500 万元 for a 2500 万元 project is fine).
import { fromFen } from '../../money';
import { address } from '../../workbook';
import { amountToFen } from '../budget';
import { indicatorPath, targetFinding } from '../finding';
import { isCost, MONEY_UNITS } from './kinds';
import type { TargetsCheck } from './types';

const ID = 'cost-within-budget';

export const costWithinBudget: TargetsCheck = {
  id: ID,
  description: '成本指标的目标值不超过项目年度资金总额',
  run({ projects }) {
    return projects.flatMap((p) =>
      p.indicators.flatMap((i) => {
        const total = p.funds.total;
        if (total === undefined || !isCost(i) || i.value === null || !i.unit || !MONEY_UNITS.includes(i.unit)) return [];
        const cost = amountToFen(i.value, i.unit);
        if (cost <= total) return [];
        return [
          targetFinding(ID, 'targets-cost-over-budget', 'error', i.cells.value ?? i.cells.level3, indicatorPath(p, i), {
            project: p.name,
            indicator: i.level3,
            expected: fromFen(total, '万元'),
            actual: fromFen(cost, '万元'),
            difference: fromFen(cost - total, '万元'),
            unit: '万元',
            operands: p.funds.cells.total ? [address(p.funds.cells.total)] : [],
          }),
        ];
      }),
    );
  },
};
