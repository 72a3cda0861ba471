import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { readXlsx } from './read';
import { readXlsxFile } from './read-file';
import { writeGrids } from './write';

async function bytesOf(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as unknown as ArrayBuffer);
}

describe('readXlsx on a workbook written by writeGrids', () => {
  const grid = {
    name: '表5 一般公共预算支出表',
    rows: [
      ['一般公共预算支出表（按功能科目到项级）'],
      [null, null, '单位：万元'],
      ['单位编码', '单位名称（科目）', '合计'],
      [null, '合计', 4263.9],
      ['2150517', '产业发展', '3078.00'],
      ['2150502', null, { error: '#REF!' }],
    ],
    merges: ['A1:C1'],
    numFmt: '0.00',
    colWidths: [12, 30, 14],
  };

  it('round-trips values, merges, errors and number formats', async () => {
    const snapshot = await readXlsx(await writeGrids([grid]), 'sample.xlsx');
    expect(snapshot.name).toBe('sample.xlsx');
    expect(snapshot.sheets).toHaveLength(1);
    const sheet = snapshot.sheets[0];
    expect(sheet.name).toBe('表5 一般公共预算支出表');
    expect(sheet.hidden).toBe(false);
    expect(sheet.values).toEqual([
      ['一般公共预算支出表（按功能科目到项级）'],
      [null, null, '单位：万元'],
      ['单位编码', '单位名称（科目）', '合计'],
      [null, '合计', 4263.9],
      // A number stored as text stays text: the reader, not the adapter, decides what it means.
      ['2150517', '产业发展', '3078.00'],
      ['2150502', null, { error: '#REF!' }],
    ]);
    expect(sheet.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 2 }]);
    // The format applies to numeric cells only; text cells stay General (null).
    expect(sheet.numberFormats?.[3]).toEqual([null, null, '0.00']);
    expect(sheet.numberFormats?.[4]).toEqual([null, null, null]);
  });

  it('reads a Node Buffer and an ArrayBuffer alike', async () => {
    const bytes = await writeGrids([grid]);
    const fromBuffer = await readXlsx(Buffer.from(bytes));
    const copy = bytes.slice().buffer;
    const fromArrayBuffer = await readXlsx(copy);
    expect(fromArrayBuffer.sheets[0].values).toEqual(fromBuffer.sheets[0].values);
    expect(fromBuffer.name).toBeUndefined();
  });
});

describe('readXlsx on cell kinds exceljs writes', () => {
  let snapshotPromise: ReturnType<typeof readXlsx>;

  beforeAll(() => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('kinds');
    ws.getCell('A1').value = { formula: 'B1+1', result: 2 };
    ws.getCell('B1').value = 1;
    ws.getCell('C1').value = { formula: 'B1*3' } as ExcelJS.CellFormulaValue; // no cached result
    ws.getCell('D1').value = { formula: '1/0', result: { error: '#DIV/0!' } };
    ws.getCell('A2').value = { richText: [{ text: '咸宁市' }, { font: { bold: true }, text: '经信局' }] };
    ws.getCell('B2').value = { text: '链接', hyperlink: 'https://example.invalid/' };
    ws.getCell('C2').value = new Date(Date.UTC(2022, 0, 31));
    ws.getCell('D2').value = true;
    ws.getCell('E2').value = { error: '#N/A' };
    ws.getCell('A4').value = 'after a blank row';
    ws.getCell('E4').numFmt = '0.00'; // formatted but empty: not a value
    const hidden = wb.addWorksheet('hidden one', { state: 'hidden' });
    hidden.getCell('B2').value = 'x';
    wb.addWorksheet('empty');
    snapshotPromise = bytesOf(wb).then((bytes) => readXlsx(bytes));
  });

  it('gives formula results, joined rich text, link text, ISO dates, booleans and errors', async () => {
    const [kinds] = (await snapshotPromise).sheets;
    expect(kinds.values[0]).toEqual([2, 1, null, { error: '#DIV/0!' }]);
    expect(kinds.values[1]).toEqual(['咸宁市经信局', '链接', '2022-01-31', true, { error: '#N/A' }]);
  });

  it('keeps blank rows as empty rows and drops trailing formatted-but-empty cells', async () => {
    const [kinds] = (await snapshotPromise).sheets;
    expect(kinds.values[2]).toEqual([]);
    expect(kinds.values[3]).toEqual(['after a blank row']);
    expect(kinds.values).toHaveLength(4);
    expect(kinds.numberFormats).toHaveLength(4);
  });

  it('keeps sheet order, hidden state, and reads an empty sheet as no rows', async () => {
    const { sheets } = await snapshotPromise;
    expect(sheets.map((s) => [s.name, s.hidden])).toEqual([
      ['kinds', false],
      ['hidden one', true],
      ['empty', false],
    ]);
    expect(sheets[1].values).toEqual([[], [null, 'x']]);
    expect(sheets[2].values).toEqual([]);
    expect(sheets[2].merges).toEqual([]);
  });

  it('reads merges as 0-based inclusive areas and leaves covered cells empty', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('m');
    ws.getCell('B2').value = '基本保障支出';
    ws.mergeCells('B2:D2');
    ws.getCell('A2').value = '合计';
    ws.mergeCells('A2:A3');
    const [sheet] = (await readXlsx(await bytesOf(wb))).sheets;
    expect(sheet.merges).toEqual([
      { top: 1, left: 0, bottom: 2, right: 0 },
      { top: 1, left: 1, bottom: 1, right: 3 },
    ]);
    expect(sheet.values).toEqual([[], ['合计', '基本保障支出']]);
  });
});

describe('readXlsx on bytes that are not an .xlsx workbook', () => {
  it('rejects an empty file, naming the problem', async () => {
    await expect(readXlsx(new Uint8Array(0), 'empty.xlsx')).rejects.toThrow(/"empty\.xlsx".*empty/);
  });

  it('rejects random bytes as not a zip archive', async () => {
    // A fixed pseudo-random sequence (LCG) so the test never depends on luck.
    const bytes = new Uint8Array(4096);
    let x = 12345;
    for (let i = 0; i < bytes.length; i++) {
      x = (x * 1103515245 + 12345) % 2 ** 31;
      bytes[i] = x & 0xff;
    }
    bytes[0] = 0x13; // never "PK"
    await expect(readXlsx(bytes, 'noise.xlsx')).rejects.toThrow(/not a zip archive/);
  });

  it('rejects a legacy .xls file with advice', async () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    await expect(readXlsx(ole)).rejects.toThrow(/\.xls.*save it as \.xlsx/);
  });

  it('rejects a truncated .xlsx file with an Error', async () => {
    const whole = await writeGrids([{ name: 's', rows: [['a', 1]] }]);
    const half = whole.slice(0, Math.floor(whole.length / 2));
    await expect(readXlsx(half, 'cut.xlsx')).rejects.toThrow(/Cannot read "cut\.xlsx" as an \.xlsx workbook: \S/);
  });
});

describe('readXlsxFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'read-file-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads a file and names the snapshot after it', async () => {
    const path = join(dir, '预算.xlsx');
    writeFileSync(path, await writeGrids([{ name: '表7', rows: [['合计', 8.2]] }]));
    const snapshot = await readXlsxFile(path);
    expect(snapshot.name).toBe('预算.xlsx');
    expect(snapshot.sheets[0].values).toEqual([['合计', 8.2]]);
  });

  it('rejects a missing file and an empty file with messages naming them', async () => {
    await expect(readXlsxFile(join(dir, 'missing.xlsx'))).rejects.toThrow(/missing\.xlsx.*no such file/);
    const empty = join(dir, 'empty.xlsx');
    writeFileSync(empty, '');
    await expect(readXlsxFile(empty)).rejects.toThrow(/empty\.xlsx.*empty/);
  });
});
