// Reads every sheet's used range (values, number formats, merged areas) for the engine.
//
// Cost: two context.sync calls whatever the number of sheets — one for the sheet list, one for every
// sheet's size, merged areas and first rows. Excel on the web caps a request at 5 MB, so a sheet taller
// than those first rows is read on in row blocks of about BLOCK_CELLS cells, several blocks (of several
// sheets) per extra sync; only such big sheets add syncs. If the first rows of all sheets together are
// still too big (very wide sheets), the second request is redone without them and everything is read in
// blocks sized from each sheet's real width; a block request that is still too big is split further.
import type { CellValue, Merge, SheetSnapshot, WorkbookSnapshot } from '../engine/workbook';
import { parseAddress } from '../engine/workbook';
import { toHostError } from './errors';
import { isOwnSheet } from './own-sheets';
import { apiSupported, excelRun } from './run';

const MAX_ROWS = 1_048_576;
/** Cells per request we aim at: values and formats of a budget table run at about 30 bytes a cell. */
export const BLOCK_CELLS = 100_000;
/** Columns a budget sheet is assumed to use when sizing the first rows read with the sheet list. */
const ASSUMED_WIDTH = 20;
const MAX_HEAD_ROWS = 1000;
const MIN_HEAD_ROWS = 50;
/** Below this a request that is still too big is a real failure, not a block size to shrink. */
const MIN_BLOCK_CELLS = 500;

/** Excel returns errors as strings like "#REF!"; the engine wants them marked as errors. */
const EXCEL_ERRORS = new Set(['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA', '#SPILL!', '#CALC!', '#BLOCKED!', '#CONNECT!', '#BUSY!', '#FIELD!', '#UNKNOWN!']);

export function toCellValue(v: unknown, numberFormat?: string | null): CellValue {
  if (v === '' || v === null || v === undefined) return null;
  if (typeof v === 'string') return EXCEL_ERRORS.has(v) ? { error: v } : v;
  if (typeof v === 'number') return numberFormat && isDateFormat(numberFormat) ? serialToIso(v) : v;
  if (typeof v === 'boolean') return v;
  return String(v);
}

/** A number format that shows a date or time (tokens outside quotes, brackets and escapes). */
export function isDateFormat(format: string): boolean {
  const bare = format.replace(/"[^"]*"|\[[^\]]*\]|\\.|_.|\*./g, '');
  return /[yd]/i.test(bare) || (/[hs]/i.test(bare) && bare.includes(':'));
}

/** Excel's date serial (1900 system) as the .xlsx reader gives dates: "2022-01-31" or "2022-01-31T08:30:00". */
export function serialToIso(serial: number): string {
  const ms = Math.round((serial * 86_400_000) / 1000) * 1000 + Date.UTC(1899, 11, 30);
  const iso = new Date(ms).toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.replace(/\.000Z$/, '');
}

/** "Sheet1!B2:D3" → a 0-based merge rectangle, relative to A1. */
export function mergeFromAddress(addr: string): Merge | undefined {
  const range = addr.includes('!') ? addr.slice(addr.lastIndexOf('!') + 1) : addr;
  const [from, to = from] = range.split(':');
  const a = parseAddress(from);
  const b = parseAddress(to);
  if (!a || !b) return undefined;
  return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
}

/** How many first rows of every sheet fit in the second request next to each other. */
export function headRowCount(sheetCount: number): number {
  const rows = Math.floor(BLOCK_CELLS / Math.max(1, sheetCount) / ASSUMED_WIDTH);
  return Math.max(MIN_HEAD_ROWS, Math.min(MAX_HEAD_ROWS, rows));
}

interface SheetRead {
  ws: Excel.Worksheet;
  used: Excel.Range;
  /** Undefined on hosts without ExcelApi 1.13: the snapshot then has no merges. */
  merged?: Excel.RangeAreas;
  /** Row blocks read so far (the first rows, then any further blocks); null objects are empty blocks. */
  blocks: Excel.Range[];
  /** First row (0-based) not read yet. */
  nextRow: number;
}

const BLOCK_PROPS = 'values,numberFormat,rowIndex,columnIndex';

function queueSheet(ws: Excel.Worksheet, headRows: number): SheetRead {
  const used = ws.getUsedRangeOrNullObject(true);
  used.load('rowIndex,rowCount,columnCount');
  // Merged areas of the whole sheet, not of `used`: a method on a null object is best not relied on.
  // (ExcelApi 1.13; Excel answers for at most 512 merged areas a sheet — budget tables merge headers only.)
  let merged: Excel.RangeAreas | undefined;
  if (apiSupported('1.13')) {
    merged = ws.getRange().getMergedAreasOrNullObject();
    merged.load('areas/items/address');
  }
  const read: SheetRead = { ws, used, merged, blocks: [], nextRow: 0 };
  if (headRows > 0) queueBlock(read, headRows);
  return read;
}

function queueBlock(read: SheetRead, rows: number): void {
  const from = read.nextRow;
  const block = read.ws.getRange(`${from + 1}:${Math.min(from + rows, MAX_ROWS)}`).getUsedRangeOrNullObject(true);
  block.load(BLOCK_PROPS);
  read.blocks.push(block);
  read.nextRow = from + rows;
}

function lastRow(read: SheetRead): number {
  return read.used.isNullObject ? -1 : read.used.rowIndex + read.used.rowCount - 1;
}

/** The next request's blocks: rows of the sheets still unread, about `budget` cells in all (at least one block). */
function nextRequest(reads: SheetRead[], budget: number): { read: SheetRead; rows: number }[] {
  const request: { read: SheetRead; rows: number }[] = [];
  let cells = 0;
  for (const read of reads) {
    const width = Math.max(1, read.used.columnCount);
    const rows = Math.max(1, Math.floor(budget / width));
    for (let row = read.nextRow; row <= lastRow(read); row += rows) {
      const size = Math.min(rows, lastRow(read) - row + 1) * width;
      if (request.length && cells + size > budget) return request;
      request.push({ read, rows });
      cells += size;
    }
  }
  return request;
}

/**
 * Reads what the first request left, block by block. A request Excel still finds too big (very wide
 * rows, long texts) is undone and planned again with a quarter of the cells.
 */
async function readRemaining(context: Excel.RequestContext, reads: SheetRead[], progress: () => void): Promise<void> {
  let budget = BLOCK_CELLS;
  for (;;) {
    const request = nextRequest(reads.filter((r) => r.nextRow <= lastRow(r)), budget);
    if (!request.length) return;
    // Where each sheet stood before this request (its first block in the request wins), to undo it.
    const before = new Map<SheetRead, { blocks: number; nextRow: number }>();
    for (const { read } of request) if (!before.has(read)) before.set(read, { blocks: read.blocks.length, nextRow: read.nextRow });
    for (const { read, rows } of request) queueBlock(read, rows);
    try {
      await context.sync();
    } catch (e) {
      if (toHostError(e).kind !== 'payload-too-large' || budget <= MIN_BLOCK_CELLS) throw e;
      for (const [read, state] of before) [read.blocks.length, read.nextRow] = [state.blocks, state.nextRow];
      budget = Math.max(MIN_BLOCK_CELLS, Math.floor(budget / 4));
      continue;
    }
    progress();
  }
}

export async function snapshotWorkbook(onProgress?: (done: number, total: number) => void): Promise<WorkbookSnapshot> {
  return excelRun(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load('items/name,items/visibility');
    await context.sync();
    const sheets = worksheets.items.filter((ws) => !isOwnSheet(ws.name));
    onProgress?.(0, sheets.length);

    let reads: SheetRead[];
    try {
      reads = sheets.map((ws) => queueSheet(ws, headRowCount(sheets.length)));
      await context.sync();
    } catch (e) {
      if (toHostError(e).kind !== 'payload-too-large') throw e;
      reads = sheets.map((ws) => queueSheet(ws, 0));
      await context.sync();
    }
    const complete = () => reads.filter((r) => r.nextRow > lastRow(r)).length;
    onProgress?.(complete(), sheets.length);

    await readRemaining(context, reads, () => onProgress?.(complete(), sheets.length));
    return { sheets: reads.map(toSheetSnapshot) };
  });
}

function toSheetSnapshot(read: SheetRead): SheetSnapshot {
  const values: CellValue[][] = [];
  const numberFormats: (string | null)[][] = [];
  for (const block of read.blocks) {
    if (block.isNullObject) continue;
    block.values.forEach((row, r) => {
      const at = block.rowIndex + r;
      const valueRow = (values[at] ??= []);
      const formatRow = (numberFormats[at] ??= []);
      row.forEach((v, c) => {
        const format = block.numberFormat[r]?.[c];
        const text = format === undefined || format === null || format === 'General' ? null : String(format);
        valueRow[block.columnIndex + c] = toCellValue(v, text);
        formatRow[block.columnIndex + c] = text;
      });
    });
  }
  const merges = !read.merged || read.merged.isNullObject
    ? []
    : read.merged.areas.items.map((r) => mergeFromAddress(r.address)).filter((m): m is Merge => !!m);
  return {
    name: read.ws.name,
    ...trimGrid(values, numberFormats),
    merges: merges.sort((a, b) => a.top - b.top || a.left - b.left),
    hidden: read.ws.visibility !== 'Visible',
  };
}

/**
 * Dense rows from A1 as the .xlsx reader gives them: holes filled, each row cut after its last value
 * (a format alone does not make a cell), trailing empty rows dropped.
 */
function trimGrid(values: CellValue[][], formats: (string | null)[][]): { values: CellValue[][]; numberFormats: (string | null)[][] } {
  const outValues: CellValue[][] = [];
  const outFormats: (string | null)[][] = [];
  for (let r = 0; r < values.length; r++) {
    const row = values[r] ?? [];
    let end = row.length;
    while (end > 0 && (row[end - 1] === null || row[end - 1] === undefined)) end--;
    outValues.push(Array.from({ length: end }, (_, c) => row[c] ?? null));
    outFormats.push(Array.from({ length: end }, (_, c) => formats[r]?.[c] ?? null));
  }
  while (outValues.length && outValues[outValues.length - 1].length === 0) {
    outValues.pop();
    outFormats.pop();
  }
  return { values: outValues, numberFormats: outFormats };
}
