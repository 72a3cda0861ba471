// Runs rules and records, for each, whether it ran or why it was skipped.
import type { CoverageEntry, Finding } from '../findings';
import { withTableMemo } from '../tables/memo';
import type { Report, Rule, RuleContext } from './rule';

export interface RunResult {
  findings: Finding[];
  coverage: CoverageEntry[];
}

/**
 * The report itself becomes the finding: ruleId is added and a missing severity filled in, with the
 * keys in the order a copy ({ ...r, ruleId, severity }) would give — without copying each of the
 * ~150,000 findings of a large workbook. Rules build a fresh object for every report.
 */
function complete(r: Report, rule: Rule): Finding {
  const f = r as Finding;
  f.ruleId = rule.id;
  f.severity = r.severity ?? rule.severity;
  return f;
}

export function runRules(rules: readonly Rule[], ctx: RuleContext): RunResult {
  const findings: Finding[] = [];
  const coverage: CoverageEntry[] = [];
  withTableMemo(() => {
    for (const rule of rules) runRule(rule, ctx, findings, coverage);
  });
  return { findings, coverage };
}

function runRule(rule: Rule, ctx: RuleContext, findings: Finding[], coverage: CoverageEntry[]): void {
  const skips: CoverageEntry[] = [];
  const report = Object.assign(
    (r: Report) => findings.push(complete(r, rule)),
    {
      skip: (reason: string, params?: Record<string, unknown>, partial = false) =>
        skips.push({ ruleId: rule.id, status: partial ? 'partial' : 'skipped', reason, params }),
    },
  );
  rule.check(ctx, report);
  coverage.push(...(skips.length ? skips : [{ ruleId: rule.id, status: 'ran' as const }]));
}
