// Across tables (表间): the same money must show the same amount wherever it appears (e.g. 表3 合计 = 表1 支出总计).
import { ITEM_KEYS } from '../tables/items';
import { TABLE_NUMBER, tableStep, type Amount, type CodeRow, type Table, type TableKind, type Tables } from '../tables/model';
import { address, type CellRef } from '../workbook';
import type { Reporter, Rule } from './rule';
import { reportComparison } from './sum-helpers';
import { memoByTable } from '../tables/memo';
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

const COUNTED = Symbol('countedCodeRows');

/**
 * The code rows that add up to the table's money. A table of several units repeats the codes under
 * each unit row (单位编码), so a code's amount is the sum over the blocks. When the department (or the
 * part before any unit row) carries its own block repeating every code of the units' blocks, that
 * block already is their sum and is the only one counted.
 */
export function countedCodeRows(t: Table): CodeRow[] {
  // Built once per run and shared (codes-covered-by-expenditure reads it too): do not mutate.
  return memoByTable(t, COUNTED, buildCounted);
}

function buildCounted(t: Table): CodeRow[] {
  type Block = { unit?: string; rows: CodeRow[] };
  const blocks: Block[] = [{ rows: [] }];
  for (const r of t.rows) {
    if (r.kind === 'unit') blocks.push({ unit: r.code ?? '', rows: [] });
    else if (r.kind === 'code') blocks[blocks.length - 1].rows.push(r);
  }
  const withCodes = blocks.filter((b) => b.rows.length);
  if (withCodes.length <= 1) return withCodes[0]?.rows ?? [];
  const above = (b: Block, o: Block) => b.unit === undefined || (o.unit !== undefined && o.unit !== b.unit && o.unit.startsWith(b.unit));
  // b aggregates the rest when it sits above each other block and lists every code of it. The codes
  // of b go in a set once, so a department block over 1,000 unit blocks is not a quadratic scan.
  const aggregates = (b: Block) => {
    let codes: Set<string | undefined> | undefined;
    return withCodes.every((o) => {
      if (o === b) return true;
      if (!above(b, o)) return false;
      codes ??= new Set(b.rows.map((x) => x.code));
      return o.rows.every((r) => codes!.has(r.code));
    });
  };
  const aggregate = withCodes.find(aggregates);
  return aggregate ? aggregate.rows : withCodes.flatMap((b) => b.rows);
}

/** 合计 row; without one the 类 rows (their sum is what 合计 states); without those the department's unit row(s). */
function totalRows(t: Table): { rows: CodeRow[]; basis?: Basis } {
  const total = t.rows.find((r) => r.kind === 'total');
  if (total) return { rows: [total] };
  const classes = countedCodeRows(t).filter((r) => r.level === 1);
  if (classes.length) return { rows: classes, basis: 'class-rows' };
  const units = t.rows.filter((r) => r.kind === 'unit');
  const shortest = Math.min(...units.map((r) => (r.code ?? '').length));
  const dept = units.filter((r) => (r.code ?? '').length === shortest);
  return dept.length ? { rows: dept, basis: 'unit-rows' } : { rows: [], basis: 'no-rows' };
}

/** The code's rows (one per unit block); when there are none but its children are there, they stand for it. */
function codeRows(t: Table, code: string): { rows: CodeRow[]; basis?: Basis } {
  const counted = countedCodeRows(t);
  const own = counted.filter((r) => r.code === code);
  if (own.length) return { rows: own };
  const children = counted.filter((r) => r.code?.startsWith(code) && r.code.length === code.length + 2);
  return children.length ? { rows: children, basis: 'child-rows' } : { rows: [] };
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
  const v = fromAmounts(rows.map((r) => r.values[op.column]));
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
    operands: [...left.cells, ...right.cells].map(address),
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
