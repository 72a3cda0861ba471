// A very hidden sheet holding JSON, one entry per row: kept inside the workbook, so it survives save and
// reopen and the next person (or session) sees it. Every cell starts with "{" or a chunk of JSON text
// written as text, so Excel never reads it as a number, a date or a formula.
import { columnLetter } from '../engine/workbook';

/** Excel holds at most 32,767 characters in a cell; longer entries continue in the next columns. */
const CHUNK = 30_000;
/** Characters of JSON per request when writing, well under Excel on the web's 5 MB. */
const REQUEST_CHARS = 1_000_000;

export interface StoreHeader {
  store: string;
  version: number;
}

export function storeRows(header: StoreHeader, entries: unknown[]): string[][] {
  return [JSON.stringify(header), ...entries.map((e) => JSON.stringify(e))].map((json) => {
    const parts: string[] = [];
    for (let i = 0; i < json.length; i += CHUNK) parts.push(json.slice(i, i + CHUNK));
    return parts;
  });
}

/** Entries of a store sheet's values; rows that are not ours or not JSON are left out. */
export function parseStoreRows(values: unknown[][], store: string): unknown[] {
  const rows = values.map((row) => row.map((v) => (typeof v === 'string' ? v : '')).join(''));
  const header = safeJson(rows[0]) as Partial<StoreHeader> | undefined;
  if (header?.store !== store) return [];
  return rows.slice(1).map(safeJson).filter((e) => e !== undefined);
}

function safeJson(text: string | undefined): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Queues a read of the store sheet's values; call `entries()` after the next sync. */
export function queueStoreRead(context: Excel.RequestContext, sheet: string, store: string): () => unknown[] {
  const used = context.workbook.worksheets.getItem(sheet).getUsedRangeOrNullObject(true);
  used.load('values');
  return () => (used.isNullObject ? [] : parseStoreRows(used.values, store));
}

/**
 * Replaces the store's content (adding the very hidden sheet when `exists` is false). Large stores are
 * written in several requests; the caller's last sync sends the final one.
 */
export async function writeStore(context: Excel.RequestContext, sheet: string, exists: boolean, header: StoreHeader, entries: unknown[]): Promise<void> {
  const ws = exists ? context.workbook.worksheets.getItem(sheet) : context.workbook.worksheets.add(sheet);
  if (exists) ws.getRange().clear('Contents');
  else ws.visibility = 'VeryHidden';
  const batches = batchRows(storeRows(header, entries));
  for (let i = 0; i < batches.length; i++) {
    writeRows(ws, batches[i].rows, batches[i].start);
    if (i < batches.length - 1) await context.sync();
  }
}

/** Consecutive rows grouped so each request carries about REQUEST_CHARS characters. */
export function batchRows(rows: string[][], limit = REQUEST_CHARS): { start: number; rows: string[][] }[] {
  const batches: { start: number; rows: string[][] }[] = [];
  let chars = 0;
  rows.forEach((row, r) => {
    const size = row.reduce((n, p) => n + p.length, 0);
    const last = batches[batches.length - 1];
    if (!last || chars + size > limit) {
      batches.push({ start: r, rows: [row] });
      chars = size;
    } else {
      last.rows.push(row);
      chars += size;
    }
  });
  return batches;
}

function writeRows(ws: Excel.Worksheet, rows: string[][], firstRow: number): void {
  if (!rows.length) return;
  const width = Math.max(...rows.map((r) => r.length));
  const grid = rows.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? ''));
  const range = ws.getRange(`A${firstRow + 1}:${columnLetter(width - 1)}${firstRow + rows.length}`);
  // Text format first, so a chunk that happens to look like a number or "=…" stays text.
  range.numberFormat = grid.map((r) => r.map(() => '@'));
  range.values = grid;
}

/** A very hidden sheet cannot be deleted (InvalidOperation): hide it normally first. */
export function deleteStore(context: Excel.RequestContext, sheet: string): void {
  const ws = context.workbook.worksheets.getItem(sheet);
  ws.visibility = 'Hidden';
  ws.delete();
}

/** Names of all sheets, loaded with one sync. */
export async function sheetNames(context: Excel.RequestContext): Promise<string[]> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  await context.sync();
  return sheets.items.map((ws) => ws.name);
}
