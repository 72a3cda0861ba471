// The operator points the right way: satisfaction and coverage-type rates are floors (≥), costs are ceilings (≤).
import { indicatorPath, targetFinding } from '../finding';
import type { Operator } from '../model';
import { isCost, isFloorRate } from './kinds';
import type { TargetsCheck } from './types';

const ID = 'operator-direction';

const BELOW: Operator[] = ['≤', '＜'];
const ABOVE: Operator[] = ['≥', '＞'];

export const operatorDirection: TargetsCheck = {
  id: ID,
  description: '运算符方向合理：满意度、合格率、到位率、覆盖率等应为“≥”，成本应为“≤”',
  run({ projects }) {
    return projects.flatMap((p) =>
      p.indicators.flatMap((i) => {
        if (i.nature !== '定量' || !i.operator) return [];
        // ＝ is accepted both ways: "100%" for 到位率 states the full target, "＝2500 万元" a fixed cost.
        const expected = isCost(i) ? (ABOVE.includes(i.operator) ? '≤' : undefined) : isFloorRate(i) && BELOW.includes(i.operator) ? '≥' : undefined;
        if (!expected) return [];
        return [
          targetFinding(ID, 'targets-operator-direction', 'warning', i.cells.value ?? i.cells.level3, indicatorPath(p, i), {
            project: p.name,
            indicator: i.level3,
            operator: i.operator,
            expectedOperator: expected,
            raw: i.raw,
          }),
        ];
      }),
    );
  },
};
