// 表3 (all funds) must hold every function code that 表5/表8/表9 spend on, with at least their amounts; 表2 and 表3 list the same codes.
import { classRow, codeIndex, rowCodeId, type ClassRow } from '../catalog/code-tables';
import { TABLE_NUMBER, type Amount, type ColumnKey, type Table, type TableKind, type Tables } from '../tables/model';
import { address, operandAddresses } from '../workbook';
import type { Reporter, Rule } from './rule';
import { reportComparison } from './sum-helpers';
import { countedId, countedRows, crossBound, rowsOfCode, type CountedRows } from './cross-table-equal';

/** The spending tables that are parts of 表3 (general budget, government funds, state capital). */
const SOURCES: TableKind[] = ['general', 'fund', 'stateCapital'];

const SPENDING_COLUMNS: ColumnKey[] = [
  'total', 'basic', 'personnel', 'publicStd', 'project', 'projectRegular', 'projectOneOff', 'projectMultiYear',
  'contingency', 'operating', 'subsidiary', 'remitUpper',
];

/** A code of `src` that `missingFrom` lacks, reported at the code cell where it is first written. */
function reportMissing(report: Reporter, code: string, src: Table, row: ClassRow, missingFrom: TableKind, severity?: 'warning'): void {
  const cell = row.codeCell ?? row.nameCell;
  report({
    code,
    ...(severity ? { severity } : {}),
    table: src.kind,
    sheet: cell.sheet,
    address: address(cell),
    cell,
    path: [TABLE_NUMBER[src.kind], row.code],
    params: { code: row.code, name: row.name, table: TABLE_NUMBER[missingFrom], presentIn: TABLE_NUMBER[src.kind] },
  });
}

/** Codes of `t` whose rows the table `other` has none of, each at its first row. */
function codesMissingFrom(t: Table, other: Table): ClassRow[] {
  const index = codeIndex(t);
  const otherIndex = codeIndex(other);
  const out: ClassRow[] = [];
  for (let id = 0; id < index.rowCodes; id++) if (rowCodeId(otherIndex, index.codes[id]) < 0) out.push(classRow(index, index.first[id]));
  return out;
}

/** One code's counted rows in one table. */
interface Part {
  table: Table;
  counted: CountedRows;
  id: number;
}

const has = (t: Table, key: ColumnKey) => t.columns.some((c) => c.key === key);
const written = (as: Amount[]) => as.filter((a) => !a.blank).length;
const fen = (as: Amount[]) => as.reduce((s, a) => s + a.fen, 0);

/**
 * Σ of each code's counted cells in a column, in 分, by code id: one pass down the column of the
 * grid, in row order, rather than a jump through a code's rows in every unit block.
 */
function columnSums(table: Table, counted: CountedRows, key: ColumnKey): Float64Array {
  const grid = table.amounts;
  const slot = grid.slot(key);
  const { ids, at } = counted.index;
  const sums = new Float64Array(counted.index.codes.length);
  for (let i = counted.from; i < counted.to; i++) sums[ids[i]] += grid.fen(slot, at[i]);
  return sums;
}

/** columnSums, each table and column summed once for all the codes compared. */
function sumsCache(): (p: Part, key: ColumnKey) => number {
  const byTable = new Map<Table, Map<ColumnKey, Float64Array>>();
  return ({ table, counted, id }, key) => {
    let byKey = byTable.get(table);
    if (!byKey) byTable.set(table, (byKey = new Map()));
    let sums = byKey.get(key);
    if (!sums) byKey.set(key, (sums = columnSums(table, counted, key)));
    return sums[id];
  };
}

/** A code's cells in a column, over the unit blocks, for a finding's operands. */
function partAmounts(p: Part, key: ColumnKey): Amount[] {
  return p.table.amounts.amountsOf(p.table.amounts.slot(key), rowsOfCode(p.counted, p.id));
}

/** Per column, the sources together may not spend more on a code than 表3 lists for all funds. */
function compareAmounts(report: Reporter, code: string, stated3: Part, sources: Part[], partFen: (p: Part, key: ColumnKey) => number): void {
  const t3 = stated3.table;
  for (const key of SPENDING_COLUMNS.filter((k) => has(t3, k))) {
    const present = sources.filter((s) => has(s.table, key));
    if (!present.length) continue;
    // Sources within 表3's amount report nothing ('<='): check that on sums before building any operand,
    // with reportComparison's own tests (difference 0, or negative under '<=').
    let spent = 0;
    for (const s of present) spent += partFen(s, key);
    const over = spent - partFen(stated3, key);
    if (over === 0 || over < 0) continue;
    const parts = present.map((s) => ({ table: s.table, amounts: partAmounts(s, key) }));
    const stated = partAmounts(stated3, key);
    const partAmountList = parts.flatMap((p) => p.amounts);
    const bound = crossBound([t3, ...parts.map((p) => p.table)], Math.max(written(partAmountList), written(stated)));
    reportComparison(report, {
      code: 'expenditure-covers-amount',
      cell: stated[0].cell,
      path: [TABLE_NUMBER.expenditure, code, key],
      table: 'expenditure',
      expectedFen: fen(stated),
      actualFen: fen(partAmountList),
      ...bound,
      unit: t3.unit,
      operands: operandAddresses([...stated, ...partAmountList]),
      relation: '<=',
      params: { code, column: key, sources: [...new Set(parts.map((p) => TABLE_NUMBER[p.table.kind]))] },
    });
  }
}

function checkSources(tables: Tables, t3: Table, report: Reporter): void {
  const counted3 = countedRows(t3);
  // The sources of each 表3 code (by its id), in order of first appearance over the sources.
  const covered = new Map<number, Part[]>();
  for (const kind of SOURCES) {
    const src = tables[kind];
    if (!src) {
      if (kind !== 'stateCapital') report.skip('table-missing', { table: TABLE_NUMBER[kind] }, true);
      continue;
    }
    for (const row of codesMissingFrom(src, t3)) reportMissing(report, 'code-missing-from-expenditure', src, row, 'expenditure');
    const counted = countedRows(src);
    for (const id of counted.order) {
      const id3 = countedId(counted3, counted.index.codes[id]);
      if (id3 < 0) continue;
      const list = covered.get(id3);
      if (list) list.push({ table: src, counted, id });
      else covered.set(id3, [{ table: src, counted, id }]);
    }
  }
  const partFen = sumsCache();
  for (const [id3, sources] of covered) compareAmounts(report, counted3.index.codes[id3], { table: t3, counted: counted3, id: id3 }, sources, partFen);
}

/** 表2 lists income by the function it is spent on: the same codes as 表3. */
function checkIncomeCodes(t2: Table | undefined, t3: Table, report: Reporter): void {
  if (!t2) return report.skip('table-missing', { table: TABLE_NUMBER.income }, true);
  // Some provinces list 表2 by unit rather than by function code: nothing to compare then.
  if (!codeIndex(t2).rowCodes) return report.skip('no-function-codes', { table: TABLE_NUMBER.income }, true);
  const DIFFER = 'income-expenditure-codes-differ';
  for (const row of codesMissingFrom(t2, t3)) reportMissing(report, DIFFER, t2, row, 'expenditure', 'warning');
  for (const row of codesMissingFrom(t3, t2)) reportMissing(report, DIFFER, t3, row, 'income', 'warning');
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
