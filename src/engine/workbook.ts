// A workbook as the engine sees it: plain values read by src/excel (office.js) or src/xlsx (exceljs).
import { z } from 'zod';

/** An Excel error value such as #REF! or #DIV/0!, kept apart from text so it is never read as a number. */
export const cellErrorSchema = z.object({ error: z.string() });
export type CellError = z.infer<typeof cellErrorSchema>;

export const cellValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null(), cellErrorSchema]);
export type CellValue = z.infer<typeof cellValueSchema>;

/** A merged area, 0-based and inclusive. */
export const mergeSchema = z.object({
  top: z.number().int().nonnegative(),
  left: z.number().int().nonnegative(),
  bottom: z.number().int().nonnegative(),
  right: z.number().int().nonnegative(),
});
export type Merge = z.infer<typeof mergeSchema>;

export const sheetSnapshotSchema = z.object({
  name: z.string(),
  /** Rows of cells starting at A1; ragged rows are allowed (missing cells are empty). */
  values: z.array(z.array(cellValueSchema)),
  /** Number formats parallel to `values`, where the source knows them. */
  numberFormats: z.array(z.array(z.string().nullable())).optional(),
  merges: z.array(mergeSchema).default([]),
  hidden: z.boolean().optional(),
});
export type SheetSnapshot = z.infer<typeof sheetSnapshotSchema>;

export const workbookSnapshotSchema = z.object({
  /** File name or workbook title, for messages. */
  name: z.string().optional(),
  sheets: z.array(sheetSnapshotSchema),
});
export type WorkbookSnapshot = z.infer<typeof workbookSnapshotSchema>;

/** A cell position, 0-based. */
export interface CellRef {
  sheet: string;
  row: number;
  col: number;
}

export function isCellError(v: CellValue | undefined): v is CellError {
  return typeof v === 'object' && v !== null && 'error' in v;
}

export function cellAt(sheet: SheetSnapshot, row: number, col: number): CellValue {
  return sheet.values[row]?.[col] ?? null;
}

/** Text of a cell for label matching: numbers as written, errors as their code, empty as "". */
export function cellText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (isCellError(v)) return v.error;
  return String(v).trim();
}

export function columnLetter(col: number): string {
  let s = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

// Findings name hundreds of thousands of cells on a large workbook: letters and the quoted sheet
// name with a column letter ("'表5'!C") are built once each (a table has a few dozen columns, a
// workbook a few sheets), so an address costs one concatenation and no throwaway strings.
const LETTERS: string[] = [];
const COLUMN_PREFIXES = new Map<string, string[]>();

function letterOf(col: number): string {
  if (col >= 0 && col < 256 && Number.isInteger(col)) return (LETTERS[col] ??= columnLetter(col));
  return columnLetter(col);
}

/** "'表5'!C": the sheet quoted as Excel quotes it in references, and the column. */
function columnPrefix(sheet: string, col: number): string {
  let prefixes = COLUMN_PREFIXES.get(sheet);
  if (prefixes === undefined) {
    prefixes = [];
    if (COLUMN_PREFIXES.size < 1000) COLUMN_PREFIXES.set(sheet, prefixes);
  }
  if (col >= 0 && col < 256 && Number.isInteger(col)) return (prefixes[col] ??= quoted(sheet) + letterOf(col));
  return quoted(sheet) + letterOf(col);
}

const quoted = (sheet: string) => `'${sheet.replace(/'/g, "''")}'!`;

// Row numbers as text, made once each: a 300,000-row workbook's findings name each row several times.
const ROW_TEXT: string[] = [];
const ROW_TEXT_LIMIT = 2 ** 17;

function rowText(row: number): string {
  if (row >= 0 && row < ROW_TEXT_LIMIT && Number.isInteger(row)) return (ROW_TEXT[row] ??= String(row + 1));
  return String(row + 1);
}

/** 'C20' for row 19, col 2. */
export function a1(row: number, col: number): string {
  return `${letterOf(col)}${row + 1}`;
}

/** "'表5'!C20" — quoted the way Excel quotes sheet names in references. */
export function address(ref: CellRef): string {
  return addressAt(ref.sheet, ref.row, ref.col);
}

/** address() of a cell given flat, for callers that hold no CellRef (an Amount keeps its cell flat). */
export function addressAt(sheet: string, row: number, col: number): string {
  return columnPrefix(sheet, col) + rowText(row);
}

/** A rectangle of cells on one sheet, 0-based and inclusive; the single cell (top, left) when 1×1. */
export interface CellRange {
  sheet: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const RANGE_ENDS: string[] = [];

/** ":C18", the end of a range written after its first cell's address. */
function rangeEnd(row: number, col: number): string {
  const head = col >= 0 && col < 256 && Number.isInteger(col) ? (RANGE_ENDS[col] ??= `:${letterOf(col)}`) : `:${letterOf(col)}`;
  return head + rowText(row);
}

/** "'表5'!C13:C18"; a single cell as address() writes it ("'表5'!C13"). */
export function rangeAddress(r: CellRange): string {
  return rangeAt(r.sheet, r.top, r.left, r.bottom, r.right);
}

/** rangeAddress() of a range given flat, for the loops that write operands. */
function rangeAt(sheet: string, top: number, left: number, bottom: number, right: number): string {
  const start = addressAt(sheet, top, left);
  return bottom === top && right === left ? start : start + rangeEnd(bottom, right);
}

/** "C13:C18" without the sheet, or "C13" for a single cell: what a worksheet's getRange takes. */
export function a1Range(r: CellRange): string {
  const start = a1(r.top, r.left);
  return r.bottom === r.top && r.right === r.left ? start : `${start}:${a1(r.bottom, r.right)}`;
}

// Operands: the cells a finding's expected value was computed from, in the order they were added.
// A run of them next to each other down a column or along a row is written as one range, so that
// a sum over adjacent cells reads as one reference and is selected as one area. On a large workbook
// this is also a third of the strings: a 款 = Σ its 项 note names one range instead of six cells.

/** Operand addresses of the cells (rows[i].row, col) of one column, runs of consecutive rows as ranges. */
export function columnOperands(sheet: string, col: number, rows: readonly { row: number }[]): string[] {
  // Sized before it is filled: an array grown by push keeps room for 17 entries, and a large
  // workbook's notes hold ~150,000 of these arrays, most with one or two entries.
  let runs = rows.length > 0 ? 1 : 0;
  for (let i = 1; i < rows.length; i++) if (rows[i].row !== rows[i - 1].row + 1) runs++;
  const out = new Array<string>(runs);
  for (let i = 0, k = 0; i < rows.length; k++) {
    let j = i + 1;
    while (j < rows.length && rows[j].row === rows[j - 1].row + 1) j++;
    out[k] = rangeAt(sheet, rows[i].row, col, rows[j - 1].row, col);
    i = j;
  }
  return out;
}

/** Operand addresses of the cells (row, cols[i]) of one row, runs of consecutive columns as ranges. */
export function rowOperands(sheet: string, row: number, cols: readonly number[]): string[] {
  let runs = cols.length > 0 ? 1 : 0;
  for (let i = 1; i < cols.length; i++) if (cols[i] !== cols[i - 1] + 1) runs++;
  const out = new Array<string>(runs);
  for (let i = 0, k = 0; i < cols.length; k++) {
    let j = i + 1;
    while (j < cols.length && cols[j] === cols[j - 1] + 1) j++;
    out[k] = rangeAt(sheet, row, cols[i], row, cols[j - 1]);
    i = j;
  }
  return out;
}

const down = (a: CellRef, b: CellRef) => b.sheet === a.sheet && b.col === a.col && b.row === a.row + 1;
const right = (a: CellRef, b: CellRef) => b.sheet === a.sheet && b.row === a.row && b.col === a.col + 1;

/**
 * Operand addresses of any cells: a run continues while each next cell is on the same sheet and
 * directly below the last (a run down a column) or directly right of it (a run along a row).
 */
export function operandAddresses(cells: readonly CellRef[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < cells.length; ) {
    const first = cells[i];
    const next = i + 1 < cells.length && down(first, cells[i + 1]) ? down : right;
    let j = i + 1;
    while (j < cells.length && next(cells[j - 1], cells[j])) j++;
    out.push(rangeAt(first.sheet, first.row, first.col, cells[j - 1].row, cells[j - 1].col));
    i = j;
  }
  return out;
}

const REFERENCE = /^(?:'((?:[^']|'')+)'!|([^!']+)!)?\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/;

function columnNumber(letters: string): number {
  let col = 0;
  for (const ch of letters) col = col * 26 + (ch.charCodeAt(0) - 64);
  return col - 1;
}

/** Parses "C20", "'表5'!C13:C18" or "表5!C13" into a range (a cell is a 1×1 range); corners in any order. */
export function parseRange(text: string, defaultSheet = ''): CellRange | undefined {
  const m = REFERENCE.exec(text.trim());
  if (!m) return undefined;
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] ?? defaultSheet);
  const r1 = Number(m[4]) - 1;
  const c1 = columnNumber(m[3]);
  const r2 = m[6] !== undefined ? Number(m[6]) - 1 : r1;
  const c2 = m[5] !== undefined ? columnNumber(m[5]) : c1;
  return { sheet, top: Math.min(r1, r2), left: Math.min(c1, c2), bottom: Math.max(r1, r2), right: Math.max(c1, c2) };
}

/** True when the cell lies inside the range (on its sheet). */
export function rangeContains(r: CellRange, c: CellRef): boolean {
  return c.sheet === r.sheet && c.row >= r.top && c.row <= r.bottom && c.col >= r.left && c.col <= r.right;
}

/** True when one of the operand addresses (cells or ranges) takes in the cell. */
export function operandsInclude(operands: readonly string[] | undefined, c: CellRef): boolean {
  return (operands ?? []).some((a) => {
    const r = parseRange(a);
    return r !== undefined && rangeContains(r, c);
  });
}

/** Parses "C20" or "'表5'!C20" back into a cell reference. */
export function parseAddress(text: string, defaultSheet = ''): CellRef | undefined {
  const r = parseRange(text, defaultSheet);
  if (!r || r.bottom !== r.top || r.right !== r.left) return undefined;
  return { sheet: r.sheet, row: r.top, col: r.left };
}
