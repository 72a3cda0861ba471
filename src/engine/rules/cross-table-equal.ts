// Across tables (表间): the same money must show the same amount wherever it appears (e.g. 表3 合计 = 表1 支出总计).
import { ITEM_KEYS } from '../tables/items';
import { TABLE_NUMBER, tableStep, type Amount, type CodeRow, type Table, type TableKind, type Tables } from '../tables/model';
import { operandAddresses, type CellRef } from '../workbook';
import type { Reporter, Rule } from './rule';
import { reportComparison } from './sum-helpers';
import { memoByTable } from '../tables/memo';
import { classRow, codeIndex, type ClassRow, type CodeIndex } from '../catalog/code-tables';
import { COLUMN_LABELS, EQUALITIES, type Condition, type Equality, type Operand } from './cross-table-equalities';

/** Where a code-table amount came from when the table has no 合计 row (or lacks the code's row). */
export type Basis = 'class-rows' | 'unit-rows' | 'no-rows' | 'child-rows';

export interface Side {
  fen: number;
  /** Written (non-blank) cells: the n of the rounding bound. */
  nonBlank: number;
  cells: CellRef[];
  tables: Table[];
  label: string;
  basis?: Basis;
}

type Skip = { skip: 'table-missing' | 'column-not-found' | 'code-system-unsupported'; params: Record<string, unknown> };
type Value = Side & { path: string[] };

const isSkip = (v: object): v is Skip => 'skip' in v;

function fromAmounts(amounts: (Amount | undefined)[]): Pick<Side, 'fen' | 'nonBlank' | 'cells'> {
  const present = amounts.filter((a): a is Amount => a !== undefined);
  return {
    fen: present.reduce((s, a) => s + a.fen, 0),
    nonBlank: present.filter((a) => !a.blank).length,
    cells: present.map((a) => a.cell),
  };
}

const COUNTED = Symbol('countedRows');

/**
 * The code rows that add up to the table's money, grouped by code. They are one stretch of the
 * table's code index: all of it, or the one aggregating block (see countedRows).
 */
export interface CountedRows {
  index: CodeIndex;
  /** The counted rows are the index's rows from up to (not including) to. */
  from: number;
  to: number;
  /** Code ids among the counted rows, in order of first appearance. */
  order: number[];
  /** Rows of code id, as the index's row numbers in table order: members[start[id]] up to members[start[id + 1]]. */
  start: Int32Array;
  members: Int32Array;
}

/**
 * The code rows that add up to the table's money. A table of several units repeats the codes under
 * each unit row (单位编码), so a code's amount is the sum over the blocks. When the department (or the
 * part before any unit row) carries its own block repeating every code of the units' blocks, that
 * block already is their sum and is the only one counted.
 */
export function countedRows(t: Table): CountedRows {
  // Built once per run and shared (codes-covered-by-expenditure reads it too): do not mutate.
  return memoByTable(t, COUNTED, buildCounted);
}

/** The counted rows of one code, in table order (none when the code is not counted). */
export function rowsOfCode(c: CountedRows, id: number): ClassRow[] {
  const out: ClassRow[] = [];
  for (let j = c.start[id]; j < c.start[id + 1]; j++) out.push(classRow(c.index, c.members[j]));
  return out;
}

/** The code id of `code` when the table counts rows of it, else −1. */
export function countedId(c: CountedRows, code: string): number {
  const id = c.index.idOf.get(code);
  return id !== undefined && c.start[id + 1] > c.start[id] ? id : -1;
}

/** The block that aggregates all the others: above each of them (by 单位编码) and listing every code of each; −1 when none. */
function aggregateBlock(index: CodeIndex): number {
  const { ids, blockStart, blockUnit } = index;
  const blocks = blockStart.length - 1;
  const above = (b: number, o: number) => {
    const ub = blockUnit[b];
    const uo = blockUnit[o];
    return ub === undefined || (uo !== undefined && uo !== ub && uo.startsWith(ub));
  };
  // listed[id] === b + 1: block b lists the code. Stamped once per candidate block, so a department
  // block over 1,000 unit blocks is not a quadratic scan.
  const listed = new Int32Array(index.codes.length);
  for (let b = 0; b < blocks; b++) {
    let stamped = false;
    let aggregates = true;
    for (let o = 0; o < blocks && aggregates; o++) {
      if (o === b) continue;
      if (!above(b, o)) {
        aggregates = false;
        break;
      }
      if (!stamped) {
        for (let i = blockStart[b]; i < blockStart[b + 1]; i++) listed[ids[i]] = b + 1;
        stamped = true;
      }
      for (let i = blockStart[o]; i < blockStart[o + 1] && aggregates; i++) aggregates = listed[ids[i]] === b + 1;
    }
    if (aggregates) return b;
  }
  return -1;
}

function buildCounted(t: Table): CountedRows {
  const index = codeIndex(t);
  const blocks = index.blockStart.length - 1;
  const b = blocks > 1 ? aggregateBlock(index) : -1;
  const from = b < 0 ? 0 : index.blockStart[b];
  const to = b < 0 ? index.ids.length : index.blockStart[b + 1];
  // Rows grouped by code id (a counting sort), so a code's rows are found without a scan.
  const { ids } = index;
  const start = new Int32Array(index.codes.length + 1);
  const order: number[] = [];
  for (let i = from; i < to; i++) if (start[ids[i] + 1]++ === 0) order.push(ids[i]);
  for (let id = 0; id < index.codes.length; id++) start[id + 1] += start[id];
  const members = new Int32Array(to - from);
  const next = start.slice(0, -1);
  for (let i = from; i < to; i++) members[next[ids[i]]++] = i;
  return { index, from, to, order, start, members };
}

/** 合计 row; without one the 类 rows (their sum is what 合计 states); without those the department's unit row(s). */
function totalRows(t: Table): { rows: CodeRow[]; basis?: Basis } {
  const total = t.rows.find((r) => r.kind === 'total');
  if (total) return { rows: [total] };
  const { index, from, to } = countedRows(t);
  const classes: CodeRow[] = [];
  for (let i = from; i < to; i++) if (classRow(index, i).level === 1) classes.push(classRow(index, i));
  if (classes.length) return { rows: classes, basis: 'class-rows' };
  const units = t.rows.filter((r) => r.kind === 'unit');
  const shortest = Math.min(...units.map((r) => (r.code ?? '').length));
  const dept = units.filter((r) => (r.code ?? '').length === shortest);
  return dept.length ? { rows: dept, basis: 'unit-rows' } : { rows: [], basis: 'no-rows' };
}

/** The code's rows (one per unit block); when there are none but its children are there, they stand for it. */
function codeRows(t: Table, code: string): { rows: CodeRow[]; basis?: Basis } {
  const counted = countedRows(t);
  const own = countedId(counted, code);
  if (own >= 0) return { rows: rowsOfCode(counted, own) };
  const { index, from, to } = counted;
  // Children by code among the distinct codes, then their rows in table order.
  const child = new Uint8Array(index.codes.length);
  let any = false;
  for (const id of counted.order) {
    const c = index.codes[id];
    if (c.length === code.length + 2 && c.startsWith(code)) {
      child[id] = 1;
      any = true;
    }
  }
  if (!any) return { rows: [] };
  const children: CodeRow[] = [];
  for (let i = from; i < to; i++) if (child[index.ids[i]]) children.push(classRow(index, i));
  return { rows: children, basis: 'child-rows' };
}

export function evaluateOperand(tables: Tables, op: Operand): Value | Skip {
  const t = tables[op.table];
  const num = TABLE_NUMBER[op.table];
  if (!t) return { skip: 'table-missing', params: { table: num } };
  if ('item' in op) {
    const keys = typeof op.item === 'string' ? [op.item] : [...op.item];
    for (const key of keys) {
      const item = t.items.find((i) => i.key === key);
      if (!item) continue;
      const v = fromAmounts([item.amount]);
      return { ...v, cells: v.cells.length ? v.cells : [item.labelCell], tables: [t], label: `${num} ${ITEM_KEYS[key]}`, path: [key] };
    }
    return { skip: 'column-not-found', params: { table: num, columns: keys.map((k) => ITEM_KEYS[k]) } };
  }
  if (!t.columns.some((c) => c.key === op.column)) {
    return { skip: 'column-not-found', params: { table: num, columns: [COLUMN_LABELS[op.column]] } };
  }
  const { rows, basis } = 'row' in op ? totalRows(t) : codeRows(t, op.code);
  const rowName = 'row' in op ? '合计' : op.code;
  // From the grid: a row's `values` makes an Amount for every column, and a code has a row per unit.
  const slot = t.amounts.slot(op.column);
  const v = fromAmounts(rows.map((r) => t.amounts.amount(slot, r.index, r.row)));
  return { ...v, tables: [t], basis, label: `${num} ${rowName}·${COLUMN_LABELS[op.column]}`, path: [rowName, op.column] };
}

/** A side is the sum of its operands; the path is the first operand's, with codes joined ("301+303"). */
export function evaluateSide(tables: Tables, ops: readonly Operand[]): Value | Skip {
  const values: Value[] = [];
  for (const op of ops) {
    const v = evaluateOperand(tables, op);
    if (isSkip(v)) return v;
    values.push(v);
  }
  const codes = ops.filter((o): o is Extract<Operand, { code: string }> => 'code' in o).map((o) => o.code);
  const path = codes.length === ops.length && codes.length > 1 ? [codes.join('+'), values[0].path[1]] : values[0].path;
  return {
    fen: values.reduce((s, v) => s + v.fen, 0),
    nonBlank: values.reduce((s, v) => s + v.nonBlank, 0),
    cells: values.flatMap((v) => v.cells),
    tables: values.flatMap((v) => v.tables),
    label: values.map((v) => v.label).join(' + '),
    basis: values.find((v) => v.basis)?.basis,
    path: [TABLE_NUMBER[ops[0].table], ...path],
  };
}

function conditionTables(c: Condition): TableKind[] {
  if ('zeroOrBlank' in c) return [c.zeroOrBlank.table];
  if ('codeSystem' in c) return [c.codeSystem.table];
  return ['columnExists' in c ? c.columnExists.table : c.columnAbsent.table];
}

function referencedTables(eq: Equality): TableKind[] {
  const kinds = [...eq.left, ...eq.right].map((o) => o.table as TableKind).concat((eq.when ?? []).flatMap(conditionTables));
  return [...new Set(kinds)];
}

/** 'apply', 'ignore' (silently not applicable) or a coverage skip. */
function condition(tables: Tables, c: Condition): 'apply' | 'ignore' | Skip {
  if ('columnExists' in c || 'columnAbsent' in c) {
    const { table, column } = 'columnExists' in c ? c.columnExists : c.columnAbsent;
    const has = tables[table]!.columns.some((col) => col.key === column);
    return has === 'columnExists' in c ? 'apply' : 'ignore';
  }
  if ('zeroOrBlank' in c) {
    const v = evaluateSide(tables, [c.zeroOrBlank]);
    return isSkip(v) ? v : v.fen === 0 ? 'apply' : 'ignore';
  }
  const { table, system, onOther } = c.codeSystem;
  const actual = tables[table]!.codeSystem;
  if (actual === system) return 'apply';
  if (onOther === 'ignore' && actual !== undefined) return 'ignore';
  return { skip: 'code-system-unsupported', params: { table: TABLE_NUMBER[table], codeSystem: actual ?? 'unknown' } };
}

export function checkEquality(tables: Tables, eq: Equality, report: Reporter): void {
  const missing = referencedTables(eq).filter((k) => !tables[k]);
  for (const k of missing) report.skip('table-missing', { equality: eq.id, table: TABLE_NUMBER[k] }, true);
  if (missing.length) return;
  for (const c of eq.when ?? []) {
    const r = condition(tables, c);
    if (r === 'ignore') return;
    if (r !== 'apply') return report.skip(r.skip, { equality: eq.id, ...r.params }, true);
  }
  const left = evaluateSide(tables, eq.left);
  const right = evaluateSide(tables, eq.right);
  for (const s of [left, right]) if (isSkip(s)) return report.skip(s.skip, { equality: eq.id, ...s.params }, true);
  compareSides(eq, left as Value, right as Value, report);
}

/**
 * The n and step to hand to reportComparison when amounts from several tables meet: the coarser
 * table's step, n = the written cells on the side with more of them.
 */
export function crossBound(tables: readonly Table[], n: number): { parts: number; step: number } {
  const step = Math.max(...tables.map(tableStep));
  // A figure rounded to the coarser unit may differ from the finer one by half a coarse step even when
  // each side is a single cell: n = 2 at half the step gives exactly that bound and allows the note.
  if (new Set(tables.map((t) => t.unit)).size > 1 && n <= 1) return { parts: 2, step: step / 2 };
  return { parts: n, step };
}

function compareSides(eq: Equality, left: Value, right: Value, report: Reporter): void {
  const { parts, step } = crossBound([...left.tables, ...right.tables], Math.max(left.nonBlank, right.nonBlank));
  const table = left.tables[0];
  const cell = left.cells[0] ?? right.cells[0] ?? table.titleCell ?? { sheet: table.sheet, row: 0, col: 0 };
  reportComparison(report, {
    code: 'cross-table-equal',
    cell,
    path: left.path,
    table: table.kind,
    expectedFen: right.fen,
    actualFen: left.fen,
    parts,
    step,
    unit: table.unit,
    operands: operandAddresses([...left.cells, ...right.cells]),
    relation: eq.relation,
    params: {
      equality: eq.id,
      relation: eq.relation,
      leftLabel: left.label,
      rightLabel: right.label,
      ...(left.basis ? { leftBasis: left.basis } : {}),
      ...(right.basis ? { rightBasis: right.basis } : {}),
    },
  });
}

export const crossTableEqual: Rule = {
  id: 'cross-table-equal',
  description: '表间勾稽：同一笔资金在各表中的金额应一致（如表3合计 = 表1支出总计）',
  severity: 'error',
  check(ctx, report) {
    for (const eq of EQUALITIES) checkEquality(ctx.tables, eq, report);
  },
};
