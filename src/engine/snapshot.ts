// Validates a workbook snapshot with the result workbookSnapshotSchema.safeParse gives, at a fraction
// of the cost: zod checks every cell through a five-way union, which on a 300,000-row workbook took
// longer than reading the tables and running every rule. The cells are checked here by plain typeof
// tests, and zod checks the rest (names, merges, unknown keys, defaults) with the cells passed through.
// Anything the plain tests do not accept goes to the full schema, so errors read exactly as before.
import { z } from 'zod';
import { sheetSnapshotSchema, workbookSnapshotSchema, type CellValue, type WorkbookSnapshot } from './workbook';

const passValues = z.custom<CellValue[][]>(() => true);
const passFormats = z.custom<(string | null)[][]>(() => true).optional();
const shallowSheet = sheetSnapshotSchema.extend({ values: passValues, numberFormats: passFormats });
const shallowWorkbook = workbookSnapshotSchema.extend({ sheets: z.array(shallowSheet) });

/** A cell the full schema accepts and returns unchanged (up to copying). */
function plainCell(v: unknown): boolean {
  // Most cells are empty, numbers or text: those first.
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return true;
  if (typeof v === 'number') return Number.isFinite(v);
  return isErrorCell(v);
}

/** An Excel error: exactly { error: string }, so stripping unknown keys would change nothing. */
function isErrorCell(v: unknown): boolean {
  if (typeof v !== 'object' || v === null || Object.getPrototypeOf(v) !== Object.prototype) return false;
  const keys = Reflect.ownKeys(v);
  return keys.length === 1 && keys[0] === 'error' && typeof (v as { error?: unknown }).error === 'string';
}

function plainGrid(grid: unknown, cell: (v: unknown) => boolean): boolean {
  if (!Array.isArray(grid)) return false;
  for (let r = 0; r < grid.length; r++) {
    const row: unknown = grid[r];
    if (!Array.isArray(row)) return false;
    // Index loop on purpose: a hole reads as undefined, which the schema rejects too.
    for (let c = 0; c < row.length; c++) if (!cell(row[c])) return false;
  }
  return true;
}

const formatCell = (v: unknown) => v === null || typeof v === 'string';

/** True when every sheet's cells (and number formats) are ones the full schema passes through as they are. */
function plainCells(input: unknown): boolean {
  if (typeof input !== 'object' || input === null) return false;
  const sheets: unknown = (input as { sheets?: unknown }).sheets;
  if (!Array.isArray(sheets)) return false;
  for (const sheet of sheets) {
    if (typeof sheet !== 'object' || sheet === null) return false;
    const { values, numberFormats } = sheet as { values?: unknown; numberFormats?: unknown };
    if (!plainGrid(values, plainCell)) return false;
    if (numberFormats !== undefined && !plainGrid(numberFormats, formatCell)) return false;
  }
  return true;
}

/** Same outcome as workbookSnapshotSchema.safeParse(input); on success the cell arrays are the input's own. */
export function parseSnapshot(input: unknown): ReturnType<typeof workbookSnapshotSchema.safeParse> {
  if (plainCells(input)) {
    const shallow = shallowWorkbook.safeParse(input);
    if (shallow.success) return { success: true, data: shallow.data as WorkbookSnapshot };
  }
  return workbookSnapshotSchema.safeParse(input);
}
