// Looks a concept's fact up in the tables: the value in 分 and the cells it was read from.
import type { Unit } from '../money';
import type { CellRef } from '../workbook';
import type { CodeRow, ColumnKey, Table, TableKind, Tables } from '../tables/model';
import { conceptDef, rowNameKey, type Fact } from './lexicon';

export interface TableFact {
  fen: number;
  table: TableKind;
  unit: Unit;
  /** The cells summed; the first is the one a finding points at. */
  cells: CellRef[];
  relation: '=' | '<=';
}

export type Resolution =
  | { status: 'found'; fact: TableFact }
  /** The concept has no table (政府采购, 车辆): only internal arithmetic applies. */
  | { status: 'no-table-fact' }
  | { status: 'table-missing'; tables: TableKind[] }
  | { status: 'not-found'; tables: TableKind[] };

interface Cells {
  fen: number;
  cells: CellRef[];
}

function sumRows(rows: CodeRow[], column: ColumnKey): Cells | undefined {
  const amounts = rows.map((r) => r.values[column]).filter((a) => a !== undefined);
  if (!amounts.length) return undefined;
  return { fen: amounts.reduce((s, a) => s + a.fen, 0), cells: amounts.map((a) => a.cell) };
}

/** A code may appear once per unit block (合计; 209001 …; 209002 …): the department's figure is their sum. */
function rowsByCodes(table: Table, codes: string[], column: ColumnKey): Cells | undefined {
  return sumRows(table.rows.filter((r) => r.kind === 'code' && r.code !== undefined && codes.includes(r.code)), column);
}

function tableTotal(table: Table, column: ColumnKey): Cells | undefined {
  const total = table.rows.find((r) => r.kind === 'total');
  if (total) return sumRows([total], column);
  // No 合计 row: the department's unit row (the shortest 单位编码) carries the total.
  const units = table.rows.filter((r) => r.kind === 'unit' && r.code).sort((a, b) => a.code!.length - b.code!.length);
  if (units.length) return sumRows([units[0]], column);
  return sumRows(table.rows.filter((r) => r.kind === 'code' && r.level === 1), column);
}

function rowByName(table: Table, f: Extract<Fact, { kind: 'rowByName' }>): Cells | undefined {
  const under = table.rows.filter((r) => r.kind === 'code' && r.code?.length === 5 && f.under.some((u) => r.code!.startsWith(u)));
  const key = rowNameKey(f.name);
  const byName = under.filter((r) => rowNameKey(r.name) === key);
  if (byName.length) return sumRows(byName, f.column);
  return f.code ? sumRows(under.filter((r) => r.code === f.code), f.column) : undefined;
}

function lookUp(table: Table, f: Fact): Cells | undefined {
  switch (f.kind) {
    case 'item': {
      const a = table.items.find((i) => i.key === f.item)?.amount;
      return a ? { fen: a.fen, cells: [a.cell] } : undefined;
    }
    case 'rows':
      return rowsByCodes(table, f.codes, f.column);
    case 'tableTotal':
      return tableTotal(table, f.column);
    case 'rowByName':
      return rowByName(table, f);
  }
}

/** The first of the concept's facts that the tables hold. */
export function resolveConcept(concept: string, tables: Tables): Resolution {
  const def = conceptDef(concept);
  if (!def || !def.facts.length) return { status: 'no-table-fact' };
  const missing: TableKind[] = [];
  const searched: TableKind[] = [];
  for (const f of def.facts) {
    const table = tables[f.table];
    if (!table) {
      missing.push(f.table);
      continue;
    }
    searched.push(f.table);
    const found = lookUp(table, f);
    if (found) return { status: 'found', fact: { ...found, table: f.table, unit: table.unit, relation: def.relation ?? '=' } };
  }
  return searched.length ? { status: 'not-found', tables: searched } : { status: 'table-missing', tables: missing };
}
