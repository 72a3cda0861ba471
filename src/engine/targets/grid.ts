// A sheet read through its merges: a cell inside a merged area reads as the area's top-left cell.
import { cellAt, cellText, type CellValue, type Merge, type SheetSnapshot } from '../workbook';

export interface TextCell {
  col: number;
  text: string;
}

export class Grid {
  private readonly owner = new Map<string, Merge>();

  constructor(readonly sheet: SheetSnapshot) {
    for (const m of sheet.merges ?? []) {
      for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) this.owner.set(`${r},${c}`, m);
    }
  }

  get name(): string {
    return this.sheet.name;
  }

  get rowCount(): number {
    return this.sheet.values.length;
  }

  mergeAt(row: number, col: number): Merge | undefined {
    return this.owner.get(`${row},${col}`);
  }

  /** The cell that holds the value shown at (row, col). */
  origin(row: number, col: number): { row: number; col: number } {
    const m = this.mergeAt(row, col);
    return m ? { row: m.top, col: m.left } : { row, col };
  }

  value(row: number, col: number): CellValue {
    const o = this.origin(row, col);
    return cellAt(this.sheet, o.row, o.col);
  }

  text(row: number, col: number): string {
    return cellText(this.value(row, col)).replace(/\r?\n/g, ' ').trim();
  }

  /** Non-empty cells of a row, a horizontally merged area counted once (at its first column). */
  cells(row: number): TextCell[] {
    const width = Math.max(this.sheet.values[row]?.length ?? 0, ...[...this.owner.values()].filter((m) => m.top <= row && m.bottom >= row).map((m) => m.right + 1));
    const out: TextCell[] = [];
    for (let c = 0; c < width; c++) {
      const m = this.mergeAt(row, c);
      if (m && c > m.left) continue;
      const text = this.text(row, c);
      if (text) out.push({ col: c, text });
    }
    return out;
  }

  /** The row's text as one line, cells separated by a space. */
  line(row: number): string {
    return this.cells(row)
      .map((c) => c.text)
      .join(' ');
  }
}
