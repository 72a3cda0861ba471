// snapshotWorkbook over the demo's in-memory Excel: the same snapshot as the CLI's .xlsx reader, two syncs,
// big sheets in row blocks, and a fallback when the first request is too big.
import { snapshotWorkbook } from '../../src/excel';
import { BLOCK_CELLS } from '../../src/excel/snapshot';
import { readXlsx } from '../../src/xlsx/read';
import { bookOf, openSeed, release, SEED, use } from './fake-helpers';

afterEach(release);

describe('snapshotWorkbook on the demo host', () => {
  it('reads the seed sample exactly as the .xlsx reader does, in two syncs', async () => {
    const book = await openSeed();
    const snapshot = await snapshotWorkbook();
    const expected = await readXlsx(SEED);
    expect(book.syncCount).toBe(2);
    expect(snapshot.sheets.map((s) => s.name)).toEqual(expected.sheets.map((s) => s.name));
    snapshot.sheets.forEach((s, i) => {
      expect(s.values).toEqual(expected.sheets[i].values);
      expect(s.merges).toEqual(expected.sheets[i].merges);
      expect(s.hidden).toBe(expected.sheets[i].hidden);
    });
  });

  it('reads a sheet taller than the first rows in blocks, adding syncs only for it', async () => {
    // 3 columns: a block holds BLOCK_CELLS / 3 rows, so 2.5 blocks' worth of rows needs 3 more syncs
    // after the first rows (1,000 rows with one sheet) are read with the sheet list.
    const rows = Math.floor((BLOCK_CELLS / 3) * 2.5) + 1000;
    const big = Array.from({ length: rows }, (_, r) => [`R${r}`, r, r * 2]);
    const book = use(bookOf({ 大表: big }));
    const snapshot = await snapshotWorkbook();
    expect(snapshot.sheets[0].values).toHaveLength(rows);
    expect(snapshot.sheets[0].values[rows - 1]).toEqual([`R${rows - 1}`, rows - 1, (rows - 1) * 2]);
    // A row in the middle of the second block, placed where it belongs.
    expect(snapshot.sheets[0].values[54_321]).toEqual(['R54321', 54321, 108642]);
    expect(book.syncCount).toBe(2 + 3);
  });

  it('starts over in blocks sized to each sheet when the first rows are too big for one request', async () => {
    const wide = Array.from({ length: 60 }, (_, r) => Array.from({ length: 60 }, (_, c) => r * 100 + c));
    const book = use(bookOf({ 宽表1: wide, 宽表2: wide }));
    // Each sheet is 3,600 cells ≈ 15 characters of JSON each (value + "General") ≈ 54,000: under a cap
    // shrunk to 60,000 characters one sheet at a time fits, both together do not.
    book.payloadLimit = 60_000;
    const snapshot = await snapshotWorkbook();
    expect(snapshot.sheets.map((s) => s.values)).toEqual([wide, wide]);
    // list; first rows (too big); sizes only; blocks of 100,000 then 25,000 cells (both sheets: too big);
    // blocks of 6,250 cells: one sheet per request, two requests.
    expect(book.syncCount).toBe(7);
  });

  it('fails with payload-too-large when even one block cannot be read (never a partial snapshot)', async () => {
    const book = use(bookOf({ 表: Array.from({ length: 50 }, () => Array(50).fill(1)) }));
    book.payloadLimit = 500;
    await expect(snapshotWorkbook()).rejects.toMatchObject({ kind: 'payload-too-large' });
  });

  it('reads no merged areas on a host without ExcelApi 1.13 instead of failing', async () => {
    const book = await openSeed();
    book.apiVersion = '1.12';
    const snapshot = await snapshotWorkbook();
    expect(snapshot.sheets.every((s) => s.merges.length === 0)).toBe(true);
    expect(snapshot.sheets[1].values).toEqual((await readXlsx(SEED)).sheets[1].values);
  });

  it('fails with cell-edit-mode while a cell is being edited', async () => {
    const book = use(bookOf({ 表: [[1]] }));
    book.editMode = true;
    await expect(snapshotWorkbook()).rejects.toMatchObject({ kind: 'cell-edit-mode', code: 'InvalidOperationInCellEditMode' });
  });
});
