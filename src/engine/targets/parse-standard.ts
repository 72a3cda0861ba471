// Reads one project from a sheet in the standard layout of 财政部 项目支出绩效目标表 (as the writer produces it).
import type { Finding } from '../findings';
import type { CellRef } from '../workbook';
import { amountToFen } from './budget';
import { fenOf, formKey, moneyUnit, type FormKey } from './form-columns';
import type { Grid } from './grid';
import { fillDown, toIndicator } from './indicators';
import type { Funds, ProjectTargets } from './model';
import { rejoinSplitRows, type RawRow } from './split-rows';

/** Labels of the header and funds blocks; each value sits in the next cell to the right. */
const LABELS: [RegExp, 'name' | 'department' | 'implementer' | 'total' | 'fiscal' | 'carryover' | 'other' | 'goal'][] = [
  [/^项目名称[:：]?$/, 'name'],
  [/^主管部门[:：]?$/, 'department'],
  [/^实施单位[:：]?$/, 'implementer'],
  [/^(年度资金总额|资金总额)[:：]?$/, 'total'],
  [/^(其中[:：])?财政拨款([(（][^)）]*[)）])?[:：]?$/, 'fiscal'],
  [/^上年结转[:：]?$/, 'carryover'],
  [/^其他资金[:：]?$/, 'other'],
  [/^(年度目标|年度绩效目标|总体目标)[:：]?$/, 'goal'],
];

export function isStandardLayout(grid: Grid, limit = 40): boolean {
  for (let row = 0; row < Math.min(grid.rowCount, limit); row++) {
    const cells = grid.cells(row);
    if (cells.some((c) => /^项目名称[:：]?$/.test(c.text)) && !cells.some((c) => formKey(c.text) === 'level1')) return true;
  }
  return false;
}

interface Found {
  text: string;
  cell: CellRef;
  label: string;
}

export function parseStandardTargets(grid: Grid): { projects: ProjectTargets[]; findings: Finding[] } {
  const found: Partial<Record<(typeof LABELS)[number][1], Found>> = {};
  let unitText = '';
  let year: number | undefined;
  let gridHeader: number | undefined;
  for (let row = 0; row < grid.rowCount && gridHeader === undefined; row++) {
    const cells = grid.cells(row);
    for (const c of cells) {
      if (/绩效目标表/.test(c.text) && /(\d{4})\s*年/.test(c.text)) year = Number(/(\d{4})\s*年/.exec(c.text)![1]);
      if (/单位[:：]|[(（]万?元[)）]/.test(c.text)) unitText ||= c.text;
      const key = LABELS.find(([re]) => re.test(c.text.replace(/\s+/g, '')))?.[1];
      if (!key || found[key]) continue;
      const m = grid.mergeAt(row, c.col);
      const col = (m ? m.right : c.col) + 1;
      found[key] = { text: grid.text(row, col), cell: { sheet: grid.name, ...grid.origin(row, col) }, label: c.text };
    }
    if (cells.some((c) => formKey(c.text) === 'level1') && cells.some((c) => formKey(c.text) === 'value')) gridHeader = row;
  }
  const name = found.name;
  if (!name || gridHeader === undefined) return { projects: [], findings: [] };
  const rows = gridRows(grid, gridHeader);
  const joined = rejoinSplitRows(rows, [grid.name, name.text]);
  const funds: Funds = { cells: {} };
  for (const key of ['total', 'fiscal', 'carryover', 'other'] as const) {
    const f = found[key];
    const fen = f ? fenOf(grid.value(f.cell.row, f.cell.col), moneyUnit(unitText || f.label)) : undefined;
    if (f && fen !== undefined) {
      funds[key] = fen;
      funds.cells[key] = f.cell;
    }
  }
  // "其中：财政拨款（含上级补助 230.00）": the writer's way of keeping 上级补助 visible.
  const upper = /上级补助\s*([\d,]+(?:\.\d+)?)/.exec(found.fiscal?.label ?? '');
  if (upper && funds.fiscal !== undefined) funds.fiscalUpper = amountToFen(upper[1], moneyUnit(unitText));
  const project: ProjectTargets = {
    name: name.text,
    year,
    department: found.department?.text || undefined,
    implementer: found.implementer?.text || undefined,
    funds,
    goal: found.goal?.text ?? '',
    indicators: fillDown(joined.rows).map(toIndicator),
    cells: { name: name.cell, goal: found.goal?.cell, header: { sheet: grid.name, row: gridHeader, col: 0 } },
    layout: 'standard',
  };
  return { projects: [project], findings: joined.findings };
}

function gridRows(grid: Grid, headerRow: number): RawRow[] {
  const cols: Partial<Record<FormKey, number>> = {};
  for (const c of grid.cells(headerRow)) {
    const key = formKey(c.text);
    if (key && cols[key] === undefined) cols[key] = c.col;
  }
  const text = (row: number, key: FormKey) => (cols[key] === undefined ? '' : grid.text(row, cols[key]!));
  const at = (row: number, key: FormKey): CellRef | undefined =>
    cols[key] === undefined ? undefined : { sheet: grid.name, ...grid.origin(row, cols[key]!) };
  const rows: RawRow[] = [];
  for (let row = headerRow + 1; row < grid.rowCount; row++) {
    const t = { level1: text(row, 'level1'), level2: text(row, 'level2'), name: text(row, 'level3'), value: text(row, 'value') };
    // The grid ends at the first row with neither a name nor a value (a note or the end of the sheet).
    if (!t.name && !t.value) break;
    rows.push({
      row,
      ...t,
      operator: text(row, 'operator') || undefined,
      unit: text(row, 'unit') || undefined,
      nature: text(row, 'nature') || undefined,
      cells: { level1: at(row, 'level1'), level2: at(row, 'level2'), name: { sheet: grid.name, row, col: cols.level3 ?? 0 }, value: at(row, 'value') },
    });
  }
  return rows;
}
