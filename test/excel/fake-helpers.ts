// The demo's in-memory Excel as a test host for src/excel: loaded from the bundled .xlsx samples.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { installFakeExcel } from '../../src/demo/fake/install';
import { FakeSheet, FakeWorkbook } from '../../src/demo/fake/model';
import { workbookFromXlsx } from '../../src/demo/fake/xlsx';
import { cellStates } from '../../src/demo/handle';

export const SEED = readFileSync(path.join(__dirname, '..', '..', 'samples', 'seed.xlsx'));

let uninstall: (() => void) | undefined;

/** Installs the fake over `book` as globalThis.Excel / Office; the previous one is removed. */
export function use(book: FakeWorkbook): FakeWorkbook {
  uninstall?.();
  uninstall = installFakeExcel(book);
  return book;
}

export function release(): void {
  uninstall?.();
  uninstall = undefined;
}

export async function openSeed(): Promise<FakeWorkbook> {
  return use(await workbookFromXlsx(SEED, 'seed.xlsx'));
}

/** Everything a user could see in every cell: values, formats, fills, notes. */
export const everything = (book: FakeWorkbook) => JSON.parse(JSON.stringify(cellStates(book)));

/** A workbook of plain sheets built from rows. */
export function bookOf(sheets: Record<string, unknown[][]>): FakeWorkbook {
  const book = new FakeWorkbook('test.xlsx');
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = new FakeSheet(name);
    rows.forEach((row, r) => row.forEach((v, c) => v !== null && v !== undefined && v !== '' && (sheet.touch(r, c).value = v as string | number)));
    book.sheets.push(sheet);
  }
  book.activeSheet = book.sheets[0]?.name ?? '';
  return book;
}
