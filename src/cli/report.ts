// Renders a check result as text for a terminal: findings grouped by table, then coverage and a summary.
import type { CheckResult } from '../engine/check';
import type { CoverageEntry, Finding, Severity } from '../engine/findings';
import { fmt, renderMessage, renderMessageKey, tableLabel, type Locale } from '../engine/messages';
import { TABLE_KINDS } from '../engine/tables/model';
import { a1 } from '../engine/workbook';

const MARK: Record<Severity, string> = { error: '✗', warning: '!', info: 'i' };
const WORDS: Record<Locale, Record<Severity | 'other' | 'summary' | 'coverage', string>> = {
  'zh-CN': { error: '错误', warning: '警告', info: '提示', other: '其他', summary: '汇总', coverage: '覆盖' },
  en: { error: 'error', warning: 'warning', info: 'info', other: 'Other', summary: 'Summary', coverage: 'Coverage' },
};

export function countBySeverity(findings: Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

function findingLines(f: Finding, locale: Locale): string[] {
  const where = f.cell ? a1(f.cell.row, f.cell.col) : '';
  const lines = [`  ${MARK[f.severity]} ${WORDS[locale][f.severity]} ${where.padEnd(6)} ${renderMessage(f, locale)}  [${f.ruleId}]`];
  const p = f.params;
  if (p.expected !== undefined || p.actual !== undefined) {
    const parts = locale === 'en'
      ? [`expected ${fmt(p.expected)}`, `actual ${fmt(p.actual)}`, `difference ${fmt(p.difference)}`]
      : [`应为 ${fmt(p.expected)}`, `实为 ${fmt(p.actual)}`, `差额 ${fmt(p.difference)}`];
    if (p.tolerance !== undefined) parts.push(locale === 'en' ? `bound ±${p.tolerance}` : `容差 ±${p.tolerance}`);
    lines.push(`           ${parts.join('  ')}${p.unit ? ` (${p.unit})` : ''}`);
  }
  if (p.operands?.length) lines.push(`           ${locale === 'en' ? 'cells' : '相关单元格'}: ${p.operands.join(', ')}`);
  return lines;
}

/** One line per rule and reason: the equalities a missing table skipped are listed together. */
function groupSkips(entries: CoverageEntry[]): CoverageEntry[] {
  const groups = new Map<string, CoverageEntry>();
  for (const e of entries) {
    const key = `${e.ruleId}|${e.reason}|${String(e.params?.table ?? '')}`;
    const seen = groups.get(key);
    if (!seen) groups.set(key, { ...e, params: { ...e.params } });
    else if (e.params?.equality !== undefined) seen.params!.equality = `${seen.params!.equality}, ${e.params.equality}`;
  }
  return [...groups.values()];
}

export function formatResult(file: string, result: CheckResult, locale: Locale = 'zh-CN'): string {
  const out: string[] = [file];
  const groups = new Map<string, Finding[]>();
  for (const f of result.findings) {
    // Narrative given as a text file has no sheet: group it under its file name.
    const key = f.table ?? (f.sheet ? `sheet:${f.sheet}` : typeof f.params.source === 'string' ? `sheet:${f.params.source}` : '');
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  const order = [...TABLE_KINDS, ...[...groups.keys()].filter((k) => !(TABLE_KINDS as readonly string[]).includes(k))];
  for (const key of order) {
    const list = groups.get(key);
    if (!list) continue;
    const kind = TABLE_KINDS.find((k) => k === key);
    const sheet = kind ? result.tables[kind]?.sheet : key.replace(/^sheet:/, '');
    const title = kind ? tableLabel(kind, locale) : key ? key.replace(/^sheet:/, '') : WORDS[locale].other;
    out.push(`${title}${kind && sheet ? `  〔${sheet}〕` : ''}`);
    for (const f of list) out.push(...findingLines(f, locale));
  }
  const skipped = result.coverage.filter((c) => c.status !== 'ran');
  const ran = new Set(result.coverage.filter((c) => c.status === 'ran').map((c) => c.ruleId));
  out.push(`${WORDS[locale].coverage}: ${locale === 'en' ? `${ran.size} checks ran fully` : `${ran.size} 项检查完整运行`}`);
  for (const s of groupSkips(skipped)) out.push(`  - ${s.ruleId}: ${renderMessageKey(`coverage-${s.reason}`, { ...(s.params ?? {}) }, locale)}`);
  const c = countBySeverity(result.findings);
  out.push(
    locale === 'en'
      ? `${WORDS.en.summary}: ${c.error} errors, ${c.warning} warnings, ${c.info} notes`
      : `${WORDS['zh-CN'].summary}：错误 ${c.error}，警告 ${c.warning}，提示 ${c.info}`,
  );
  return out.join('\n');
}
