// A quantitative target states a number and a unit, and the unit fits what it measures (rates in %, costs in money).
import { indicatorPath, targetFinding } from '../finding';
import type { Finding } from '../../findings';
import { isCost, MONEY_UNITS, namesARate, RATE_UNITS } from './kinds';
import type { TargetsCheck } from './types';

const ID = 'value-complete';

export const valueComplete: TargetsCheck = {
  id: ID,
  description: '定量指标写明运算符、数值和计量单位，且单位与指标相符（比率用 %，成本用万元或元）',
  run({ projects }) {
    const out: Finding[] = [];
    for (const p of projects) {
      for (const i of p.indicators) {
        if (i.nature !== '定量') continue;
        const cell = i.cells.value ?? i.cells.level3;
        const path = indicatorPath(p, i);
        const f = (code: string, severity: Finding['severity'], params: Finding['params']) =>
          out.push(targetFinding(ID, code, severity, cell, path, { project: p.name, indicator: i.level3, raw: i.raw, ...params }));
        if (i.value === null) f('targets-value-number-missing', 'error', {});
        if (!i.unit) {
          f('targets-value-unit-missing', 'warning', {});
          continue;
        }
        // A cost target in money; a rate or share in %. Costs are judged first: "成本费用率" is a rate of cost.
        if (isCost(i) && !MONEY_UNITS.includes(i.unit) && !namesARate(i)) {
          f('targets-value-unit-mismatch', 'warning', { unit: i.unit, expectedUnit: '万元' });
        } else if (!isCost(i) && namesARate(i) && !RATE_UNITS.includes(i.unit)) {
          f('targets-value-unit-mismatch', 'warning', { unit: i.unit, expectedUnit: '%' });
        }
      }
    }
    return out;
  },
};
