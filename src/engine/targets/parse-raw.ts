// Reads targets as departments print them: a heading per project, a budget sentence, 年度目标, then indicator rows.
import type { Finding } from '../findings';
import type { CellRef } from '../workbook';
import { parseBudgetSentence } from './budget';
import { targetFinding } from './finding';
import { Grid } from './grid';
import { fillDown, splitLineRow, toIndicator } from './indicators';
import type { Funds, ProjectTargets } from './model';
import { rejoinSplitRows, type RawRow } from './split-rows';
import { isLevel1Name } from './taxonomy';

const RULE = 'targets-parse';
const HEADING = /^[（(]\s*([一二三四五六七八九十百]+)\s*[)）]\s*(.+)$|^项目名称\s*[:：]\s*(.+)$/;
const TITLE = /绩效目标表|绩效目标申报表/;
const GOAL = /^(?:年度|总体|项目)?(?:绩效)?目标\s*[:：]\s*(.*)$/;

interface Columns {
  level1: number;
  level2: number;
  name: number;
  value: number;
}

interface Block {
  name: string;
  ordinal?: string;
  nameCell: CellRef;
  year?: number;
  budget: { text: string; cell: CellRef }[];
  goal: { text: string; cell: CellRef }[];
  header?: { cell: CellRef; columns?: Columns };
  rows: RawRow[];
  mode: 'intro' | 'goal' | 'table' | 'after';
}

/** A header row: 一级指标 … 指标值, as separate cells or printed into one. */
function headerColumns(grid: Grid, row: number): Columns | 'line' | undefined {
  const cells = grid.cells(row);
  const find = (re: RegExp) => cells.find((c) => re.test(c.text.replace(/\s+/g, '')))?.col;
  const level1 = find(/^一级指标$/);
  const value = find(/^(指标值|目标值|指标值及单位)$/);
  if (level1 !== undefined && value !== undefined) {
    const level2 = find(/^二级指标$/) ?? level1 + 1;
    return { level1, level2, name: find(/^(三级指标|指标名称|指标内容)$/) ?? level2 + 1, value };
  }
  if (cells.length === 1 && /一级指标.*二级指标.*指标值/.test(cells[0].text)) return 'line';
  return undefined;
}

function ref(grid: Grid, row: number, col: number): CellRef {
  return { sheet: grid.name, ...grid.origin(row, col) };
}

function tableRow(grid: Grid, row: number, cols: Columns | undefined): RawRow | 'blank' | undefined {
  const cells = grid.cells(row);
  if (!cells.length) return 'blank';
  const nameCell = (col: number): CellRef => ({ sheet: grid.name, row, col });
  if (cells.length === 1 && (!cols || cells[0].col === cols.level1)) {
    const split = splitLineRow(cells[0].text);
    if (split) return { row, ...split, cells: { level1: nameCell(cells[0].col), name: nameCell(cells[0].col), value: nameCell(cells[0].col) } };
  }
  if (!cols) return undefined;
  const t = { level1: grid.text(row, cols.level1), level2: grid.text(row, cols.level2), name: grid.text(row, cols.name), value: grid.text(row, cols.value) };
  const filled = Object.values(t).filter(Boolean).length;
  const isIndicator = (t.level1 && isLevel1Name(t.level1)) || (!t.level1 && (t.name || t.value)) || filled >= 3;
  if (!isIndicator) return undefined;
  return {
    row,
    ...t,
    cells: {
      level1: t.level1 ? ref(grid, row, cols.level1) : undefined,
      level2: t.level2 ? ref(grid, row, cols.level2) : undefined,
      name: nameCell(cols.name),
      value: t.value ? ref(grid, row, cols.value) : undefined,
    },
  };
}

export function parseRawTargets(grid: Grid): { projects: ProjectTargets[]; findings: Finding[] } {
  const blocks: Block[] = [];
  const findings: Finding[] = [];
  let cur: Block | undefined;
  for (let row = 0; row < grid.rowCount; row++) {
    const line = grid.line(row);
    const first = grid.cells(row)[0];
    const heading = HEADING.exec(line);
    if (heading && first && (!cur || cur.mode !== 'table' || !isLevel1Name(first.text))) {
      cur = { name: (heading[2] ?? heading[3]).trim(), ordinal: heading[1] ? `(${heading[1]})` : undefined, nameCell: { sheet: grid.name, row, col: first.col }, budget: [], goal: [], rows: [], mode: 'intro' };
      blocks.push(cur);
      continue;
    }
    const header = line ? headerColumns(grid, row) : undefined;
    if (header) {
      if (!cur) {
        cur = { name: grid.name, nameCell: { sheet: grid.name, row, col: 0 }, budget: [], goal: [], rows: [], mode: 'intro' };
        blocks.push(cur);
        findings.push(targetFinding(RULE, 'targets-project-name-missing', 'warning', cur.nameCell, [grid.name]));
      }
      cur.header = { cell: { sheet: grid.name, row, col: first.col }, columns: header === 'line' ? undefined : header };
      cur.mode = 'table';
      continue;
    }
    if (!cur || !line) continue;
    if (cur.mode === 'table') {
      const r = tableRow(grid, row, cur.header?.columns);
      if (r === 'blank') continue;
      if (r) {
        cur.rows.push(r);
        continue;
      }
      cur.mode = 'after';
    }
    if (cur.mode === 'after') continue;
    readIntroLine(cur, line, { sheet: grid.name, row, col: first.col });
  }
  const projects = blocks.map((b) => toProject(b, findings));
  return { projects, findings };
}

function readIntroLine(cur: Block, line: string, cell: CellRef): void {
  const goal = GOAL.exec(line);
  if (TITLE.test(line) && !goal) {
    const year = /(\d{4})\s*年/.exec(line);
    if (year) cur.year = Number(year[1]);
  } else if (goal) {
    cur.mode = 'goal';
    cur.goal.push({ text: goal[1], cell });
  } else if (cur.mode === 'goal') {
    cur.goal.push({ text: line, cell });
  } else {
    cur.budget.push({ text: line, cell });
  }
}

function toProject(b: Block, findings: Finding[]): ProjectTargets {
  const path = [b.nameCell.sheet, b.name];
  if (!b.header) findings.push(targetFinding(RULE, 'targets-indicators-missing', 'error', b.nameCell, path, { project: b.name }));
  const joined = rejoinSplitRows(b.rows, path);
  findings.push(...joined.findings);
  const sentence = b.budget.map((l) => l.text).join('');
  const read = parseBudgetSentence(sentence);
  const budgetCell = b.budget[0]?.cell;
  for (const label of read.unknownSources) {
    findings.push(targetFinding(RULE, 'targets-funds-source-unknown', 'warning', budgetCell, path, { project: b.name, source: label }));
  }
  const at = (v: number | undefined) => (v !== undefined ? budgetCell : undefined);
  const funds: Funds = {
    total: read.total,
    fiscal: read.fiscal,
    fiscalUpper: read.fiscalUpper,
    carryover: read.carryover,
    other: read.other,
    sentence: sentence || undefined,
    cells: { total: at(read.total), fiscal: at(read.fiscal), carryover: at(read.carryover), other: at(read.other) },
  };
  const yearInSentence = /(\d{4})\s*年/.exec(sentence);
  return {
    name: b.name,
    ordinal: b.ordinal,
    year: b.year ?? (yearInSentence ? Number(yearInSentence[1]) : undefined),
    funds,
    goal: b.goal.map((g) => g.text.trim()).join(''),
    indicators: fillDown(joined.rows).map(toIndicator),
    cells: { name: b.nameCell, goal: b.goal[0]?.cell, header: b.header?.cell },
    layout: 'raw',
  };
}

