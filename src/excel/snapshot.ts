// Reads every sheet's used range (values, number formats, merged areas) in two syncs in total.
import type { CellValue, Merge, SheetSnapshot, WorkbookSnapshot } from '../engine/workbook';
import { parseAddress } from '../engine/workbook';
import { toHostError } from './errors';

/** Excel returns errors as strings like "#REF!"; the engine wants them marked as errors. */
const EXCEL_ERRORS = new Set(['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA', '#SPILL!', '#CALC!', '#BLOCKED!', '#CONNECT!', '#BUSY!', '#FIELD!', '#UNKNOWN!']);

export function toCellValue(v: unknown): CellValue {
  if (v === '' || v === null || v === undefined) return null;
  if (typeof v === 'string') return EXCEL_ERRORS.has(v) ? { error: v } : v;
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  return String(v);
}

/** "Sheet1!B2:D3" → a 0-based merge rectangle, relative to A1. */
export function mergeFromAddress(addr: string): Merge | undefined {
  const range = addr.includes('!') ? addr.slice(addr.lastIndexOf('!') + 1) : addr;
  const [from, to = from] = range.split(':');
  const a = parseAddress(from);
  const b = parseAddress(to);
  if (!a || !b) return undefined;
  return { top: a.row, left: a.col, bottom: b.row, right: b.col };
}

/** Pads rows so the used range lands at its real position (the engine's grid starts at A1). */
function placeAt<T>(rows: T[][], rowIndex: number, columnIndex: number, fill: T): T[][] {
  const pad: T[] = new Array(columnIndex).fill(fill);
  return [...new Array(rowIndex).fill(null).map(() => []), ...rows.map((r) => (columnIndex ? [...pad, ...r] : r))];
}

export async function snapshotWorkbook(): Promise<WorkbookSnapshot> {
  try {
    return await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name,items/visibility');
      await context.sync();
      // Queue every read for every sheet, then sync once: the cost does not grow with the sheet count.
      const reads = sheets.items.map((ws) => {
        const used = ws.getUsedRangeOrNullObject(true);
        used.load('values,numberFormat,rowIndex,columnIndex');
        const merged = used.getMergedAreasOrNullObject();
        merged.load('areas/items/address');
        return { ws, used, merged };
      });
      await context.sync();
      return {
        sheets: reads.map(({ ws, used, merged }): SheetSnapshot => {
          if (used.isNullObject) return { name: ws.name, values: [], merges: [], hidden: ws.visibility !== 'Visible' };
          const values = placeAt(used.values.map((row) => row.map(toCellValue)), used.rowIndex, used.columnIndex, null as CellValue);
          const numberFormats = placeAt(
            used.numberFormat.map((row) => row.map((f) => (f === 'General' ? null : String(f)))),
            used.rowIndex,
            used.columnIndex,
            null as string | null,
          );
          const merges = merged.isNullObject ? [] : merged.areas.items.map((r) => mergeFromAddress(r.address)).filter((m): m is Merge => !!m);
          return { name: ws.name, values, numberFormats, merges, hidden: ws.visibility !== 'Visible' };
        }),
      };
    });
  } catch (e) {
    throw toHostError(e);
  }
}
