// Runs every targets check on the parsed projects under one profile; says which profile and why.
import type { CoverageEntry, Finding } from '../../findings';
import { parseAddress, type CellRef } from '../../workbook';
import { targetFinding } from '../finding';
import type { ProjectTargets } from '../model';
import { detectProfile, PROFILES, type ProfileChoice, type ProfileId } from '../taxonomy';
import { budgetsWithinProjectSpending, reconcile, type Reconciliation } from './budgets-within-project-spending';
import { costWithinBudget } from './cost-within-budget';
import { fundsAddUp } from './funds-add-up';
import { level1Present } from './level1-present';
import { level2Valid } from './level2-valid';
import { operatorDirection } from './operator-direction';
import { rateBounds } from './rate-bounds';
import { requiredFields } from './required-fields';
import type { TargetsCheck } from './types';
import { valueComplete } from './value-complete';

export const TARGETS_CHECKS: readonly TargetsCheck[] = [
  requiredFields,
  level1Present,
  level2Valid,
  valueComplete,
  operatorDirection,
  rateBounds,
  costWithinBudget,
  fundsAddUp,
  budgetsWithinProjectSpending,
];

export interface CheckTargetsOptions {
  /** The user's choice; by default the profile the workbook already follows. */
  profile?: ProfileId;
  projectSpendingFen?: number;
  /** Where 项目支出 was read ("'表1 部门收支总表'!D14"). */
  projectSpendingAddress?: string;
}

export interface CheckTargetsResult {
  findings: Finding[];
  coverage: CoverageEntry[];
  profile: ProfileId;
  /** 'chosen' when the user picked it, else why the workbook suggests it. */
  profileReason: ProfileChoice['reason'] | 'chosen';
  reconciliation?: Reconciliation;
}

export function checkTargets(projects: ProjectTargets[], options: CheckTargetsOptions = {}): CheckTargetsResult {
  const choice: ProfileChoice | { profile: ProfileId; reason: 'chosen' } = options.profile
    ? { profile: options.profile, reason: 'chosen' }
    : detectProfile(projects);
  const projectSpendingCell: CellRef | undefined = options.projectSpendingAddress ? parseAddress(options.projectSpendingAddress) : undefined;
  const ctx = { projects, profile: PROFILES[choice.profile], projectSpendingFen: options.projectSpendingFen, projectSpendingCell };
  const findings = TARGETS_CHECKS.flatMap((c) => c.run(ctx));
  if (choice.reason === 'mixed' && projects.length) {
    // Some projects list 成本指标 as a 一级, others 成本 under 产出: one of them breaks the chosen profile.
    findings.unshift(targetFinding('targets-profile', 'targets-profile-mixed', 'warning', projects[0].cells.name, [projects[0].cells.name.sheet], { profile: choice.profile }));
  }
  const coverage: CoverageEntry[] = TARGETS_CHECKS.map((c) =>
    c === budgetsWithinProjectSpending && options.projectSpendingFen === undefined
      ? { ruleId: c.id, status: 'skipped', reason: 'project-spending-missing' }
      : { ruleId: c.id, status: 'ran' },
  );
  const withBudget = projects.filter((p) => p.funds.total !== undefined);
  return {
    findings,
    coverage,
    profile: choice.profile,
    profileReason: choice.reason,
    reconciliation: reconcile(withBudget.reduce((s, p) => s + p.funds.total!, 0), options.projectSpendingFen),
  };
}
