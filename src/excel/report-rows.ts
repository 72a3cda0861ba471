// The 校验报告 sheet as data: title, summary, header and one row per finding, with the number format each
// cell needs (text stays text, amounts show two decimals, the link column holds a HYPERLINK formula).
import { findingKey, type Acceptance, type Finding, type Severity } from '../engine/findings';
import { renderMessage, tableLabel, type Locale } from '../engine/messages';

export type ReportValue = string | number;

export interface ReportSheetData {
  /** Row 1: the title, also how the writer recognises a report it wrote before. */
  title: string;
  /** Row 2: counts and time. */
  summary: string;
  /** Row 3. */
  header: string[];
  rows: ReportValue[][];
  /** Parallel to `rows`. */
  formats: string[][];
}

export const REPORT_TITLES: Record<Locale, string> = { 'zh-CN': '部门预算公开校验报告', en: 'Budget disclosure check report' };

const TEXT = '@';
const AMOUNT = '#,##0.00';

const LABELS = {
  'zh-CN': {
    header: ['级别', '表', '工作表', '单元格', '说明', '应为', '实为', '差额', '容差', '单位', '规则', '已接受', '接受理由', '接受人', '接受时间'],
    severity: { error: '错误', warning: '警告', info: '提示' } as Record<Severity, string>,
    yes: '是',
    no: '',
    summary: (e: number, w: number, i: number, a: number, at: string) => `错误 ${e}，警告 ${w}，提示 ${i}；已接受 ${a}。生成时间 ${at}`,
  },
  en: {
    header: ['Severity', 'Table', 'Sheet', 'Cell', 'Message', 'Expected', 'Actual', 'Difference', 'Tolerance', 'Unit', 'Rule', 'Accepted', 'Reason', 'Accepted by', 'Accepted at'],
    severity: { error: 'Error', warning: 'Warning', info: 'Note' } as Record<Severity, string>,
    yes: 'yes',
    no: '',
    summary: (e: number, w: number, i: number, a: number, at: string) => `${e} errors, ${w} warnings, ${i} notes; ${a} accepted. Written ${at}`,
  },
};

export const REPORT_COLUMN_WIDTHS = [6, 22, 16, 16, 60, 12, 12, 12, 8, 6, 24, 6, 30, 10, 18];
/** 0-based columns of the finding table. */
export const LINK_COLUMN = 3;

/** A formula string is text Excel would evaluate: quotes doubled inside. */
const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;

/** `=HYPERLINK("#'表5'!C20","'表5'!C20")`: clicking goes to the cell, in Excel and in the file. */
export function cellLink(address: string): string {
  return `=HYPERLINK(${quote(`#${address}`)},${quote(address)})`;
}

function param(v: unknown): [ReportValue, string] {
  if (typeof v === 'number' && Number.isFinite(v)) return [v, AMOUNT];
  if (v === undefined || v === null) return ['', TEXT];
  return [String(v), TEXT];
}

export function reportSheetData(findings: Finding[], acceptances: Acceptance[], locale: Locale = 'zh-CN', now = new Date()): ReportSheetData {
  const l = LABELS[locale];
  const accepted = new Map(acceptances.map((a) => [a.key, a]));
  const rows: ReportValue[][] = [];
  const formats: string[][] = [];
  const count = { error: 0, warning: 0, info: 0, accepted: 0 };
  for (const f of findings) {
    const a = accepted.get(findingKey(f));
    if (a) count.accepted++;
    else count[f.severity]++;
    const cells: [ReportValue, string][] = [
      [l.severity[f.severity], TEXT],
      [f.table ? tableLabel(f.table, locale) : '', TEXT],
      [f.sheet ?? f.cell?.sheet ?? '', TEXT],
      f.address ? [cellLink(f.address), 'General'] : [f.path.join(' / '), TEXT],
      [renderMessage(f, locale), TEXT],
      param(f.params.expected),
      param(f.params.actual),
      param(f.params.difference),
      param(f.params.tolerance),
      [f.params.unit ?? '', TEXT],
      [f.ruleId, TEXT],
      [a ? l.yes : l.no, TEXT],
      [a?.reason ?? '', TEXT],
      [a?.by ?? '', TEXT],
      [a?.at ?? '', TEXT],
    ];
    rows.push(cells.map((c) => c[0]));
    formats.push(cells.map((c) => c[1]));
  }
  const pad = (n: number) => String(n).padStart(2, '0');
  const at = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())} ${pad(now.getHours())}:${pad(now.getMinutes())}`;
  return { title: REPORT_TITLES[locale], summary: l.summary(count.error, count.warning, count.info, count.accepted, at), header: l.header, rows, formats };
}
