// Runs a code rule over hand-built tables with a chosen catalog, the way check.ts runs it.
import type { Tables } from '../../tables/model';
import type { Rule } from '../../rules/rule';
import { runRules, type RunResult } from '../../rules/run';
import { builtinCatalog } from '../load';
import type { Catalog } from '../catalog';

export function runCodeRule(rule: Rule, tables: Tables, catalog: Catalog = builtinCatalog()): RunResult {
  return runRules([rule], { tables, catalog, workbook: { sheets: [] }, narrative: [] });
}

/** [code, path joined by '/', address] for whole-list comparisons. */
export function summary(result: RunResult): [string, string, string | undefined][] {
  return result.findings.map((f) => [f.code, f.path.join('/'), f.address]);
}
