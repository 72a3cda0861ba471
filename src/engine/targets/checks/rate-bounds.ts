// A share of a whole (满意度, 合格率, 到位率, 覆盖率, 完成率, 达标率, 占比…) cannot be set above 100%.
import Decimal from 'decimal.js';
import { indicatorPath, targetFinding } from '../finding';
import { isBoundedRate } from './kinds';
import type { TargetsCheck } from './types';

const ID = 'rate-bounds';

export const rateBounds: TargetsCheck = {
  id: ID,
  description: '满意度、合格率、到位率、覆盖率、完成率、达标率、占比等比率不超过 100%（标杆率、增长率等倍数类比率除外）',
  run({ projects }) {
    return projects.flatMap((p) =>
      p.indicators.flatMap((i) => {
        if (i.nature !== '定量' || i.value === null || !isBoundedRate(i)) return [];
        const limit = i.unit === '%' ? 100 : i.unit === '‰' ? 1000 : undefined;
        if (limit === undefined || new Decimal(i.value).lte(limit)) return [];
        return [
          targetFinding(ID, 'targets-rate-over-100', 'error', i.cells.value ?? i.cells.level3, indicatorPath(p, i), {
            project: p.name,
            indicator: i.level3,
            actual: Number(i.value),
            limit,
            unit: i.unit ?? undefined,
            raw: i.raw,
          }),
        ];
      }),
    );
  },
};
