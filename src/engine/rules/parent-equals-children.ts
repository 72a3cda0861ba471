// 表内: in every code table and value column, each 类 = Σ its 款, each 款 = Σ its 项, 合计 = Σ 类, and the department row = 合计 = Σ its units.
import { TABLE_KINDS, TABLE_SHAPE, type CodeRow, type Column, type ColumnKey, type Table } from '../tables/model';
import type { Unit } from '../money';
import type { FindingParams } from '../findings';
import { columnOperands } from '../workbook';
import { codeIndex, rowCodeId, type CodeIndex } from '../catalog/code-tables';
import type { Reporter, Rule } from './rule';
import { cellFinding, differenceIn, presentTables, tablePaths, type Difference, type TablePaths } from './sum-helpers';

const ID = 'parent-equals-children';
const CODE_TABLES = TABLE_KINDS.filter((k) => TABLE_SHAPE[k] === 'codes');

export const parentEqualsChildren: Rule = {
  id: ID,
  description: '代码表中各类等于其款之和、各款等于其项之和，合计等于各类之和，部门等于所属单位之和',
  severity: 'error',
  check(ctx, report) {
    for (const table of presentTables(ctx.tables, CODE_TABLES, report)) checkTable(table, report);
  },
};

function checkTable(table: Table, report: Reporter): void {
  const total = table.rows.find((r) => r.kind === 'total');
  const { department, units } = unitRows(table.rows);
  const index = codeIndex(table);
  const marks = makeMarks(index.codes.length, table.rows.length);
  const paths = tablePaths(table);
  for (const seg of segments(table.rows)) {
    const top = checkCodes(table, paths, index, marks, table.rows, seg, report);
    // Without a 合计 row the department (or a lone unit) row is the table's grand total.
    const target = seg.unit ?? total ?? department ?? (units.length === 1 ? units[0] : undefined);
    if (target && top.length) compareRows(table, paths, target, top, 'classes', report);
  }
  if (department) {
    if (total) compareRows(table, paths, department, [total], 'total', report);
    if (units.length) compareRows(table, paths, department, units, 'units', report);
  } else if (total && units.length) {
    compareRows(table, paths, total, units, 'units', report);
  }
}

/** The rows start…end (exclusive) of the table, whose code rows add up together. */
interface Segment {
  /** The unit row the codes are listed under, when the table lists codes unit by unit. */
  unit?: CodeRow;
  start: number;
  end: number;
}

/**
 * Most templates list the unit rows first and then the department's codes once; some list each
 * unit's codes under its own unit row. Only in that second layout do unit rows follow code rows,
 * and then each unit's 类 rows add up to that unit, not to the 合计.
 */
function segments(rows: CodeRow[]): Segment[] {
  const firstCode = rows.findIndex((r) => r.kind === 'code');
  if (firstCode < 0) return [];
  const interleaved = rows.some((r, i) => r.kind === 'unit' && i > firstCode);
  if (!interleaved) return [{ start: firstCode, end: rows.length }];
  const out: Segment[] = [{ start: 0, end: rows.length }];
  for (let i = 0; i < rows.length; i++) {
    if (rows[i].kind !== 'unit') continue;
    out[out.length - 1].end = i;
    out.push({ unit: rows[i], start: i + 1, end: rows.length });
  }
  return out;
}

/** The department is the unit row whose code prefixes other unit codes (209 over 209001); the rest are its units. */
function unitRows(rows: CodeRow[]): { department?: CodeRow; units: CodeRow[] } {
  const all = rows.filter((r) => r.kind === 'unit');
  // Every proper prefix of every unit code, so each candidate is one lookup, not a scan of all units.
  const prefixes = new Set<string>();
  for (const u of all) if (u.code) for (let n = 1; n < u.code.length; n++) prefixes.add(u.code.slice(0, n));
  const department = all.find((d) => d.code && prefixes.has(d.code));
  return { department, units: all.filter((u) => u !== department) };
}

/**
 * Marks over the table's code ids (codeIndex), reused by every unit block: a block's marks are
 * those equal to its stamp. A 1,000-unit table has 1,000 blocks, and a Map of codes for each was
 * tens of megabytes of garbage a run; so were the arrays of children, now linked through `next`.
 */
interface Marks {
  stamp: number;
  /** seen[id] === stamp: the block has a row of that code, first[id]. */
  seen: Int32Array;
  first: (CodeRow | undefined)[];
  /** kidsAt[id] === stamp: the block's row first[id] has children: rows[head[id]], then on by next[], count[id] of them. */
  kidsAt: Int32Array;
  head: Int32Array;
  tail: Int32Array;
  count: Int32Array;
  /** By row position: the next child of the same parent, or -1. */
  next: Int32Array;
  /** scratch[k]: an array of k rows, refilled for each parent with k children (compareRows keeps none), for k < SCRATCH_SIZES. */
  scratch: CodeRow[][];
}

const SCRATCH_SIZES = 64;

function makeMarks(codes: number, rows: number): Marks {
  const ids = () => new Int32Array(codes);
  return { stamp: 0, seen: ids(), first: new Array(codes), kidsAt: ids(), head: ids(), tail: ids(), count: ids(), next: new Int32Array(rows), scratch: [] };
}

/**
 * Checks each parent against its children and returns the top-level rows (those with no ancestor
 * present). A row's parent is its nearest ancestor present in the block, by code: a 项 whose 款 is
 * missing then counts in its 类 (code-parent-present reports the missing 款) instead of dropping out.
 */
function checkCodes(table: Table, paths: TablePaths, index: CodeIndex, marks: Marks, rows: CodeRow[], seg: Segment, report: Reporter): CodeRow[] {
  const stamp = ++marks.stamp;
  const { seen, first, kidsAt, head, tail, count, next, scratch } = marks;
  for (let i = seg.start; i < seg.end; i++) {
    const r = rows[i];
    if (r.kind !== 'code' || !r.code || !r.level) continue;
    const id = rowCodeId(index, r.code);
    if (seen[id] !== stamp) {
      seen[id] = stamp;
      first[id] = r;
    }
  }
  // Parents in the order their first child appears, each with its children in sheet order.
  const parents: number[] = [];
  const top: CodeRow[] = [];
  for (let i = seg.start; i < seg.end; i++) {
    const r = rows[i];
    if (r.kind !== 'code' || !r.code || !r.level) continue;
    // The code's prefixes, nearest first (2150501 → 21505 → 215), up to the first the block has.
    let p = index.parent[rowCodeId(index, r.code)];
    while (p >= 0 && seen[p] !== stamp) p = index.parent[p];
    if (p < 0) {
      top.push(r);
      continue;
    }
    next[i] = -1;
    if (kidsAt[p] === stamp) {
      next[tail[p]] = i;
      count[p]++;
    } else {
      kidsAt[p] = stamp;
      head[p] = i;
      count[p] = 1;
      parents.push(p);
    }
    tail[p] = i;
  }
  for (let k = 0; k < parents.length; k++) {
    const p = parents[k];
    const n = count[p];
    const kids = n < SCRATCH_SIZES ? (scratch[n] ??= new Array<CodeRow>(n)) : new Array<CodeRow>(n);
    for (let i = head[p], j = 0; i >= 0; i = next[i]) kids[j++] = rows[i];
    compareRows(table, paths, first[p]!, kids, 'children', report);
  }
  return top;
}

/** What the parts of a comparison are, for messages: sub-codes, 类 rows, unit rows or the 合计 row. */
type Against = 'children' | 'classes' | 'units' | 'total';

/**
 * A finding's params, made by a constructor rather than a literal for the reason sum-helpers gives,
 * with the keys in the order messages and JSON output have always had them.
 */
class SumParams implements FindingParams {
  [key: string]: unknown;
  row: string;
  column: ColumnKey;
  header: string;
  against: Against;
  expected: number;
  actual: number;
  difference: number;
  tolerance: number;
  unit: Unit;
  operands: string[];

  constructor(row: string, column: Column, against: Against, d: Difference, unit: Unit, operands: string[]) {
    this.row = row;
    this.column = column.key;
    this.header = column.header;
    this.against = against;
    this.expected = d.expected;
    this.actual = d.actual;
    this.difference = d.difference;
    this.tolerance = d.tolerance;
    this.unit = unit;
    this.operands = operands;
  }
}

/** stated row = Σ part rows, column by column. */
function compareRows(table: Table, paths: TablePaths, stated: CodeRow, parts: CodeRow[], against: Against, report: Reporter): void {
  const key = stated.kind === 'total' ? '合计' : (stated.code ?? stated.name);
  const grid = table.amounts;
  for (let c = 0; c < table.columns.length; c++) {
    const col = table.columns[c];
    const slot = grid.columnSlot(c);
    const at = grid.col(slot); // the key's own column, should the sheet carry it twice
    // Blank parts add 0 and do not widen the rounding bound: only written figures were rounded.
    let written = 0;
    for (let i = 0; i < parts.length; i++) if (!grid.isBlank(slot, parts[i].index)) written++;
    const d = differenceIn(table, grid.sum(slot, parts), grid.fen(slot, stated.index), written);
    if (!d) continue;
    const operands = columnOperands(table.sheet, at, parts);
    const params = new SumParams(key, col, against, d, table.unit, operands);
    report(cellFinding(ID, d, table, stated.row, at, paths.of(key, col.key), params));
  }
}
