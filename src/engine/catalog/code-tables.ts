// Which tables list classification codes, in which system, and one shared index of their code rows.
import { TABLE_KINDS, TABLE_NUMBER, TABLE_SHAPE, type CodeRow, type CodeSystem, type Table, type Tables } from '../tables/model';
import type { CellRef } from '../workbook';
import { memoByTable } from '../tables/memo';
import { codeFormatProblem, type CodeFormatProblem } from './codes';

export interface CodeTable {
  table: Table;
  system: CodeSystem;
}

/** The code system of a code table's rows. 表6 carries economic codes; the others function codes. */
export function systemOfTable(table: Table): CodeSystem {
  return table.codeSystem ?? (table.kind === 'basic' ? 'economicDept' : 'function');
}

/** Code tables present, in table order. */
export function codeTables(tables: Tables): CodeTable[] {
  const out: CodeTable[] = [];
  for (const kind of TABLE_KINDS) {
    const table = tables[kind];
    if (!table || TABLE_SHAPE[kind] !== 'codes') continue;
    out.push({ table, system: systemOfTable(table) });
  }
  return out;
}

export type ClassRow = CodeRow & { code: string };

/**
 * A table's classification rows with their codes numbered. A 300,000-row workbook repeats a few
 * hundred codes under every unit, so the rules work on code ids (array indexes) and ask per distinct
 * code what they would otherwise ask per row: its format, its parent, where it first appears. The
 * rows are kept as positions in table.rows, not as an array of their own: filling an array with
 * 90,000 row objects took several times as long as the rest of the pass. Built once per check run
 * (memoByTable) and shared by the code rules: callers must not mutate it.
 */
export interface CodeIndex {
  system: CodeSystem;
  /** The table's rows. */
  all: readonly CodeRow[];
  /**
   * Where the classification rows are in `all` (kind 'code' with a code; 单位编码 rows look like codes
   * but are not), in table order. "Row i" below is the row at all[pos[i]]; see classRow.
   */
  pos: Int32Array;
  /** Per row i: the id of its code. */
  ids: Int32Array;
  /** Per row i: its position in the table's AmountGrid (row.index), so sums need not touch the row objects. */
  at: Int32Array;
  /** Per row i: the id of its name (the text as written) in `names`. */
  nameIds: Int32Array;
  /** The distinct names of the rows, by name id. */
  names: string[];
  /**
   * Per code id (row codes only): the names its rows are written with, in order of first appearance,
   * with how many rows use each. Rules that judge names judge these few hundred pairs, not every row.
   */
  nameCounts: NameCount[][];
  /** Code by id: the rows' codes in order of first appearance, then prefixes that no row carries. */
  codes: string[];
  idOf: Map<string, number>;
  /** Ids below this carry rows; the rest are prefixes only. */
  rowCodes: number;
  /** Per id: row i of its first row (-1 for a prefix only). */
  first: Int32Array;
  /**
   * Per id: the id of the code's longest odd-length prefix of at least 3 digits (−1 when none). For a
   * well-formed code that is its parent (2150501 → 21505 → 215); following it gives every prefix.
   */
  parent: Int32Array;
  /** Per id: why the code cannot be a code of the table's system (codeFormatProblem), once per code. */
  problem: (CodeFormatProblem | undefined)[];
  /** Whether any row's code has a problem: most tables have none and code-format need not look further. */
  anyProblem: boolean;
  /**
   * Unit blocks: a table that lists codes per unit (209001 单位A, its codes; 209002 单位B, its codes)
   * restarts the 类/款/项 hierarchy in every block. Block k is rows blockStart[k] up to (not including)
   * blockStart[k + 1]; blocks without code rows are left out. blockStart ends with the number of rows.
   */
  blockStart: number[];
  /** The 单位编码 of each block ('' for a unit row without one); undefined for rows above any unit row. */
  blockUnit: (string | undefined)[];
}

/** How many rows of one code are written with one name, and the first of them. */
export interface NameCount {
  nameId: number;
  count: number;
  /** Row i of the first. */
  first: number;
}

const CODE_INDEX = Symbol('codeIndex');

export function codeIndex(table: Table): CodeIndex {
  return memoByTable(table, CODE_INDEX, buildCodeIndex);
}

/** Row i of the index (see CodeIndex.pos). */
export function classRow(index: CodeIndex, i: number): ClassRow {
  return index.all[index.pos[i]] as ClassRow;
}

function buildCodeIndex(table: Table): CodeIndex {
  const scan = new RowScan(table.rows);
  const { codes, idOf, n } = scan;
  const rowCodes = codes.length;
  const parent = prefixIds(codes, idOf);
  const system = systemOfTable(table);
  const problem = codes.map((c) => codeFormatProblem(c, system));
  const first = new Int32Array(codes.length).fill(-1);
  for (let id = 0; id < rowCodes; id++) first[id] = scan.nameCounts[id][0].first;
  return {
    system,
    all: table.rows,
    pos: scan.pos.subarray(0, n),
    ids: scan.ids.subarray(0, n),
    at: scan.at.subarray(0, n),
    nameIds: scan.nameIds.subarray(0, n),
    names: scan.names,
    nameCounts: scan.nameCounts,
    codes,
    idOf,
    rowCodes,
    first,
    parent,
    problem,
    anyProblem: problem.slice(0, rowCodes).some((p) => p !== undefined),
    blockStart: scan.blockStart,
    blockUnit: scan.blockUnit,
  };
}

/**
 * The one pass over the table's row objects: everything later reads typed arrays. The loop is kept
 * small and the rare steps (a code or a name not met before) are methods of their own: the loop runs
 * once per check over 90,000 rows and is compiled afresh each time, and a small loop is optimised sooner.
 */
class RowScan {
  /** How many classification rows; the typed arrays are sized for every row of the table. */
  n = 0;
  readonly pos: Int32Array;
  readonly ids: Int32Array;
  readonly at: Int32Array;
  readonly nameIds: Int32Array;
  readonly codes: string[] = [];
  readonly idOf = new Map<string, number>();
  readonly names: string[] = [];
  private readonly nameIdOf = new Map<string, number>();
  readonly nameCounts: NameCount[][] = [];
  /** Per code id, the count of its last row's name: a code's rows mostly repeat one name. */
  private readonly current: NameCount[] = [];
  /**
   * Per code id, the id of the code on the row after its last row: unit blocks repeat one sequence
   * of codes, so the guess saves hashing most rows' code.
   */
  private readonly next: number[] = [];
  readonly blockStart: number[] = [];
  readonly blockUnit: (string | undefined)[] = [];

  constructor(all: readonly CodeRow[]) {
    this.pos = new Int32Array(all.length);
    this.ids = new Int32Array(all.length);
    this.at = new Int32Array(all.length);
    this.nameIds = new Int32Array(all.length);
    const { pos, ids, at, nameIds, codes, names, current, next } = this;
    let n = 0;
    let prev = -1;
    let unit: string | undefined;
    let open = false; // whether the current block has a code row yet
    for (let i = 0; i < all.length; i++) {
      const r = all[i];
      if (r.kind !== 'code') {
        if (r.kind === 'unit') {
          unit = r.code ?? '';
          open = false;
        }
        continue;
      }
      const code = r.code;
      if (!code) continue;
      if (!open) open = this.openBlock(n, unit);
      let id = prev < 0 ? -1 : next[prev];
      if (id < 0 || codes[id] !== code) id = this.codeId(code, prev);
      prev = id;
      let use = current[id];
      if (names[use.nameId] !== r.name) use = this.nameUse(id, r.name, n);
      use.count++;
      pos[n] = i;
      ids[n] = id;
      nameIds[n] = use.nameId;
      at[n++] = r.index;
    }
    this.blockStart.push(n);
    this.n = n;
  }

  private openBlock(n: number, unit: string | undefined): true {
    this.blockStart.push(n);
    this.blockUnit.push(unit);
    return true;
  }

  /** The id of a code the guess missed, numbering it when new; remembered as the code after `prev`. */
  private codeId(code: string, prev: number): number {
    let id = this.idOf.get(code);
    if (id === undefined) {
      this.idOf.set(code, (id = this.codes.length));
      this.codes.push(code);
      this.nameCounts.push([]);
      this.current.push({ nameId: -1, count: 0, first: -1 });
      this.next.push(-1);
    }
    if (prev >= 0) this.next[prev] = id;
    return id;
  }

  /** The count of `name` for code `id`, made at row n when the code has not had that name before. */
  private nameUse(id: number, name: string, n: number): NameCount {
    let nameId = this.nameIdOf.get(name);
    if (nameId === undefined) {
      this.nameIdOf.set(name, (nameId = this.names.length));
      this.names.push(name);
    }
    const uses = this.nameCounts[id];
    let use = uses.find((u) => u.nameId === nameId);
    if (!use) uses.push((use = { nameId, count: 0, first: n }));
    return (this.current[id] = use);
  }
}

/**
 * The parent of each code (CodeIndex.parent), adding to `codes` the prefixes no row carries. They go
 * after every row code, so that ids below rowCodes keep the order of first appearance.
 */
function prefixIds(codes: string[], idOf: Map<string, number>): Int32Array {
  const parent: number[] = [];
  // codes grows while this runs: prefixes get their own parents.
  for (let id = 0; id < codes.length; id++) {
    const code = codes[id];
    const n = code.length % 2 ? code.length - 2 : code.length - 1;
    if (n < 3) {
      parent.push(-1);
      continue;
    }
    const prefix = code.slice(0, n);
    let p = idOf.get(prefix);
    if (p === undefined) {
      idOf.set(prefix, (p = codes.length));
      codes.push(prefix);
    }
    parent.push(p);
  }
  return Int32Array.from(parent);
}

/** The id of `code` when rows of the table carry it, else −1. */
export function rowCodeId(index: CodeIndex, code: string): number {
  const id = index.idOf.get(code);
  return id !== undefined && id < index.rowCodes ? id : -1;
}

/** Where a finding about a row's code points: its code cell, or its name cell when the code sat inline. */
export function codeCellOf(row: CodeRow): CellRef {
  return row.codeCell ?? row.nameCell;
}

/** The code tables a code rule would read, for coverage when none is present. */
export const CODE_TABLE_NUMBERS: string[] = TABLE_KINDS.filter((k) => TABLE_SHAPE[k] === 'codes').map((k) => TABLE_NUMBER[k]);
