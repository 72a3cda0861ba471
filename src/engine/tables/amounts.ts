// The value cells of a code table, stored by column: one Float64Array of 分 and one Uint8Array of
// blank flags per value column, indexed by the row's position in the table. A 300,000-row workbook
// has ~2 million value cells; as objects they were two thirds of the engine's memory and most of its
// garbage-collection time, as typed arrays they are 9 bytes each and no objects at all. Rules that
// add up columns read the arrays; everything else asks for an Amount, made when asked for.
import { Amount, type Column, type ColumnKey } from './model';

/** What the grid needs of a row: its index in the grid and its sheet row (a CodeRow). */
export interface GridRow {
  index: number;
  row: number;
}

export class AmountGrid {
  /** 分 by column slot, then row index. */
  private readonly fens: Float64Array[];
  /** 1 where the cell is blank (counted as 0, and not as a written figure). */
  private readonly blanks: Uint8Array[];
  private readonly slots = new Map<ColumnKey, number>();
  /** Sheet column of each slot. */
  private readonly cols: number[];
  /** The slot of each column the grid was made with (a key read twice reads its last column). */
  private readonly columnSlots: number[];

  /** `capacity`: the most rows the table can have (the reader's bound; unused room costs 9 bytes a cell). */
  constructor(
    readonly sheet: string,
    columns: readonly Column[],
    capacity: number,
  ) {
    this.fens = columns.map(() => new Float64Array(capacity));
    this.blanks = columns.map(() => new Uint8Array(capacity).fill(1));
    this.cols = columns.map((c) => c.col);
    // A key read twice keeps its last column, in the place of its first, as row objects filled
    // column by column would.
    columns.forEach((c, i) => this.slots.set(c.key, i));
    this.columnSlots = columns.map((c) => this.slots.get(c.key)!);
  }

  /** The slot of a column, for the typed-array accessors; -1 when the table has no such column. */
  slot(key: ColumnKey): number {
    return this.slots.get(key) ?? -1;
  }

  /**
   * slot(columns[i].key) for the columns the grid was made with, in their order — the table's
   * columns — without a lookup by key: sum rules ask for it once per column per compared row.
   */
  columnSlot(i: number): number {
    return this.columnSlots[i];
  }

  /** The sheet column of a slot. */
  col(slot: number): number {
    return this.cols[slot];
  }

  set(slot: number, index: number, fen: number, blank: boolean): void {
    this.fens[slot][index] = fen;
    this.blanks[slot][index] = blank ? 1 : 0;
  }

  fen(slot: number, index: number): number {
    return this.fens[slot][index];
  }

  isBlank(slot: number, index: number): boolean {
    return this.blanks[slot][index] === 1;
  }

  /** The cell as an Amount; `row` is its 0-based sheet row. */
  amount(slot: number, index: number, row: number): Amount {
    return new Amount(this.fens[slot][index], this.blanks[slot][index] === 1, this.sheet, row, this.cols[slot]);
  }

  /** Σ of the rows' cells in one column, in 分, added in the rows' order. */
  sum(slot: number, rows: readonly GridRow[]): number {
    const fens = this.fens[slot];
    let fen = 0;
    for (let i = 0; i < rows.length; i++) fen += fens[rows[i].index];
    return fen;
  }

  /** The rows' cells in one column, as Amounts (for a finding's operands). */
  amountsOf(slot: number, rows: readonly GridRow[]): Amount[] {
    return rows.map((r) => this.amount(slot, r.index, r.row));
  }

  /** The row's cells by column key, in column order: what CodeRow.values gives. */
  values(index: number, row: number): Partial<Record<ColumnKey, Amount>> {
    const out: Partial<Record<ColumnKey, Amount>> = {};
    for (const [key, slot] of this.slots) out[key] = this.amount(slot, index, row);
    return out;
  }
}
