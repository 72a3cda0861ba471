// Each 一级 indicator the profile requires is present in every project, with at least one indicator under it.
import { projectPath, targetFinding } from '../finding';
import type { TargetsCheck } from './types';

const ID = 'level1-present';

export const level1Present: TargetsCheck = {
  id: ID,
  description: '每个项目都设有规定的一级指标（产出、效益、满意度等），且每个一级指标下至少有一个指标',
  run({ projects, profile }) {
    return projects.flatMap((p) =>
      profile.levels
        .filter((l) => l.required && !p.indicators.some((i) => i.level1 === l.level1))
        .map((l) =>
          targetFinding(ID, 'targets-level1-missing', 'error', p.cells.header ?? p.cells.name, [...projectPath(p), l.level1], {
            project: p.name,
            level1: l.level1,
            profile: profile.id,
          }),
        ),
    );
  },
};
