// The CodeRow the reader and the test builder make: cells kept flat and made on demand, values read
// from the table's AmountGrid. A 300,000-row workbook would otherwise hold 600,000 CellRefs and
// 2 million Amounts that only the odd finding points at.
import type { AmountGrid } from './amounts';
import type { CodeRow } from './model';
import type { CellRef } from '../workbook';

export class SheetCodeRow implements CodeRow {
  constructor(
    public kind: CodeRow['kind'],
    public code: string | undefined,
    public name: string,
    public level: CodeRow['level'],
    public row: number,
    readonly index: number,
    private readonly grid: AmountGrid,
    /** Column of the code; -1 when the row has none. */
    private readonly codeCol: number,
    private readonly nameCol: number,
    public unit: string | undefined,
  ) {}

  get codeCell(): CellRef | undefined {
    return this.codeCol < 0 ? undefined : { sheet: this.grid.sheet, row: this.row, col: this.codeCol };
  }

  get nameCell(): CellRef {
    return { sheet: this.grid.sheet, row: this.row, col: this.nameCol };
  }

  /** Fresh Amounts each call: rules that add up columns read the grid instead. */
  get values(): CodeRow['values'] {
    return this.grid.values(this.index, this.row);
  }
}
