// 表内 across each row: 合计 = 基本 + 项目 + the other spending columns, 基本 = 人员 + 公用, 项目 = its kinds; 表2's 合计 = its income sources.
import { TABLE_KINDS, TABLE_NUMBER, TABLE_SHAPE, type CodeRow, type ColumnKey, type Table } from '../tables/model';
import type { Reporter, Rule } from './rule';
import { cellFinding, differenceIn, presentTables, tablePaths, type Difference, type TablePaths } from './sum-helpers';
import type { Unit } from '../money';
import type { FindingParams } from '../findings';
import { rowOperands } from '../workbook';

const ID = 'row-cross-footing';
const CODE_TABLES = TABLE_KINDS.filter((k) => TABLE_SHAPE[k] === 'codes');

const BASIC_PARTS: ColumnKey[] = ['personnel', 'publicStd'];
const PROJECT_PARTS: ColumnKey[] = ['projectRegular', 'projectOneOff', 'projectMultiYear'];
const OTHER_SPENDING: ColumnKey[] = ['contingency', 'operating', 'subsidiary', 'remitUpper'];
const INCOME_SOURCES: ColumnKey[] = [
  'generalGrant', 'fundGrant', 'socialGrant', 'capitalGrant', 'specialNonTax', 'businessIncome',
  'operatingIncome', 'subsidiaryIncome', 'transferIncome', 'otherIncome', 'borrowing', 'carryover',
];

export const rowCrossFooting: Rule = {
  id: ID,
  description: '代码表每行：合计等于基本支出、项目支出及其他各列之和，基本支出等于人员经费加公用经费，项目支出等于各类项目之和；收入表合计等于各收入来源之和',
  severity: 'error',
  check(ctx, report) {
    for (const table of presentTables(ctx.tables, CODE_TABLES, report)) {
      const plan = planFor(table);
      for (const columns of plan.missing) report.skip('column-not-found', { table: TABLE_NUMBER[table.kind], columns }, true);
      // Indexed: for...of allocates per element until V8 optimises the loop (300,000 rows).
      const rows = table.rows;
      const paths = tablePaths(table);
      for (let i = 0; i < rows.length; i++) for (let k = 0; k < plan.formulas.length; k++) checkRow(table, rows[i], plan.formulas[k], paths, report);
    }
  },
};

interface Formula {
  stated: ColumnKey;
  parts: ColumnKey[];
  /** Where the columns sit in the table's AmountGrid and on the sheet, looked up once per table. */
  statedSlot: number;
  statedCol: number;
  partSlots: number[];
  partCols: number[];
}

interface Plan {
  formulas: Formula[];
  /** Columns a formula needs but the table lacks, one list per formula that cannot run. */
  missing: ColumnKey[][];
}

/** A subtotal column, or all of its parts when the subtotal is absent; 'absent' when neither is there. */
type Group = { columns: ColumnKey[] } | { missing: ColumnKey[] } | 'absent';

function group(has: (k: ColumnKey) => boolean, whole: ColumnKey, parts: ColumnKey[]): Group {
  if (has(whole)) return { columns: [whole] };
  const present = parts.filter(has);
  if (!present.length) return 'absent';
  // Only some parts: adding them would silently leave out the unread ones.
  return present.length === parts.length ? { columns: parts } : { missing: parts.filter((k) => !has(k)) };
}

function planFor(table: Table): Plan {
  const keys = new Set(table.columns.map((c) => c.key));
  const has = (k: ColumnKey) => keys.has(k);
  const plan: Plan = { formulas: [], missing: [] };
  const grid = table.amounts;
  const formula = (stated: ColumnKey, parts: ColumnKey[]): Formula => {
    const partSlots = parts.map((k) => grid.slot(k));
    const statedSlot = grid.slot(stated);
    return { stated, parts, statedSlot, statedCol: grid.col(statedSlot), partSlots, partCols: partSlots.map((s) => grid.col(s)) };
  };
  const add = (stated: ColumnKey, parts: ColumnKey[] | { missing: ColumnKey[] }) =>
    Array.isArray(parts) ? plan.formulas.push(formula(stated, parts)) : plan.missing.push(parts.missing);

  if (table.kind === 'income') {
    const sources = INCOME_SOURCES.filter(has);
    if (!has('total')) add('total', { missing: ['total'] });
    else add('total', sources.length ? sources : { missing: INCOME_SOURCES });
    return plan;
  }
  const basic = group(has, 'basic', BASIC_PARTS);
  const project = group(has, 'project', PROJECT_PARTS);
  const others = OTHER_SPENDING.filter(has);
  if (has('basic')) add('basic', BASIC_PARTS.every(has) ? BASIC_PARTS : { missing: BASIC_PARTS.filter((k) => !has(k)) });
  if (has('project') && PROJECT_PARTS.some(has)) add('project', PROJECT_PARTS.every(has) ? PROJECT_PARTS : { missing: PROJECT_PARTS.filter((k) => !has(k)) });

  // 表6 printed with a single 合计 column has nothing to add across.
  if (basic === 'absent' && project === 'absent' && !others.length) return plan;
  if (!has('total')) {
    add('total', { missing: ['total'] });
    return plan;
  }
  const missing: ColumnKey[] = [];
  const columns: ColumnKey[] = [];
  for (const [g, name] of [[basic, 'basic'], [project, 'project']] as const) {
    if (g === 'absent') {
      // 表6 is all basic spending; every other code table has both 基本 and 项目 columns.
      if (!(table.kind === 'basic' && name === 'project')) missing.push(name);
    } else if ('missing' in g) missing.push(...g.missing);
    else columns.push(...g.columns);
  }
  add('total', missing.length ? { missing } : [...columns, ...others]);
  return plan;
}

/** A finding's params, made by a constructor for the reason sum-helpers gives, keys in their usual order. */
class RowSumParams implements FindingParams {
  [key: string]: unknown;
  row: string;
  column: ColumnKey;
  parts: ColumnKey[];
  expected: number;
  actual: number;
  difference: number;
  tolerance: number;
  unit: Unit;
  operands: string[];

  constructor(row: string, f: Formula, d: Difference, unit: Unit, operands: string[]) {
    this.row = row;
    this.column = f.stated;
    this.parts = f.parts;
    this.expected = d.expected;
    this.actual = d.actual;
    this.difference = d.difference;
    this.tolerance = d.tolerance;
    this.unit = unit;
    this.operands = operands;
  }
}

function checkRow(table: Table, row: CodeRow, f: Formula, paths: TablePaths, report: Reporter): void {
  const grid = table.amounts;
  const i = row.index;
  let fen = 0;
  let written = 0;
  for (let k = 0; k < f.partSlots.length; k++) {
    const slot = f.partSlots[k];
    fen += grid.fen(slot, i);
    if (!grid.isBlank(slot, i)) written++;
  }
  const d = differenceIn(table, fen, grid.fen(f.statedSlot, i), written);
  if (!d) return;
  const key = row.kind === 'total' ? '合计' : (row.code ?? row.name);
  const operands = rowOperands(table.sheet, row.row, f.partCols);
  const params = new RowSumParams(key, f, d, table.unit, operands);
  report(cellFinding(ID, d, table, row.row, f.statedCol, paths.of(key, f.stated), params));
}
