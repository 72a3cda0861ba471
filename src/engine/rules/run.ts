// Runs rules and records, for each, whether it ran or why it was skipped.
import type { CoverageEntry, Finding } from '../findings';
import type { Report, Rule, RuleContext } from './rule';

export interface RunResult {
  findings: Finding[];
  coverage: CoverageEntry[];
}

export function runRules(rules: readonly Rule[], ctx: RuleContext): RunResult {
  const findings: Finding[] = [];
  const coverage: CoverageEntry[] = [];
  for (const rule of rules) {
    const skips: CoverageEntry[] = [];
    const report = Object.assign(
      (r: Report) => findings.push({ ...r, ruleId: rule.id, severity: r.severity ?? rule.severity }),
      {
        skip: (reason: string, params?: Record<string, unknown>, partial = false) =>
          skips.push({ ruleId: rule.id, status: partial ? 'partial' : 'skipped', reason, params }),
      },
    );
    rule.check(ctx, report);
    coverage.push(...(skips.length ? skips : [{ ruleId: rule.id, status: 'ran' as const }]));
  }
  return { findings, coverage };
}
