// The report as CSV and JSON files, built in memory: downloading them never touches the network.
import type { CheckResult } from '../engine/check';
import { renderMessage, renderMessageKey, tableLabel, type Locale } from '../engine/messages';
import { shortAddress } from './cells';
import { summarize, type Row } from './model';
import { STRINGS } from './strings';

/**
 * A CSV field: quoted when it holds a separator, quote or line break. Text that starts like a formula
 * gets a leading apostrophe, so opening the file in Excel cannot run it (CSV injection).
 */
export function csvField(v: string | number | undefined): string {
  if (v === undefined) return '';
  if (typeof v === 'number') return String(v);
  const safe = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function cellOf(r: Row): string {
  const f = r.finding;
  return f.address ? shortAddress(f.address, f.sheet) : '';
}

/** UTF-8 with a byte-order mark: without it Excel on Windows reads Chinese CSV as GBK and garbles it. */
export function reportCsv(rows: Row[], locale: Locale): string {
  const s = STRINGS[locale];
  const lines = [s.csvHeader.map(csvField).join(',')];
  for (const r of rows) {
    const f = r.finding;
    const p = f.params;
    const a = r.acceptance;
    const num = (v: unknown) => (typeof v === 'number' || typeof v === 'string' ? v : undefined);
    lines.push(
      [
        s.severity[f.severity],
        f.table ? tableLabel(f.table, locale) : '',
        f.sheet ?? '',
        cellOf(r),
        renderMessage(f, locale),
        num(p.expected),
        num(p.actual),
        num(p.difference),
        num(p.tolerance),
        p.unit ?? '',
        (p.operands ?? []).join(' '),
        f.ruleId,
        f.code,
        a ? s.yes : '',
        a?.reason ?? '',
        a?.by ?? '',
        a?.at ?? '',
      ]
        .map(csvField)
        .join(','),
    );
  }
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

export interface ReportJson {
  generatedAt: string;
  workbook?: string;
  year?: number;
  summary: { error: number; warning: number; info: number; accepted: number };
  findings: (Row['finding'] & { message: string; accepted?: Row['acceptance'] })[];
  coverage: (CheckResult['coverage'][number] & { message?: string })[];
}

export function reportJson(rows: Row[], result: Pick<CheckResult, 'coverage' | 'year'>, locale: Locale, now: Date, workbook?: string): ReportJson {
  const summary = summarize(rows, result.coverage);
  return {
    generatedAt: now.toISOString(),
    workbook,
    year: result.year,
    summary: { ...summary.counts, accepted: summary.accepted },
    findings: rows.map((r) => ({ ...r.finding, message: renderMessage(r.finding, locale), ...(r.acceptance ? { accepted: r.acceptance } : {}) })),
    coverage: result.coverage.map((c) =>
      c.reason ? { ...c, message: renderMessageKey(`coverage-${c.reason}`, { ...(c.params ?? {}) }, locale) } : c,
    ),
  };
}

/** "校验报告-2024-05-01.csv": the date keeps successive downloads apart. */
export function reportFileName(ext: 'csv' | 'json', now: Date): string {
  const d = now.toISOString().slice(0, 10);
  return `校验报告-${d}.${ext}`;
}
