// The CodeRow the reader and the test builder make: cells kept flat and made on demand, values read
// from the table's AmountGrid. A 300,000-row workbook would otherwise hold 600,000 CellRefs and
// 2 million Amounts that only the odd finding points at.
import type { AmountGrid } from './amounts';
import type { CodeRow } from './model';
import type { CellRef } from '../workbook';

/**
 * Where a table's rows keep their cells: its grid of amounts and the code and name columns. One is
 * shared by all the rows of a table that have their code in the same place, so a row carries one
 * reference instead of three fields (a 300,000-row workbook's rows are most of what the reader keeps).
 */
export class RowPlace {
  constructor(
    readonly grid: AmountGrid,
    /** Column of the code; -1 when the rows have none. */
    readonly codeCol: number,
    readonly nameCol: number,
  ) {}
}

export class SheetCodeRow implements CodeRow {
  constructor(
    public kind: CodeRow['kind'],
    public code: string | undefined,
    public name: string,
    public level: CodeRow['level'],
    public row: number,
    readonly index: number,
    private readonly place: RowPlace,
    public unit: string | undefined,
  ) {}

  get codeCell(): CellRef | undefined {
    const { grid, codeCol } = this.place;
    return codeCol < 0 ? undefined : { sheet: grid.sheet, row: this.row, col: codeCol };
  }

  get nameCell(): CellRef {
    return { sheet: this.place.grid.sheet, row: this.row, col: this.place.nameCol };
  }

  /** Fresh Amounts each call: rules that add up columns read the grid instead. */
  get values(): CodeRow['values'] {
    return this.place.grid.values(this.index, this.row);
  }
}
