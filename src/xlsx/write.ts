// Writes plain grids of values to an .xlsx file (sample workbooks, test fixtures). Same input, same bytes.
import ExcelJS from 'exceljs';
import type { CellError } from '../engine/workbook';
import { setZipEntryTimes } from './zip-dates';

/** A cell to write: text, a number, empty, or an Excel error value such as { error: '#REF!' }. */
export type GridCell = string | number | null | CellError;

export interface GridSheet {
  name: string;
  /** Rows from A1; null (or a missing cell) leaves the cell empty. */
  rows: GridCell[][];
  /** Merged areas as A1 ranges, e.g. "A1:K1". */
  merges?: string[];
  /** Number format applied to numeric cells, e.g. '#,##0.00'; text cells keep General. */
  numFmt?: string;
  /** Column widths in characters, from column A; a missing or null entry keeps the default. */
  colWidths?: (number | null)[];
}

export interface WriteOptions {
  creator?: string;
  /** Stamped as created/modified and on every zip entry; fixed by default so output is reproducible. */
  date?: Date;
}

/** 2022-01-01, the budget year of the seed: any fixed date makes regenerated files identical. */
export const FIXED_DATE = new Date(Date.UTC(2022, 0, 1));

export async function writeGrids(sheets: GridSheet[], options: WriteOptions = {}): Promise<Uint8Array> {
  const date = options.date ?? FIXED_DATE;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = options.creator ?? 'budget-check';
  workbook.lastModifiedBy = workbook.creator;
  workbook.created = date;
  workbook.modified = date;
  for (const sheet of sheets) addSheet(workbook, sheet);
  const buffer = await workbook.xlsx.writeBuffer();
  const bytes = new Uint8Array(buffer as unknown as ArrayBuffer);
  setZipEntryTimes(bytes, date);
  return bytes;
}

function addSheet(workbook: ExcelJS.Workbook, sheet: GridSheet): void {
  const ws = workbook.addWorksheet(sheet.name);
  sheet.rows.forEach((cells, r) => {
    if (cells.length === 0) return;
    const row = ws.getRow(r + 1);
    cells.forEach((value, c) => {
      if (value === null || value === undefined) return;
      const cell = row.getCell(c + 1);
      // exceljs types errors as a closed union; any code Excel knows is written the same way.
      cell.value = value as ExcelJS.CellValue;
      if (typeof value === 'number' && sheet.numFmt) cell.numFmt = sheet.numFmt;
    });
  });
  for (const range of sheet.merges ?? []) ws.mergeCells(range);
  (sheet.colWidths ?? []).forEach((width, c) => {
    if (width !== null && width !== undefined) ws.getColumn(c + 1).width = width;
  });
}
