// 表3 (all funds) must hold every function code that 表5/表8/表9 spend on, with at least their amounts; 表2 and 表3 list the same codes.
import { TABLE_NUMBER, type Amount, type CodeRow, type ColumnKey, type Table, type TableKind, type Tables } from '../tables/model';
import { address, addressAt, type CellRef } from '../workbook';
import type { Reporter, Rule } from './rule';
import { reportComparison } from './sum-helpers';
import { countedCodeRows, crossBound } from './cross-table-equal';
import { memoByTable } from '../tables/memo';

/** The spending tables that are parts of 表3 (general budget, government funds, state capital). */
const SOURCES: TableKind[] = ['general', 'fund', 'stateCapital'];

const SPENDING_COLUMNS: ColumnKey[] = [
  'total', 'basic', 'personnel', 'publicStd', 'project', 'projectRegular', 'projectOneOff', 'projectMultiYear',
  'contingency', 'operating', 'subsidiary', 'remitUpper',
];

const CODE_INDEX = Symbol('codeIndex');
const COUNTED_BY_CODE = Symbol('countedByCode');

/** The first row of each classification code (unit rows are 单位编码, not codes). */
function codeIndex(t: Table): Map<string, CodeRow> {
  return memoByTable(t, CODE_INDEX, () => {
    const index = new Map<string, CodeRow>();
    for (const r of t.rows) if (r.kind === 'code' && r.code && !index.has(r.code)) index.set(r.code, r);
    return index;
  });
}

function codeCell(r: CodeRow): CellRef {
  return r.codeCell ?? r.nameCell;
}

/** A code of `src` that `missingFrom` lacks, reported at the code cell where it is written. */
function reportMissing(report: Reporter, code: string, src: Table, row: CodeRow, missingFrom: TableKind, severity?: 'warning'): void {
  const cell = codeCell(row);
  report({
    code,
    ...(severity ? { severity } : {}),
    table: src.kind,
    sheet: cell.sheet,
    address: address(cell),
    cell,
    path: [TABLE_NUMBER[src.kind], row.code!],
    params: { code: row.code, name: row.name, table: TABLE_NUMBER[missingFrom], presentIn: TABLE_NUMBER[src.kind] },
  });
}

/** A code's cells in a column, over the unit blocks. */
function amountsAt(t: Table, rows: CodeRow[], key: ColumnKey): Amount[] {
  return t.amounts.amountsOf(t.amounts.slot(key), rows);
}

/** The rows of each code that count toward the table's money (see countedCodeRows). */
function countedByCode(t: Table): Map<string, CodeRow[]> {
  return memoByTable(t, COUNTED_BY_CODE, () => {
    const byCode = new Map<string, CodeRow[]>();
    for (const r of countedCodeRows(t)) {
      const list = byCode.get(r.code!);
      if (list) list.push(r);
      else byCode.set(r.code!, [r]);
    }
    return byCode;
  });
}

const has = (t: Table, key: ColumnKey) => t.columns.some((c) => c.key === key);
const written = (as: Amount[]) => as.filter((a) => !a.blank).length;
const fen = (as: Amount[]) => as.reduce((s, a) => s + a.fen, 0);

/** Σ of the rows' cells in a column, in 分. */
function columnFen(t: Table, rows: CodeRow[], key: ColumnKey): number {
  return t.amounts.sum(t.amounts.slot(key), rows);
}

/** Per column, the sources together may not spend more on a code than 表3 lists for all funds. */
function compareAmounts(report: Reporter, t3: Table, code: string, rows3: CodeRow[], sources: { table: Table; rows: CodeRow[] }[]): void {
  for (const key of SPENDING_COLUMNS.filter((k) => has(t3, k))) {
    const present = sources.filter((s) => has(s.table, key));
    if (!present.length) continue;
    // Sources within 表3's amount report nothing ('<='): check that on sums before building any operand,
    // with reportComparison's own tests (difference 0, or negative under '<=').
    let spent = 0;
    for (const s of present) spent += columnFen(s.table, s.rows, key);
    const over = spent - columnFen(t3, rows3, key);
    if (over === 0 || over < 0) continue;
    const parts = present.map((s) => ({ table: s.table, amounts: amountsAt(s.table, s.rows, key) }));
    const stated = amountsAt(t3, rows3, key);
    const partAmounts = parts.flatMap((p) => p.amounts);
    const bound = crossBound([t3, ...parts.map((p) => p.table)], Math.max(written(partAmounts), written(stated)));
    reportComparison(report, {
      code: 'expenditure-covers-amount',
      cell: stated[0].cell,
      path: [TABLE_NUMBER.expenditure, code, key],
      table: 'expenditure',
      expectedFen: fen(stated),
      actualFen: fen(partAmounts),
      ...bound,
      unit: t3.unit,
      operands: [...stated, ...partAmounts].map((a) => addressAt(a.sheet, a.row, a.col)),
      relation: '<=',
      params: { code, column: key, sources: [...new Set(parts.map((p) => TABLE_NUMBER[p.table.kind]))] },
    });
  }
}

function checkSources(tables: Tables, t3: Table, report: Reporter): void {
  const index3 = codeIndex(t3);
  const counted3 = countedByCode(t3);
  const covered = new Map<string, { table: Table; rows: CodeRow[] }[]>();
  for (const kind of SOURCES) {
    const src = tables[kind];
    if (!src) {
      if (kind !== 'stateCapital') report.skip('table-missing', { table: TABLE_NUMBER[kind] }, true);
      continue;
    }
    for (const [code, row] of codeIndex(src)) if (!index3.has(code)) reportMissing(report, 'code-missing-from-expenditure', src, row, 'expenditure');
    for (const [code, rows] of countedByCode(src)) {
      if (!counted3.has(code)) continue;
      const list = covered.get(code);
      if (list) list.push({ table: src, rows });
      else covered.set(code, [{ table: src, rows }]);
    }
  }
  for (const [code, sources] of covered) compareAmounts(report, t3, code, counted3.get(code)!, sources);
}

/** 表2 lists income by the function it is spent on: the same codes as 表3. */
function checkIncomeCodes(t2: Table | undefined, t3: Table, report: Reporter): void {
  if (!t2) return report.skip('table-missing', { table: TABLE_NUMBER.income }, true);
  const index2 = codeIndex(t2);
  // Some provinces list 表2 by unit rather than by function code: nothing to compare then.
  if (!index2.size) return report.skip('no-function-codes', { table: TABLE_NUMBER.income }, true);
  const index3 = codeIndex(t3);
  const DIFFER = 'income-expenditure-codes-differ';
  for (const [code, row] of index2) if (!index3.has(code)) reportMissing(report, DIFFER, t2, row, 'expenditure', 'warning');
  for (const [code, row] of index3) if (!index2.has(code)) reportMissing(report, DIFFER, t3, row, 'income', 'warning');
}

export const codesCoveredByExpenditure: Rule = {
  id: 'codes-covered-by-expenditure',
  description: '表3（全部资金）应包含表5、表8（及表9）的全部功能科目且金额不小于它们；表2与表3的科目应一致',
  severity: 'error',
  check(ctx, report) {
    const t3 = ctx.tables.expenditure;
    if (!t3) return report.skip('table-missing', { table: TABLE_NUMBER.expenditure }, true);
    checkSources(ctx.tables, t3, report);
    checkIncomeCodes(ctx.tables.income, t3, report);
  },
};
