// Reads an .xlsx file into the engine's WorkbookSnapshot: plain values as Excel shows them, no exceljs types.
import ExcelJS from 'exceljs';
import type { CellValue, Merge, SheetSnapshot, WorkbookSnapshot } from '../engine/workbook';

/**
 * Reads every worksheet of an .xlsx file. Formula cells give their cached result (null when the file
 * has none), rich text and hyperlinks their text, dates an ISO date, errors `{ error: '#REF!' }`.
 * Cells covered by a merge are empty, as Excel shows them; the merge itself is listed in `merges`.
 * Rejects with an Error naming the problem when the bytes are not a readable .xlsx file.
 */
export async function readXlsx(data: ArrayBuffer | Uint8Array, name?: string): Promise<WorkbookSnapshot> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const label = name ? `"${name}"` : 'the file';
  const problem = signatureProblem(bytes);
  if (problem) throw new Error(`Cannot read ${label} as an .xlsx workbook: ${problem}`);

  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs hands the bytes to JSZip, which takes any Uint8Array; its typing asks for a Node Buffer.
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (err) {
    throw new Error(`Cannot read ${label} as an .xlsx workbook: ${describe(err)}`);
  }
  const sheets = workbook.worksheets.map(readSheet);
  if (sheets.length === 0) {
    throw new Error(`Cannot read ${label} as an .xlsx workbook: it has no worksheet (is it an .xlsx file?)`);
  }
  return name === undefined ? { sheets } : { name, sheets };
}

/** Cheap checks on the first bytes, so the usual mistakes get a message a person understands. */
function signatureProblem(bytes: Uint8Array): string | undefined {
  if (bytes.length === 0) return 'the file is empty';
  const [b0, b1, b2, b3] = bytes;
  if (b0 === 0xd0 && b1 === 0xcf && b2 === 0x11 && b3 === 0xe0) {
    return 'it is an old binary .xls (or encrypted) file; save it as .xlsx first';
  }
  // An .xlsx file is a zip archive: local file header "PK\x03\x04" (or "PK\x05\x06" when empty).
  if (bytes.length < 4 || b0 !== 0x50 || b1 !== 0x4b) return 'it is not a zip archive, so not an .xlsx file';
  return undefined;
}

function describe(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return message.trim() === '' ? 'the archive is damaged' : message;
}

type MergeTable = Record<string, { top: number; left: number; bottom: number; right: number }>;

function readSheet(ws: ExcelJS.Worksheet): SheetSnapshot {
  const values: CellValue[][] = [];
  const numberFormats: (string | null)[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const rowValues: CellValue[] = [];
    const rowFormats: (string | null)[] = [];
    let width = 0;
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      // A covered cell reports its master's value; Excel (and office.js) show it empty.
      if (cell.type === ExcelJS.ValueType.Merge) return;
      const value = plainValue(cell.value);
      const format = cell.numFmt && cell.numFmt !== 'General' ? cell.numFmt : null;
      if (value === null && format === null) return;
      for (let c = width; c < col - 1; c++) {
        rowValues.push(null);
        rowFormats.push(null);
      }
      rowValues[col - 1] = value;
      rowFormats[col - 1] = format;
      width = col;
    });
    trimTrailingEmpty(rowValues, rowFormats);
    if (rowValues.length === 0) return;
    for (let r = values.length; r < rowNumber - 1; r++) {
      values.push([]);
      numberFormats.push([]);
    }
    values[rowNumber - 1] = rowValues;
    numberFormats[rowNumber - 1] = rowFormats;
  });
  return { name: ws.name, values, numberFormats, merges: readMerges(ws), hidden: ws.state !== 'visible' };
}

/** A formatted but empty cell keeps its format only when a value follows it in the row. */
function trimTrailingEmpty(values: CellValue[], formats: (string | null)[]): void {
  while (values.length > 0 && values[values.length - 1] === null) {
    values.pop();
    formats.pop();
  }
}

function readMerges(ws: ExcelJS.Worksheet): Merge[] {
  // `ws.model` would rebuild the model of every row just to list merges; the merge table is enough.
  const table = (ws as unknown as { _merges?: MergeTable })._merges;
  const ranges = table ? Object.values(table) : ws.model.merges.map(parseRange);
  return ranges
    .filter((m): m is NonNullable<typeof m> => m !== undefined)
    .map((m) => ({ top: m.top - 1, left: m.left - 1, bottom: m.bottom - 1, right: m.right - 1 }))
    .sort((a, b) => a.top - b.top || a.left - b.left);
}

/** "B3:D4" → 1-based bounds, as exceljs keeps them. */
function parseRange(range: string): MergeTable[string] | undefined {
  const m = /^\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)$/.exec(range);
  if (!m) return undefined;
  return { top: Number(m[2]), left: columnNumber(m[1]), bottom: Number(m[4]), right: columnNumber(m[3]) };
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** exceljs cell value → the engine's plain value. */
export function plainValue(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (v instanceof Date) return isoDate(v);
  if (typeof v !== 'object') return null;
  const o = v as Record<string, unknown>;
  if (typeof o.error === 'string') return { error: o.error };
  if (Array.isArray(o.richText)) return o.richText.map((run: { text?: unknown }) => String(run.text ?? '')).join('');
  // Formula cells: Excel stores the last computed result; a file written by a library may have none.
  if ('formula' in o || 'sharedFormula' in o) return plainValue(o.result);
  if ('text' in o) return plainValue(o.text);
  return null;
}

/** exceljs gives dates as UTC instants of Excel's zone-less serials: "2022-01-31" or "2022-01-31T08:30:00". */
function isoDate(d: Date): string {
  if (Number.isNaN(d.getTime())) return '';
  const iso = d.toISOString();
  if (iso.endsWith('T00:00:00.000Z')) return iso.slice(0, 10);
  return iso.replace(/\.000Z$/, '').replace(/Z$/, '');
}
