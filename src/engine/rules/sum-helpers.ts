// Compares a stated amount with the sum of its parts and reports a mismatch or a rounding note:
// the one place rounding findings are built, so every sum rule measures and words them alike.
import { compareWithRounding, fromFen, roundingOutcome, roundingTolerance, type Comparison, type Unit } from '../money';
import type { FindingParams, Severity } from '../findings';
import { REQUIRED_TABLES, TABLE_NUMBER, tableStep, type Amount, type Table, type TableKind, type Tables } from '../tables/model';
import { address, addressAt, operandAddresses, type CellRef } from '../workbook';
import type { Report, Reporter } from './rule';
import { memoByTable } from '../tables/memo';

/** The parts of a sum: total in 分 and how many were written (blank cells count as 0 and not as a part). */
export interface PartsSum {
  fen: number;
  n: number;
}

/** Blank parts add 0 and do not widen the rounding bound: only written figures were rounded. */
export function sumParts(parts: readonly Amount[]): PartsSum {
  let fen = 0;
  let n = 0;
  for (const p of parts) {
    fen += p.fen;
    if (!p.blank) n++;
  }
  return { fen, n };
}

/** The parts' cells as operand addresses (adjacent cells as one range). */
export function operandsOf(parts: readonly Amount[]): string[] {
  return operandAddresses(parts);
}

export interface ComparisonReport {
  /** Finding code prefix: emits `${code}-mismatch` (rule severity) or `${code}-rounding` (info). */
  code: string;
  /** The stated cell: where the finding points. */
  cell: CellRef;
  path: (string | number)[];
  table?: TableKind;
  /** Sum of the parts, in 分. */
  expectedFen: number;
  /** The stated amount, in 分. */
  actualFen: number;
  /** Number of written figures on the side with more parts (the n of the n × step/2 bound). */
  parts: number;
  /** Printed precision in 分 (tableStep; the coarser one when two tables meet). */
  step: number;
  /** Unit the amounts are reported in. */
  unit: Unit;
  /** Addresses of the parts (operandsOf); a function is called only when there is something to report. */
  operands: string[] | (() => string[]);
  /** '<=': the stated amount may be smaller than the parts (e.g. 表6 30217 ≤ 表7 公务接待费). */
  relation?: '=' | '<=';
  /**
   * Extra params (equality id, labels…), merged under the computed ones. A finding takes this object
   * as its params and adds the computed keys to it: pass a fresh object for each comparison.
   */
  params?: Record<string, unknown>;
}

const OUTCOME_CODES = new Map<string, Record<'rounding' | 'mismatch', string>>();

/** `${code}-rounding` / `${code}-mismatch`, built once per code rather than once per finding. */
function outcomeCode(code: string, outcome: 'rounding' | 'mismatch'): string {
  let codes = OUTCOME_CODES.get(code);
  if (!codes) OUTCOME_CODES.set(code, (codes = { rounding: `${code}-rounding`, mismatch: `${code}-mismatch` }));
  return codes[outcome];
}

/**
 * Reports nothing when the amounts agree (or, for '<=', when actual ≤ expected), an info
 * '-rounding' note within n × step/2, and a '-mismatch' finding beyond it. Returns the comparison.
 */
export function reportComparison(report: Reporter, r: ComparisonReport): Comparison {
  const cmp = compareWithRounding(r.expectedFen, r.actualFen, r.parts, r.step);
  if (cmp.outcome === 'equal') return cmp;
  if (r.relation === '<=' && cmp.difference < 0) return { outcome: 'equal', difference: 0, tolerance: cmp.tolerance };
  // Extended in place, in the key order { ...r.params, expected, … } would give: V8 turns that spread
  // into a dictionary object of ~450 bytes, and a copy is one more object per finding; a large
  // workbook keeps ~150,000 of these. Every caller builds its params for this one comparison.
  const params: FindingParams = r.params ?? {};
  params.expected = fromFen(r.expectedFen, r.unit);
  params.actual = fromFen(r.actualFen, r.unit);
  params.difference = fromFen(cmp.difference, r.unit);
  params.tolerance = fromFen(cmp.tolerance, r.unit);
  params.unit = r.unit;
  params.operands = typeof r.operands === 'function' ? r.operands() : r.operands;
  const code = outcomeCode(r.code, cmp.outcome);
  const at = address(r.cell);
  // Two literals rather than a spread of an optional severity, for the same reason.
  if (cmp.outcome === 'rounding') {
    report({ code, severity: 'info', table: r.table, sheet: r.cell.sheet, address: at, cell: r.cell, path: r.path, params });
  } else {
    report({ code, table: r.table, sheet: r.cell.sheet, address: at, cell: r.cell, path: r.path, params });
  }
  return cmp;
}

/** What a comparison within one table found, as printed figures in the table's unit. */
export interface Difference {
  outcome: 'rounding' | 'mismatch';
  expected: number;
  actual: number;
  difference: number;
  tolerance: number;
}

/**
 * compareWithRounding at the table's printed precision, in its unit; undefined when the amounts
 * agree. With cellFinding, the path of the within-table sum rules, which compare ~1 million sums and
 * report ~150,000 rounding notes on a large workbook: the rule writes its params as one literal,
 * computed keys included. The answer is one object reused by every call (read it before the next
 * call): on that scale every throwaway object shows in garbage-collection time.
 */
export function differenceIn(table: Table, expectedFen: number, actualFen: number, parts: number): Difference | undefined {
  const step = tableStep(table);
  const outcome = roundingOutcome(expectedFen, actualFen, parts, step);
  if (outcome === 'equal') return undefined;
  const unit = table.unit;
  const d = LAST_DIFFERENCE;
  d.outcome = outcome;
  d.expected = fromFen(expectedFen, unit);
  d.actual = fromFen(actualFen, unit);
  d.difference = fromFen(actualFen - expectedFen, unit);
  d.tolerance = fromFen(roundingTolerance(parts, step), unit);
  return d;
}

// Made with fractional numbers, so that V8 keeps its number fields as doubles written in place.
const LAST_DIFFERENCE: Difference = { outcome: 'rounding', expected: 0.5, actual: 0.5, difference: 0.5, tolerance: 0.5 };

// The findings of the within-table sum rules are made with constructors, not object literals: V8
// may decide to allocate a literal's objects straight into the old generation once it sees most of
// them live on, and a large workbook's ~150,000 notes then fill the remembered set with pointers to
// their younger parts — measured slower than letting them be promoted. A constructed object is
// never allocated that way. Fields are assigned in the key order of reportComparison's findings.

/** A CellRef of a finding. */
class FindingCell implements CellRef {
  constructor(
    public sheet: string,
    public row: number,
    public col: number,
  ) {}
}

/** An info note: keys in the order { code, severity, table, …, params } and the runner's ruleId. */
class RoundingNote {
  code: string;
  severity: 'info';
  table: TableKind;
  sheet: string;
  address: string;
  cell: CellRef;
  path: (string | number)[];
  params: FindingParams;
  ruleId = '';

  constructor(code: string, table: TableKind, cell: CellRef, address: string, path: (string | number)[], params: FindingParams) {
    this.code = code;
    this.severity = 'info';
    this.table = table;
    this.sheet = cell.sheet;
    this.address = address;
    this.cell = cell;
    this.path = path;
    this.params = params;
  }
}

/** A mismatch: the same keys without a severity, which the runner fills in with the rule's, last. */
class Mismatch {
  code: string;
  table: TableKind;
  sheet: string;
  address: string;
  cell: CellRef;
  path: (string | number)[];
  params: FindingParams;
  ruleId = '';
  severity: Severity | undefined = undefined;

  constructor(code: string, table: TableKind, cell: CellRef, address: string, path: (string | number)[], params: FindingParams) {
    this.code = code;
    this.table = table;
    this.sheet = cell.sheet;
    this.address = address;
    this.cell = cell;
    this.path = path;
    this.params = params;
  }
}

/**
 * The finding for cell (row, col) of `table`: `${code}-rounding` (info) or `${code}-mismatch`, with
 * the keys reportComparison's findings have, in the same order, and the runner's ruleId and severity
 * as placeholders so the object is complete from the start.
 */
export function cellFinding(code: string, d: Difference, table: Table, row: number, col: number, path: (string | number)[], params: FindingParams): Report {
  const sheet = table.sheet;
  const cell = new FindingCell(sheet, row, col);
  const at = addressAt(sheet, row, col);
  if (d.outcome === 'rounding') return new RoundingNote(outcomeCode(code, 'rounding'), table.kind, cell, at, path, params);
  return new Mismatch(outcomeCode(code, 'mismatch'), table.kind, cell, at, path, params);
}

const PATHS = Symbol('paths');

/**
 * The paths [表N, row, column] of a table's findings, one frozen array per distinct path, shared by
 * every finding with that path (in every rule of the run). A code repeats in each unit block, so a
 * large workbook's ~150,000 notes have a few thousand distinct paths; an array per finding was
 * 300,000 objects kept alive. Get it once per table (tablePaths) and look paths up with `of`.
 */
export class TablePaths {
  private readonly byRow = new Map<string, Map<string, (string | number)[]>>();

  constructor(private readonly table: Table) {}

  of(row: string, column: string): (string | number)[] {
    let byColumn = this.byRow.get(row);
    if (!byColumn) this.byRow.set(row, (byColumn = new Map()));
    let path = byColumn.get(column);
    if (!path) byColumn.set(column, (path = Object.freeze([TABLE_NUMBER[this.table.kind], row, column]) as (string | number)[]));
    return path;
  }
}

/** The table's TablePaths for this check run (see memoByTable). */
export function tablePaths(table: Table): TablePaths {
  return memoByTable(table, PATHS, (t) => new TablePaths(t));
}

export interface SumCheck {
  code: string;
  table: Table;
  /** The total as printed. */
  stated: Amount;
  parts: readonly Amount[];
  /** Path after the table number, e.g. ['208', 'total']. */
  path: (string | number)[];
  params?: Record<string, unknown>;
}

/** Within one table: stated = Σ parts, in the table's unit and printed precision. */
export function checkSum(report: Reporter, c: SumCheck): Comparison {
  const sum = sumParts(c.parts);
  return reportComparison(report, {
    code: c.code,
    cell: c.stated.cell,
    path: [TABLE_NUMBER[c.table.kind], ...c.path],
    table: c.table.kind,
    expectedFen: sum.fen,
    actualFen: c.stated.fen,
    parts: sum.n,
    step: tableStep(c.table),
    unit: c.table.unit,
    operands: () => operandsOf(c.parts),
    params: c.params,
  });
}

/**
 * The tables of `kinds` that are present. Each absent required one is recorded as a skip, partial
 * while at least one table could be checked: a missing table must never read as a pass.
 */
export function presentTables(tables: Tables, kinds: readonly TableKind[], report: Reporter): Table[] {
  const present = kinds.flatMap((k) => tables[k] ?? []);
  for (const k of kinds) {
    if (!tables[k] && REQUIRED_TABLES.includes(k)) report.skip('table-missing', { table: TABLE_NUMBER[k] }, present.length > 0);
  }
  return present;
}
