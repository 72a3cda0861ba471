// Findings about targets, shaped like the engine's: they point at the cell the problem was read from.
import type { Finding, FindingParams, Severity } from '../findings';
import { address, type CellRef } from '../workbook';
import type { Indicator, ProjectTargets } from './model';

export function targetFinding(
  ruleId: string,
  code: string,
  severity: Severity,
  cell: CellRef | undefined,
  path: (string | number)[],
  params: FindingParams = {},
): Finding {
  return {
    ruleId,
    code,
    severity,
    sheet: cell?.sheet,
    address: cell ? address(cell) : undefined,
    cell,
    path,
    params,
  };
}

/** ["绩效目标", project name] — the sheet the project was read from, then the project. */
export function projectPath(p: ProjectTargets): string[] {
  return [p.cells.name.sheet, p.name];
}

/** ["绩效目标", project, 一级, 二级, 三级]. */
export function indicatorPath(p: ProjectTargets, i: Indicator): string[] {
  return [...projectPath(p), i.level1, i.level2, i.level3];
}
