// The generated sheets as plans: one standard 项目支出绩效目标表 per project, plus the summary sheet.
import type { Finding } from '../findings';
import type { Reconciliation } from './checks/budgets-within-project-spending';
import { projectPlan } from './layout-project';
import { SUMMARY_SHEET, summaryPlan } from './layout-summary';
import type { ProjectTargets } from './model';
import type { WantedSheet } from './names';
import { sheetName, type SheetPlan } from './plan';
import type { ProfileId } from './taxonomy';

export { projectPlan, PROJECT_COLUMNS } from './layout-project';
export { summaryPlan, SUMMARY_SHEET } from './layout-summary';
export type { SheetPlan, PlanCell, CellStyle, PageSetup } from './plan';
export { planHash } from './plan';

export interface LayoutInput {
  projects: ProjectTargets[];
  findings: Finding[];
  profile: ProfileId;
  reconciliation?: Reconciliation;
  projectSpendingSource?: string;
  year?: number;
}

/** Plan keys are stable across runs; two projects of the same name are told apart by their order. */
export function wantedSheets(projects: ProjectTargets[]): WantedSheet[] {
  const seen = new Map<string, number>();
  const out = projects.map((p, i) => {
    const n = (seen.get(p.name) ?? 0) + 1;
    seen.set(p.name, n);
    return { key: n > 1 ? `project:${p.name}#${n}` : `project:${p.name}`, name: sheetName(`目标表${i + 1} ${p.name}`) };
  });
  return [...out, { key: 'summary', name: SUMMARY_SHEET }];
}

/** Plans for every generated sheet; `names` are the final names (after clashes), by key. */
export function buildTargetsPlans(input: LayoutInput, names: Record<string, string> = {}): SheetPlan[] {
  const wanted = wantedSheets(input.projects);
  const final = wanted.map((w) => names[w.key] ?? w.name);
  const projects = input.projects.map((p, i) => ({ ...projectPlan(p, i, input.year), key: wanted[i].key, name: final[i] }));
  const summary = summaryPlan({ ...input, sheetNames: final.slice(0, input.projects.length) });
  return [...projects, { ...summary, name: final[final.length - 1] }];
}
