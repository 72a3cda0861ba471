// Loads the official catalog a user names with --catalog: a .csv or .xlsx whose first sheet lists codes.
import { readFile } from 'fs/promises';
import path from 'path';
import { csvToSheet } from '../engine/catalog/csv';
import type { Catalog } from '../engine/catalog/catalog';
import { catalogFromSheet } from '../engine/catalog/load';
import type { Finding } from '../engine/findings';
import type { SheetSnapshot, WorkbookSnapshot } from '../engine/workbook';

/** Sheet names that say "this is the catalog", preferred over the first sheet of a workbook. */
const CATALOG_SHEET = /科目表|科目代码|科目目录|科目编码/;

/** UTF-8 when the bytes are valid UTF-8; otherwise GB18030, which Excel uses when it saves CSV in Chinese Windows. */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

async function readCsvSheet(file: string): Promise<SheetSnapshot> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (err) {
    const reason = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message;
    throw new Error(`Cannot read catalog "${file}": ${reason}`);
  }
  return csvToSheet(decodeText(bytes), path.basename(file));
}

async function readXlsxSheet(file: string): Promise<SheetSnapshot> {
  // Loaded lazily: exceljs is heavy and a csv catalog does not need it.
  const { readXlsxFile } = await import('../xlsx/read-file');
  let workbook: WorkbookSnapshot;
  try {
    workbook = await readXlsxFile(file);
  } catch (err) {
    throw new Error(`Cannot read catalog "${file}": ${(err as Error).message}`);
  }
  const sheet = workbook.sheets.find((s) => CATALOG_SHEET.test(s.name)) ?? workbook.sheets[0];
  if (!sheet) throw new Error(`Cannot read catalog "${file}": the workbook has no sheets`);
  return sheet;
}

/** Why nothing could be taken from the file, for the rejection message. */
function emptyReason(findings: Finding[]): string {
  if (findings.some((f) => f.code === 'catalog-header-missing'))
    return 'no header row with a code column (科目编码/编码/code) and a name column (科目名称/名称/name) in the first rows';
  if (findings.length) return `none of its ${findings.length} rows is a valid code (first problem: ${findings[0].params.reason} at ${findings[0].address})`;
  return 'it lists no codes';
}

/**
 * Reads a catalog file. The file is the user's explicit choice, so a file that cannot be read, or
 * from which no code at all can be taken, rejects with an Error naming the file and the problem;
 * individual bad rows come back as findings.
 */
export async function loadCatalogFile(file: string): Promise<{ catalog: Catalog; findings: Finding[] }> {
  const ext = path.extname(file).toLowerCase();
  let sheet: SheetSnapshot;
  if (ext === '.csv' || ext === '.txt' || ext === '.tsv') sheet = await readCsvSheet(file);
  else if (ext === '.xlsx' || ext === '.xlsm') sheet = await readXlsxSheet(file);
  else throw new Error(`Cannot read catalog "${file}": unsupported file type "${ext || '(none)'}" (use .csv or .xlsx)`);
  const loaded = catalogFromSheet(sheet, 'file');
  if (loaded.catalog.entries.size === 0) throw new Error(`Cannot use catalog "${file}": ${emptyReason(loaded.findings)}`);
  return loaded;
}
