// The summary sheet 绩效目标汇总: one row per project, the reconciliation to 项目支出, then the findings.
import type { Finding } from '../findings';
import { renderMessage } from '../messages';
import { fromFen } from '../money';
import type { Reconciliation } from './checks/budgets-within-project-spending';
import type { ProjectTargets } from './model';
import { BASE_FONT, PlanBuilder, textWidth, wrappedHeight, type CellStyle, type SheetPlan } from './plan';
import { STYLES as PROJECT_STYLES } from './layout-project';
import { PROFILES, type ProfileId } from './taxonomy';

export const SUMMARY_SHEET = '绩效目标汇总';

export interface SummaryInput {
  projects: ProjectTargets[];
  /** Final sheet name of each project's sheet, in project order. */
  sheetNames: string[];
  findings: Finding[];
  profile: ProfileId;
  reconciliation?: Reconciliation;
  /** Where 项目支出 was read, for the reader: "表1 部门收支总表 D13". */
  projectSpendingSource?: string;
  year?: number;
}

const STYLES: Record<string, CellStyle> = {
  ...PROJECT_STYLES,
  section: { font: BASE_FONT, size: 12, bold: true, hAlign: 'left', vAlign: 'middle' },
  link: { font: BASE_FONT, size: 11, hAlign: 'left', vAlign: 'middle', wrap: true },
  count: { font: BASE_FONT, size: 11, hAlign: 'center', vAlign: 'middle' },
};
const SEVERITY_WORD = { error: '错误', warning: '警告', info: '提示' } as const;
const wan = (fen: number | undefined) => (fen === undefined ? null : fromFen(fen, '万元'));
const unstated = (p: ProjectTargets) => {
  const stated = (p.funds.fiscal ?? 0) + (p.funds.carryover ?? 0) + (p.funds.other ?? 0);
  return p.funds.total !== undefined && stated < p.funds.total ? p.funds.total - stated : undefined;
};

function projectTable(b: PlanBuilder, input: SummaryInput, level1s: string[], top: number): number {
  const headers = ['序号', '项目名称', '工作表', '年度资金总额', '财政拨款', '上年结转', '其他资金', '来源未说明', ...level1s, '指标数', '错误', '警告'];
  headers.forEach((h, c) => b.put(top, c, h, 'label'));
  input.projects.forEach((p, k) => {
    const row = top + 1 + k;
    const mine = input.findings.filter((f) => f.path[1] === p.name && f.path[0] === p.cells.name.sheet);
    const values: (string | number | null)[] = [
      k + 1, p.name, input.sheetNames[k], wan(p.funds.total), wan(p.funds.fiscal), wan(p.funds.carryover), wan(p.funds.other), wan(unstated(p)),
      ...level1s.map((l) => p.indicators.filter((i) => i.level1 === l).length),
      p.indicators.length,
      mine.filter((f) => f.severity === 'error').length,
      mine.filter((f) => f.severity === 'warning').length,
    ];
    values.forEach((v, c) => b.put(row, c, v, c === 1 ? 'text' : c === 2 ? 'link' : c >= 3 && c <= 7 ? 'money' : 'count'));
    b.cells.find((c) => c.row === row && c.col === 2)!.link = input.sheetNames[k];
    b.height(row, wrappedHeight(p.name, 24));
  });
  const total = top + 1 + input.projects.length;
  b.put(total, 0, '合计', 'label', { right: 2 });
  for (const [c, key] of [[3, 'total'], [4, 'fiscal'], [5, 'carryover'], [6, 'other']] as const) {
    b.put(total, c, wan(input.projects.reduce((s, p) => s + (p.funds[key] ?? 0), 0)), 'money');
  }
  b.put(total, 7, wan(input.projects.reduce((s, p) => s + (unstated(p) ?? 0), 0)), 'money');
  for (let c = 8; c < headers.length; c++) {
    const sum = b.cells.filter((x) => x.col === c && x.row > top && x.row < total).reduce((s, x) => s + Number(x.value ?? 0), 0);
    b.put(total, c, sum, 'count');
  }
  b.borders.push({ top, left: 0, bottom: total, right: headers.length - 1 });
  return total + 1;
}

function reconciliationBlock(b: PlanBuilder, input: SummaryInput, top: number): number {
  b.put(top, 0, '与部门预算项目支出核对', 'section', { right: 7 });
  const r = input.reconciliation;
  if (!r) {
    b.put(top + 1, 0, '未读到表1/表3 的项目支出，未核对。', 'text', { right: 7 });
    return top + 2;
  }
  const rows: [string, number | null][] = [
    [`${input.projects.length} 个重点项目年度资金总额合计`, wan(r.projectsFen)],
    [`项目支出${input.projectSpendingSource ? `（${input.projectSpendingSource}）` : ''}`, wan(r.projectSpendingFen)],
    [r.remainderFen >= 0 ? '其他项目（项目支出 − 重点项目）' : '重点项目超出项目支出', wan(Math.abs(r.remainderFen))],
  ];
  rows.forEach(([label, value], k) => {
    b.put(top + 1 + k, 0, label, 'text', { right: 2 });
    b.put(top + 1 + k, 3, value, 'money');
  });
  b.borders.push({ top: top + 1, left: 0, bottom: top + rows.length, right: 3 });
  return top + 1 + rows.length;
}

function findingsBlock(b: PlanBuilder, input: SummaryInput, top: number, width: number, messageWidth: number): number {
  b.put(top, 0, `审核发现（${input.findings.length} 条）`, 'section', { right: 7 });
  ['级别', '项目', '位置'].forEach((h, c) => b.put(top + 1, c, h, 'label'));
  b.put(top + 1, 3, '说明', 'label', { right: width - 1 });
  input.findings.forEach((f, k) => {
    const row = top + 2 + k;
    const text = renderMessage(f, 'zh-CN');
    b.put(row, 0, SEVERITY_WORD[f.severity], 'count');
    b.put(row, 1, String(f.path[1] ?? ''), 'text');
    b.put(row, 2, f.address ?? null, 'text');
    b.put(row, 3, text, 'text', { right: width - 1 });
    b.height(row, Math.max(wrappedHeight(text, messageWidth), wrappedHeight(String(f.path[1] ?? ''), 24)));
  });
  b.borders.push({ top: top + 1, left: 0, bottom: top + 1 + input.findings.length, right: width - 1 });
  return top + 2 + input.findings.length;
}

export function summaryPlan(input: SummaryInput): SheetPlan {
  const profileLevels = PROFILES[input.profile].levels.map((l) => l.level1);
  const extra = [...new Set(input.projects.flatMap((p) => p.indicators.map((i) => i.level1)))].filter((l) => !profileLevels.includes(l));
  const level1s = [...profileLevels, ...extra];
  const width = 8 + level1s.length + 3;
  // Links do not wrap in every viewer (LibreOffice prints them on one line): the sheet column fits its names.
  const linkWidth = Math.min(50, Math.max(12, Math.ceil(Math.max(0, ...input.sheetNames.map(textWidth))) + 2));
  const colWidths = [6, 24, linkWidth, 12, 12, 10, 10, 10, ...level1s.map(() => 9), 8, 6, 6];
  const b = new PlanBuilder();
  const year = input.year ?? input.projects.find((p) => p.year)?.year;
  b.put(0, 0, `绩效目标汇总${year ? `（${year} 年度）` : ''}`, 'title', { right: width - 1 }).height(0, 30);
  b.put(1, 0, `指标体系：${PROFILES[input.profile].label}　　金额单位：万元`, 'unit', { right: width - 1 });
  let row = projectTable(b, input, level1s, 2);
  row = reconciliationBlock(b, input, row + 1);
  row = findingsBlock(b, input, row + 1, width, colWidths.slice(3).reduce((a, w) => a + w, 0));
  return {
    key: 'summary',
    name: SUMMARY_SHEET,
    kind: 'summary',
    styles: STYLES,
    cells: b.cells,
    merges: b.merges,
    borders: b.borders,
    colWidths,
    rowHeights: b.rowHeights,
    printArea: { top: 0, left: 0, bottom: row - 1, right: width - 1 },
    page: { paperSize: 'A4', orientation: 'landscape', fitToWidth: 1, fitToHeight: 0, margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6 } },
  };
}
