// One project in the standard layout of 财政部 项目支出绩效目标表: header, funds, 年度目标, indicator grid.
import { fromFen } from '../money';
import type { Indicator, ProjectTargets } from './model';
import { BASE_FONT, LINE_POINTS, PlanBuilder, sheetName, wrappedHeight, type CellStyle, type SheetPlan } from './plan';
import { level2Label } from './taxonomy';

export const PROJECT_COLUMNS = ['一级指标', '二级指标', '三级指标', '指标性质', '运算符', '指标值', '度量单位'];
const WIDTHS = [12, 14, 34, 9, 7, 12, 9];
const LAST = WIDTHS.length - 1;
const span = (from: number, to: number) => WIDTHS.slice(from, to + 1).reduce((a, b) => a + b, 0);

export const STYLES: Record<string, CellStyle> = {
  title: { font: BASE_FONT, size: 16, bold: true, hAlign: 'center', vAlign: 'middle' },
  unit: { font: BASE_FONT, size: 10, hAlign: 'right', vAlign: 'middle' },
  label: { font: BASE_FONT, size: 11, bold: true, hAlign: 'center', vAlign: 'middle', wrap: true, fill: 'F2F2F2' },
  text: { font: BASE_FONT, size: 11, hAlign: 'left', vAlign: 'middle', wrap: true },
  center: { font: BASE_FONT, size: 11, hAlign: 'center', vAlign: 'middle', wrap: true },
  money: { font: BASE_FONT, size: 11, hAlign: 'right', vAlign: 'middle', numFmt: '#,##0.00' },
  number: { font: BASE_FONT, size: 11, hAlign: 'center', vAlign: 'middle', numFmt: 'General' },
  note: { font: BASE_FONT, size: 9, italic: true, hAlign: 'left', vAlign: 'top', wrap: true },
};

const wan = (fen: number | undefined) => (fen === undefined ? null : fromFen(fen, '万元'));

/** Excel keeps 15 significant digits: longer decimals stay text so nothing is rounded away. */
function valueCell(i: Indicator): string | number | null {
  if (i.nature === '定性') return i.text;
  if (i.value === null) return null;
  const n = Number(i.value);
  return String(n) === i.value ? n : i.value;
}

function fundsBlock(b: PlanBuilder, p: ProjectTargets, top: number): number {
  const f = p.funds;
  const stated = [f.fiscal, f.carryover, f.other].reduce<number>((s, v) => s + (v ?? 0), 0);
  const unstated = f.total !== undefined && stated < f.total ? f.total - stated : undefined;
  const fiscalLabel = f.fiscalUpper ? `其中：财政拨款（含上级补助 ${wan(f.fiscalUpper)!.toFixed(2)}）` : '其中：财政拨款';
  const rows: [string, number | null][] = [
    ['年度资金总额', wan(f.total)],
    [fiscalLabel, wan(f.fiscal)],
    ['上年结转', wan(f.carryover)],
    ['其他资金', wan(f.other)],
  ];
  // The gap the source left is shown, not assigned to a source: the form then visibly adds up.
  if (unstated !== undefined) rows.push(['来源未说明', wan(unstated)]);
  b.put(top, 0, '项目资金\n（万元）', 'label', { bottom: top + rows.length - 1 });
  rows.forEach(([label, value], k) => {
    b.put(top + k, 1, label, 'label', { right: 2 });
    b.put(top + k, 3, value, 'money', { right: LAST });
  });
  return top + rows.length;
}

function indicatorGrid(b: PlanBuilder, indicators: Indicator[], top: number): number {
  PROJECT_COLUMNS.forEach((h, c) => b.put(top, c, h, 'label'));
  const first = top + 1;
  indicators.forEach((i, k) => {
    const row = first + k;
    b.put(row, 2, i.level3, 'text');
    b.put(row, 3, i.nature, 'center');
    b.put(row, 4, i.nature === '定量' ? i.operator : null, 'center');
    b.put(row, 5, valueCell(i), i.nature === '定量' ? 'number' : 'center');
    b.put(row, 6, i.nature === '定量' ? i.unit : null, 'center');
    b.height(row, Math.max(wrappedHeight(i.level3, WIDTHS[2]), wrappedHeight(i.text ?? '', WIDTHS[5])));
  });
  // 一级 and 二级 merged over their runs of rows, as the standard form prints them.
  const runs = (key: (i: Indicator) => string) => {
    const out: [number, number][] = [];
    indicators.forEach((i, k) => (k > 0 && key(indicators[k - 1]) === key(i) ? (out[out.length - 1][1] = k) : out.push([k, k])));
    return out;
  };
  for (const [from, to] of runs((i) => i.level1)) mergedRun(b, first + from, first + to, 0, indicators[from].level1);
  for (const [from, to] of runs((i) => `${i.level1}\u0000${i.level2}`)) mergedRun(b, first + from, first + to, 1, level2Label(indicators[from].level2));
  return first + indicators.length;
}

/** A merged 一级/二级 cell over its rows; its rows grow when the label needs more lines than they give. */
function mergedRun(b: PlanBuilder, top: number, bottom: number, col: number, label: string): void {
  b.put(top, col, label, 'center', { bottom });
  let have = 0;
  for (let r = top; r <= bottom; r++) have += b.rowHeights[r] ?? LINE_POINTS + 4;
  const need = wrappedHeight(label, WIDTHS[col]);
  if (need > have) b.height(bottom, (b.rowHeights[bottom] ?? LINE_POINTS + 4) + need - have);
}

export function projectPlan(p: ProjectTargets, index: number, year: number | undefined): SheetPlan {
  const b = new PlanBuilder();
  b.put(0, 0, `项目支出绩效目标表（${year ?? p.year ?? ''} 年度）`.replace('（ 年度）', ''), 'title', { right: LAST }).height(0, 30);
  b.put(1, 0, '金额单位：万元', 'unit', { right: LAST });
  b.put(2, 0, '项目名称', 'label').put(2, 1, p.name, 'text', { right: LAST });
  b.put(3, 0, '主管部门', 'label').put(3, 1, p.department ?? null, 'text', { right: 2 });
  b.put(3, 3, '实施单位', 'label', { right: 4 }).put(3, 5, p.implementer ?? null, 'text', { right: LAST });
  const goalRow = fundsBlock(b, p, 4);
  b.put(goalRow, 0, '年度目标', 'label').put(goalRow, 1, p.goal, 'text', { right: LAST });
  b.height(goalRow, Math.max(wrappedHeight(p.goal, span(1, LAST)), 36));
  const end = indicatorGrid(b, p.indicators, goalRow + 1);
  b.borders.push({ top: 2, left: 0, bottom: end - 1, right: LAST });
  const notes = [
    p.indicators.some((i) => i.operatorImplied) ? '运算符“＝”表示原文只写了数值（如“100%”）' : '',
    b.cells.some((c) => c.value === '来源未说明') ? '“来源未说明”为年度资金总额中未写明资金来源的部分' : '',
  ].filter(Boolean);
  // A blank row keeps the note out of the grid, so a reader of this sheet stops at the grid's end.
  const last = notes.length ? end + 1 : end - 1;
  if (notes.length) {
    const note = `注：${notes.join('；')}。`;
    b.put(end + 1, 0, note, 'note', { right: LAST }).height(end + 1, Math.ceil(wrappedHeight(note, span(0, LAST)) * (9 / 11)));
  }
  return {
    key: `project:${p.name}`,
    name: sheetName(`目标表${index + 1} ${p.name}`),
    kind: 'project',
    styles: STYLES,
    cells: b.cells,
    merges: b.merges,
    borders: b.borders,
    colWidths: WIDTHS,
    rowHeights: b.rowHeights,
    printArea: { top: 0, left: 0, bottom: last, right: LAST },
    page: { paperSize: 'A4', orientation: 'portrait', fitToWidth: 1, fitToHeight: 0, margins: { left: 0.6, right: 0.6, top: 0.75, bottom: 0.75 } },
  };
}
