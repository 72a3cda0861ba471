import ExcelJS from 'exceljs';
import { FIXED_DATE, writeGrids } from './write';
import { dosDateTime, setZipEntryTimes } from './zip-dates';

const sheets = [
  {
    name: '表7 三公经费支出表',
    rows: [['一般公共预算“三公”经费支出表'], ['项目', '预算数'], ['合计', 8.2], ['2. 公务接待费', 4.2]],
    merges: ['A1:B1'],
    numFmt: '0.00',
    colWidths: [30, 12],
  },
];

/** Entry times of a zip archive: [time, date] words of each central-directory entry. */
function entryTimes(zip: Uint8Array): [number, number][] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const times: [number, number][] = [];
  for (let at = 0; at + 46 <= zip.length; at++) {
    if (view.getUint32(at, true) === 0x02014b50) times.push([view.getUint16(at + 12, true), view.getUint16(at + 14, true)]);
  }
  return times;
}

describe('writeGrids', () => {
  it('writes column widths, merges and the number format exceljs reads back', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await writeGrids(sheets)) as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet('表7 三公经费支出表')!;
    expect(ws.getColumn(1).width).toBe(30);
    expect(ws.getColumn(2).width).toBe(12);
    expect(ws.getCell('B3').numFmt).toBe('0.00');
    expect(ws.getCell('A3').numFmt).toBeUndefined();
    expect(ws.getCell('B1').isMerged).toBe(true);
    expect(wb.creator).toBe('budget-check');
    expect(wb.created.toISOString()).toBe('2022-01-01T00:00:00.000Z');
  });

  it('stamps every zip entry with the fixed date', async () => {
    const times = entryTimes(await writeGrids(sheets));
    // 2022-01-01 00:00:00 → time 0; date ((2022 − 1980) << 9) | (1 << 5) | 1 = 21504 + 32 + 1 = 21537.
    expect(times.length).toBeGreaterThan(5);
    for (const t of times) expect(t).toEqual([0, 21537]);
  });

  it('gives the same bytes when written at different times of day', async () => {
    // Only Date is faked: JSZip stamps entries with `new Date()`, and exceljs the document properties.
    const fake = { doNotFake: ['nextTick', 'setImmediate', 'setTimeout', 'setInterval', 'queueMicrotask'] as const };
    try {
      jest.useFakeTimers({ ...fake, doNotFake: [...fake.doNotFake], now: new Date('2030-05-06T07:08:10Z') });
      const first = await writeGrids(sheets);
      jest.setSystemTime(new Date('2031-11-12T13:14:16Z'));
      const second = await writeGrids(sheets);
      expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
    } finally {
      jest.useRealTimers();
    }
  });

  it('uses the date it is given instead of the fixed one', async () => {
    const when = new Date('2023-03-04T05:06:08Z');
    const times = entryTimes(await writeGrids(sheets, { date: when }));
    // 05:06:08 → (5 << 11) | (6 << 5) | 4 = 10240 + 192 + 4 = 10436; 2023-03-04 → (43 << 9) | (3 << 5) | 4 = 22016 + 96 + 4 = 22116.
    expect(times[0]).toEqual([10436, 22116]);
    expect(FIXED_DATE.toISOString()).toBe('2022-01-01T00:00:00.000Z');
  });
});

describe('setZipEntryTimes', () => {
  it('leaves bytes that are not a zip archive alone', () => {
    const bytes = new Uint8Array(64).fill(7);
    expect(setZipEntryTimes(bytes, FIXED_DATE)).toBe(false);
    expect(bytes.every((b) => b === 7)).toBe(true);
  });

  it('encodes DOS date and time with 2-second resolution', () => {
    // 1980-01-01 00:00:59 → seconds 59 / 2 = 29 (rounded down); date (0 << 9) | (1 << 5) | 1 = 33.
    expect(dosDateTime(new Date('1980-01-01T00:00:59Z'))).toEqual({ time: 29, date: 33 });
  });
});
