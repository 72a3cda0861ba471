// "标出" and "清除": colour each finding's cell and note the message; put back exactly what was there.
// Edits made through office.js are not undone by Ctrl+Z, so the cells' previous fills and notes are saved
// in a very hidden sheet of the workbook before anything changes: it survives save and reopen, and any
// later session can clear the marks.
import type { Finding } from '../engine/findings';
import type { Locale } from '../engine/messages';
import { cellKey, isMarkEntry, MARK_FILL, markedNote, markTargets, planMarks, type MarkEntry, type MarkTarget, type SavedFill } from './marks-plan';
import { MARKS_SHEET } from './own-sheets';
import { apiSupported, excelRun } from './run';
import { deleteStore, queueStoreRead, sheetNames, writeStore } from './store';

const STORE = 'marks';
const HEADER = { store: STORE, version: 1 };
/** Cells read or written per request: a few properties each, far under the 5 MB cap. */
const CELLS_PER_REQUEST = 2000;

interface CellState {
  fill: SavedFill;
  note: string | null;
}

type Sheets = (name: string) => Excel.Worksheet;

function sheetCache(context: Excel.RequestContext): Sheets {
  const cache = new Map<string, Excel.Worksheet>();
  return (name) => cache.get(name) ?? cache.set(name, context.workbook.worksheets.getItem(name)).get(name)!;
}

function chunks<T>(items: T[], size = CELLS_PER_REQUEST): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Current fill and note of each cell, a few thousand cells per request. */
async function readCells(context: Excel.RequestContext, cells: { sheet: string; cell: string }[], notes: boolean): Promise<Map<string, CellState>> {
  const sheet = sheetCache(context);
  const fillProps = apiSupported('1.9') ? 'color,pattern,patternColor' : 'color';
  const out = new Map<string, CellState>();
  for (const chunk of chunks(cells)) {
    const reads = chunk.map((c) => {
      const fill = sheet(c.sheet).getRange(c.cell).format.fill.load(fillProps);
      const note = notes ? sheet(c.sheet).notes.getItemOrNullObject(c.cell).load('content') : undefined;
      return { c, fill, note };
    });
    await context.sync();
    for (const { c, fill, note } of reads) {
      const saved: SavedFill = fillProps === 'color' ? { color: fill.color } : { color: fill.color, pattern: fill.pattern, patternColor: fill.patternColor };
      out.set(cellKey(c), { fill: saved, note: note && !note.isNullObject ? note.content : null });
    }
  }
  return out;
}

async function writeCells(context: Excel.RequestContext, writes: { sheet: string; write: (ws: Excel.Worksheet) => void }[]): Promise<void> {
  const sheet = sheetCache(context);
  for (const chunk of chunks(writes)) {
    for (const w of chunk) w.write(sheet(w.sheet));
    await context.sync();
  }
}

function restoreFill(fill: Excel.RangeFill, saved: SavedFill): void {
  const none = saved.pattern === 'None' || (saved.pattern === undefined && (!saved.color || saved.color.toUpperCase() === '#FFFFFF'));
  if (none) return fill.clear();
  if (saved.color) fill.color = saved.color;
  if (saved.pattern) fill.pattern = saved.pattern as Excel.FillPattern;
  if (saved.patternColor?.startsWith('#')) fill.patternColor = saved.patternColor;
}

/** Puts back an entry's fill and note; `noteNow` is the cell's note text at this moment (null: none). */
function restoreCell(ws: Excel.Worksheet, e: MarkEntry, noteNow: string | null): void {
  restoreFill(ws.getRange(e.cell).format.fill, e.fill);
  if (!e.noted) return;
  if (e.note === null) {
    if (noteNow !== null) ws.notes.getItem(e.cell).delete();
  } else if (noteNow !== null) ws.notes.getItem(e.cell).content = e.note;
  else ws.notes.add(e.cell, e.note);
}

function markCell(ws: Excel.Worksheet, t: MarkTarget, original: string | null, noteNow: string | null, notes: boolean): void {
  ws.getRange(t.cell).format.fill.color = MARK_FILL[t.severity];
  if (!notes) return;
  if (noteNow !== null) ws.notes.getItem(t.cell).content = markedNote(t, original);
  else ws.notes.add(t.cell, markedNote(t, original));
}

async function readStored(context: Excel.RequestContext, exists: boolean): Promise<MarkEntry[]> {
  if (!exists) return [];
  const entries = queueStoreRead(context, MARKS_SHEET, STORE);
  await context.sync();
  return entries().filter(isMarkEntry);
}

export async function markFindings(findings: Finding[], locale: Locale = 'zh-CN'): Promise<{ marked: number }> {
  return excelRun(async (context) => {
    const names = new Set(await sheetNames(context));
    const exists = names.has(MARKS_SHEET);
    const targets = markTargets(findings, locale).filter((t) => names.has(t.sheet));
    const plan = planMarks(await readStored(context, exists), targets);
    const restore = plan.restore.filter((e) => names.has(e.sheet));
    const notes = apiSupported('1.18');
    const state = await readCells(context, [...plan.fresh, ...plan.kept, ...restore], notes || restore.some((e) => e.noted));
    const fresh: MarkEntry[] = plan.fresh.map((t) => ({ sheet: t.sheet, cell: t.cell, fill: state.get(cellKey(t))!.fill, note: notes ? state.get(cellKey(t))!.note : null, noted: notes }));
    const entries = [...plan.kept, ...fresh];
    // Saved before anything changes: if a write fails half-way (a protected sheet), 清除 still has every original.
    await writeStore(context, MARKS_SHEET, exists, HEADER, [...entries, ...restore]);
    await context.sync();
    const original = new Map(entries.map((e) => [cellKey(e), e.note]));
    await writeCells(context, [
      ...restore.map((e) => ({ sheet: e.sheet, write: (ws: Excel.Worksheet) => restoreCell(ws, e, state.get(cellKey(e))!.note) })),
      ...targets.map((t) => ({ sheet: t.sheet, write: (ws: Excel.Worksheet) => markCell(ws, t, original.get(cellKey(t)) ?? null, state.get(cellKey(t))!.note, notes) })),
    ]);
    if (restore.length) {
      await writeStore(context, MARKS_SHEET, true, HEADER, entries);
      await context.sync();
    }
    return { marked: targets.length };
  });
}

export async function clearMarks(): Promise<{ restored: number }> {
  return excelRun(async (context) => {
    const names = new Set(await sheetNames(context));
    if (!names.has(MARKS_SHEET)) return { restored: 0 };
    const entries = (await readStored(context, true)).filter((e) => names.has(e.sheet));
    const state = await readCells(context, entries, entries.some((e) => e.noted));
    await writeCells(context, entries.map((e) => ({ sheet: e.sheet, write: (ws: Excel.Worksheet) => restoreCell(ws, e, state.get(cellKey(e))!.note) })));
    deleteStore(context, MARKS_SHEET);
    await context.sync();
    return { restored: entries.length };
  });
}

export async function hasMarks(): Promise<boolean> {
  return excelRun(async (context) => (await sheetNames(context)).includes(MARKS_SHEET));
}
