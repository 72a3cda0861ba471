// Runs one rule over hand-built tables, the way check.ts runs it, for the sum rules' tests.
import { emptyCatalog } from '../../catalog/catalog';
import type { Tables } from '../../tables/model';
import type { Rule } from '../rule';
import { runRules, type RunResult } from '../run';

export function runRule(rule: Rule, tables: Tables): RunResult {
  return runRules([rule], { tables, catalog: emptyCatalog(), workbook: { sheets: [] }, narrative: [] });
}

/** The findings as [code, path joined by '/'], compact enough to compare whole lists. */
export function codesAndPaths(result: RunResult): [string, string][] {
  return result.findings.map((f) => [f.code, f.path.join('/')]);
}
