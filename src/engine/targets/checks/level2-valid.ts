// Each 二级 indicator is one the profile allows under its 一级 (成本 under 产出 only in the classic template).
import { indicatorPath, targetFinding } from '../finding';
import { homeOfLevel2 } from '../taxonomy';
import type { TargetsCheck } from './types';

const ID = 'level2-valid';

export const level2Valid: TargetsCheck = {
  id: ID,
  description: '二级指标属于所在一级指标（按所选指标体系；成本指标列在产出指标下仅适用于传统模板）',
  run({ projects, profile }) {
    return projects.flatMap((p) =>
      p.indicators.flatMap((i) => {
        const cell = i.cells.level2 ?? i.cells.level3;
        const level = profile.levels.find((l) => l.level1 === i.level1);
        if (!level) {
          return [targetFinding(ID, 'targets-level1-unknown', 'error', i.cells.level1 ?? i.cells.level3, indicatorPath(p, i), { project: p.name, indicator: i.level3, level1: i.level1, profile: profile.id })];
        }
        if (level.level2.includes(i.level2)) return [];
        return [
          targetFinding(ID, 'targets-level2-invalid', 'error', cell, indicatorPath(p, i), {
            project: p.name,
            indicator: i.level3,
            level1: i.level1,
            level2: i.level2,
            profile: profile.id,
            allowed: level.level2,
            // Where the profile does put this 二级, if anywhere: 成本 → 成本指标 in central-2021.
            suggestion: homeOfLevel2(profile, i.level2) ?? (i.level2 === '成本' ? '成本指标' : undefined),
          }),
        ];
      }),
    );
  },
};
