// What the pane shows, computed from a check result: groups, counts, filters. Pure, so it is tested in node;
// light (no zod, no rules), because the pane's first bundle imports it.
import type { CheckResult } from '../engine/check';
import { findingKey, type Acceptance, type CoverageEntry, type Finding, type Severity } from '../engine/findings';
import type { SheetRole } from '../engine/reader';
import { TABLE_KINDS, type TableKind } from '../engine/tables/model';

/** Findings are grouped by what they are about: a table, the narrative, the targets, or something else. */
export type GroupId = TableKind | 'narrative' | 'targets' | 'other';
export const GROUP_ORDER: readonly GroupId[] = [...TABLE_KINDS, 'narrative', 'targets', 'other'];

export interface Row {
  key: string;
  finding: Finding;
  group: GroupId;
  acceptance?: Acceptance;
}

const ROLE_GROUP: Partial<Record<SheetRole, GroupId>> = { narrative: 'narrative', tasks: 'narrative', targets: 'targets' };

export function groupOf(f: Finding, roles: ReadonlyMap<string, SheetRole>): GroupId {
  if (f.table) return f.table;
  const byRole = f.sheet ? ROLE_GROUP[roles.get(f.sheet) ?? 'other'] : undefined;
  if (byRole) return byRole;
  // Pasted narrative has no sheet; target checks may point at a sheet the reader did not classify.
  if (f.ruleId.startsWith('narrative')) return 'narrative';
  if (f.ruleId.startsWith('target')) return 'targets';
  return 'other';
}

/**
 * Rows for the grid. Two findings with the same key (same rule, code, place and path) are kept apart
 * in the grid by an index suffix, while acceptance still matches by findingKey.
 */
export function toRows(result: Pick<CheckResult, 'findings' | 'sheets'>, acceptances: ReadonlyMap<string, Acceptance>): Row[] {
  const roles = new Map(result.sheets.map((s) => [s.sheet, s.role] as const));
  const seen = new Map<string, number>();
  return result.findings.map((finding) => {
    const base = findingKey(finding);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return { key: n ? `${base}#${n}` : base, finding, group: groupOf(finding, roles), acceptance: acceptances.get(base) };
  });
}

export interface Summary {
  counts: Record<Severity, number>;
  accepted: number;
  skipped: CoverageEntry[];
  ran: number;
  intent: 'error' | 'warning' | 'info' | 'success';
}

/** Accepted findings are counted apart; a skipped check keeps the summary from looking like a pass. */
export function summarize(rows: Row[], coverage: CoverageEntry[]): Summary {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  let accepted = 0;
  for (const r of rows) {
    if (r.acceptance) accepted++;
    else counts[r.finding.severity]++;
  }
  const skipped = coverage.filter((c) => c.status !== 'ran');
  const ran = new Set(coverage.filter((c) => c.status === 'ran').map((c) => c.ruleId)).size;
  const intent = counts.error ? 'error' : counts.warning ? 'warning' : skipped.length ? 'warning' : counts.info ? 'info' : 'success';
  return { counts, accepted, skipped, ran, intent };
}

export interface Filters {
  severities: Severity[];
  groups: GroupId[];
  rules: string[];
  showAccepted: boolean;
}

export const NO_FILTERS: Filters = { severities: [], groups: [], rules: [], showAccepted: true };

/** An empty selection in a filter means "all". */
export function applyFilters(rows: Row[], f: Filters): Row[] {
  return rows.filter(
    (r) =>
      (!f.severities.length || f.severities.includes(r.finding.severity)) &&
      (!f.groups.length || f.groups.includes(r.group)) &&
      (!f.rules.length || f.rules.includes(r.finding.ruleId)) &&
      (f.showAccepted || !r.acceptance),
  );
}

export function groupRows(rows: Row[]): { group: GroupId; rows: Row[] }[] {
  const by = new Map<GroupId, Row[]>();
  for (const r of rows) by.set(r.group, [...(by.get(r.group) ?? []), r]);
  return GROUP_ORDER.filter((g) => by.has(g)).map((group) => ({ group, rows: by.get(group)! }));
}
