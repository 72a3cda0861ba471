// window.__demo: the fake workbook's state for end-to-end tests and for the curious (devtools).
import { a1 } from '../engine/workbook';
import type { FakeWorkbook, Selection } from './fake/model';

export interface CellState {
  value: unknown;
  formula?: string;
  numberFormat?: string;
  fill?: unknown;
  font?: unknown;
  note?: string;
}

export interface DemoHandle {
  /** The workbook on the page now (replaced when another file is loaded). */
  readonly workbook: FakeWorkbook | undefined;
  readonly syncCount: number;
  readonly selection: Selection | null;
  readonly activeSheet: string;
  /** Sheet names with their visibility, in order. */
  sheets(): { name: string; visibility: string }[];
  /** Every cell's value, formats and note, by sheet and address: compare before and after. */
  cells(sheet?: string): Record<string, Record<string, CellState>>;
  /** Resolves once the first workbook is on the page. */
  ready: Promise<void>;
  loadBytes(bytes: Uint8Array | ArrayBuffer, name: string): Promise<void>;
  loadSample(id: string): Promise<void>;
  /** The current workbook as .xlsx bytes (what "下载 .xlsx" saves). */
  xlsx(): Promise<Uint8Array>;
  /** Make every sync fail as when a cell is being edited in Excel. */
  setEditMode(on: boolean): void;
  protectSheet(name: string, on: boolean): void;
  /** ExcelApi version the fake claims ("1.18" has notes; "1.9" has none). */
  setApiVersion(version: string): void;
}

export function cellStates(book: FakeWorkbook, only?: string): Record<string, Record<string, CellState>> {
  const out: Record<string, Record<string, CellState>> = {};
  for (const sheet of book.sheets) {
    if (only !== undefined && sheet.name !== only) continue;
    const cells: Record<string, CellState> = {};
    for (const [r, c, cell] of sheet.cellsIn({ top: 0, left: 0, bottom: 1_048_575, right: 16_383 })) {
      const address = a1(r, c);
      cells[address] = JSON.parse(JSON.stringify({ value: cell.value, formula: cell.formula, numberFormat: cell.numberFormat, fill: cell.fill, font: cell.font }));
    }
    for (const [address, note] of sheet.notes) cells[address] = { ...(cells[address] ?? { value: null }), note: note.content };
    out[sheet.name] = cells;
  }
  return out;
}

