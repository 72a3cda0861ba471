// Which tables list classification codes, in which system, and their code rows grouped by unit block.
import { TABLE_KINDS, TABLE_NUMBER, TABLE_SHAPE, type CodeRow, type CodeSystem, type Table, type Tables } from '../tables/model';
import type { CellRef } from '../workbook';
import { memoByTable } from '../tables/memo';

export interface CodeTable {
  table: Table;
  system: CodeSystem;
}

/** Code tables present, in table order. 表6 carries economic codes; the others function codes. */
export function codeTables(tables: Tables): CodeTable[] {
  const out: CodeTable[] = [];
  for (const kind of TABLE_KINDS) {
    const table = tables[kind];
    if (!table || TABLE_SHAPE[kind] !== 'codes') continue;
    out.push({ table, system: table.codeSystem ?? (kind === 'basic' ? 'economicDept' : 'function') });
  }
  return out;
}

const CODE_ROWS = Symbol('codeRows');
const UNIT_BLOCKS = Symbol('unitBlocks');

/** Classification rows only: 单位编码 rows (209, 209001) look like codes but are not. Shared: do not mutate. */
export function codeRows(table: Table): (CodeRow & { code: string })[] {
  return memoByTable(table, CODE_ROWS, (t) => t.rows.filter((r): r is CodeRow & { code: string } => r.kind === 'code' && !!r.code));
}

/**
 * Code rows split at each unit row: a table that lists codes per unit (209001 单位A, its codes;
 * 209002 单位B, its codes) restarts the 类/款/项 hierarchy in every block. Shared: do not mutate.
 */
export function unitBlocks(table: Table): (CodeRow & { code: string })[][] {
  return memoByTable(table, UNIT_BLOCKS, (t) => {
    const blocks: (CodeRow & { code: string })[][] = [[]];
    for (const row of t.rows) {
      if (row.kind === 'unit') {
        if (blocks[blocks.length - 1].length) blocks.push([]);
      } else if (row.kind === 'code' && row.code) blocks[blocks.length - 1].push(row as CodeRow & { code: string });
    }
    return blocks.filter((b) => b.length > 0);
  });
}

/** Where a finding about a row's code points: its code cell, or its name cell when the code sat inline. */
export function codeCellOf(row: CodeRow): CellRef {
  return row.codeCell ?? row.nameCell;
}

/** The code tables a code rule would read, for coverage when none is present. */
export const CODE_TABLE_NUMBERS: string[] = TABLE_KINDS.filter((k) => TABLE_SHAPE[k] === 'codes').map((k) => TABLE_NUMBER[k]);
