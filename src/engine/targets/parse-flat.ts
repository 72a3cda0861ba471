// Reads targets kept as a flat form: one indicator per row, the project's name and funds merged down its rows.
import type { Finding } from '../findings';
import type { CellRef } from '../workbook';
import { fenOf, formKey, moneyUnit, type FormKey } from './form-columns';
import type { Grid } from './grid';
import { fillDown, toIndicator } from './indicators';
import type { Funds, ProjectTargets } from './model';
import { rejoinSplitRows, type RawRow } from './split-rows';

interface Header {
  firstDataRow: number;
  cols: Partial<Record<FormKey, number>>;
  labels: Partial<Record<FormKey, string>>;
}

/** The header row holds both 项目名称 and 一级指标; a second row below may carry sub-headers (财政拨款 under 项目资金). */
export function findFlatHeader(grid: Grid, limit = 60): Header | undefined {
  for (let row = 0; row < Math.min(grid.rowCount, limit); row++) {
    const keys = grid.cells(row).map((c) => formKey(c.text));
    if (!keys.includes('name') || !keys.includes('level1')) continue;
    const below = grid.cells(row + 1).filter((c) => formKey(c.text) && grid.origin(row + 1, c.col).row === row + 1);
    const rows = below.length ? [row, row + 1] : [row];
    const cols: Header['cols'] = {};
    const labels: Header['labels'] = {};
    const width = Math.max(...rows.map((r) => grid.sheet.values[r]?.length ?? 0));
    for (let col = 0; col < width; col++) {
      const label = [...new Set(rows.map((r) => grid.text(r, col)).filter(Boolean))].join('/');
      const key = formKey(rows.length > 1 ? label.split('/').pop()! : label) ?? formKey(label);
      if (key && cols[key] === undefined) {
        cols[key] = col;
        labels[key] = label;
      }
    }
    return { firstDataRow: row + rows.length, cols, labels };
  }
  return undefined;
}

interface Block {
  key: string;
  nameCell: CellRef;
  firstRow: number;
  rows: RawRow[];
}

export function parseFlatTargets(grid: Grid, header: Header): { projects: ProjectTargets[]; findings: Finding[] } {
  const { cols } = header;
  const text = (row: number, key: FormKey) => (cols[key] === undefined ? '' : grid.text(row, cols[key]!));
  const at = (row: number, key: FormKey): CellRef | undefined =>
    cols[key] === undefined ? undefined : { sheet: grid.name, ...grid.origin(row, cols[key]!) };
  const blocks: Block[] = [];
  for (let row = header.firstDataRow; row < grid.rowCount; row++) {
    const level3 = text(row, 'level3');
    const value = text(row, 'value');
    if (!level3 && !value && !text(row, 'level1')) continue;
    const nameCell = at(row, 'name');
    const key = nameCell && text(row, 'name') ? `${nameCell.row}:${text(row, 'name')}` : blocks[blocks.length - 1]?.key;
    if (!key) continue;
    if (blocks[blocks.length - 1]?.key !== key) blocks.push({ key, nameCell: nameCell!, firstRow: row, rows: [] });
    blocks[blocks.length - 1].rows.push({
      row,
      level1: text(row, 'level1'),
      level2: text(row, 'level2'),
      name: level3,
      value,
      operator: text(row, 'operator') || undefined,
      unit: text(row, 'unit') || undefined,
      nature: text(row, 'nature') || undefined,
      cells: { level1: at(row, 'level1'), level2: at(row, 'level2'), name: { sheet: grid.name, row, col: cols.level3 ?? 0 }, value: at(row, 'value') },
    });
  }
  const findings: Finding[] = [];
  const projects = blocks.map((b) => {
    const name = text(b.firstRow, 'name');
    const joined = rejoinSplitRows(b.rows, [grid.name, name]);
    findings.push(...joined.findings);
    return {
      name,
      department: text(b.firstRow, 'department') || undefined,
      implementer: text(b.firstRow, 'implementer') || undefined,
      funds: flatFunds(grid, header, b.firstRow),
      goal: text(b.firstRow, 'goal'),
      indicators: fillDown(joined.rows).map(toIndicator),
      cells: { name: b.nameCell, goal: at(b.firstRow, 'goal') },
      layout: 'flat' as const,
    };
  });
  return { projects, findings };
}

function flatFunds(grid: Grid, header: Header, row: number): Funds {
  const funds: Funds = { cells: {} };
  for (const key of ['total', 'fiscal', 'carryover', 'other'] as const) {
    const col = header.cols[key];
    if (col === undefined) continue;
    const origin = grid.origin(row, col);
    const fen = fenOf(grid.value(row, col), moneyUnit(header.labels[key] ?? ''));
    if (fen === undefined) continue;
    funds[key] = fen;
    funds.cells[key] = { sheet: grid.name, ...origin };
  }
  return funds;
}
