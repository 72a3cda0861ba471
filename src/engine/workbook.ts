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

/** Parses "C20" or "'表5'!C20" back into a cell reference. */
export function parseAddress(text: string, defaultSheet = ''): CellRef | undefined {
  const m = /^(?:'((?:[^']|'')+)'!|([^!']+)!)?\$?([A-Z]{1,3})\$?(\d+)$/.exec(text.trim());
  if (!m) return undefined;
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] ?? defaultSheet);
  let col = 0;
  for (const ch of m[3]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { sheet, row: Number(m[4]) - 1, col: col - 1 };
}
