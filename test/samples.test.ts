// The sample workbooks: rebuilt in memory from samples/source, read back through the .xlsx adapter, and
// compared with the committed files.
import { readFileSync } from 'fs';
import { join } from 'path';
import { toFen } from '../src/engine/money';
import { CellValue, SheetSnapshot, WorkbookSnapshot, cellAt, cellText, parseAddress } from '../src/engine/workbook';
import { readXlsx } from '../src/xlsx/read';
import { buildSamples, SAMPLES_DIR, Samples } from '../scripts/make-samples';
import { cellPatches, correctedAddress, rowInserts, sameCell } from '../samples/source/corrected';
import { SHEET } from '../samples/source/seed';

let built: Samples;
let seed: WorkbookSnapshot;
let corrected: WorkbookSnapshot;

beforeAll(async () => {
  built = await buildSamples();
  seed = await readXlsx(built.seed, 'seed.xlsx');
  corrected = await readXlsx(built.corrected, 'corrected.xlsx');
});

function sheet(book: WorkbookSnapshot, name: string): SheetSnapshot {
  const found = book.sheets.find((s) => s.name === name);
  if (!found) throw new Error(`${book.name} has no sheet ${name}`);
  return found;
}

function at(s: SheetSnapshot, a1: string): CellValue {
  const ref = parseAddress(a1)!;
  return cellAt(s, ref.row, ref.col);
}

/** Rows whose column A is a classification code or unit code, as [code, ...values]. */
function codeRows(s: SheetSnapshot): CellValue[][] {
  return s.values.filter((row) => /^\d{3,7}$/.test(cellText(row[0])));
}

function rowOf(s: SheetSnapshot, code: string): CellValue[] {
  const row = s.values.find((r) => cellText(r[0]) === code || (code === '合计' && cellText(r[1]) === '合计'));
  if (!row) throw new Error(`${s.name}: no row ${code}`);
  return row;
}

/** An amount cell in 分 (blank = 0), so sums are compared exactly. */
function fen(v: CellValue): number {
  return typeof v === 'number' ? toFen(v, '万元') : 0;
}

const SEED_ORDER = [
  SHEET.tasks, SHEET.t1, SHEET.t3, SHEET.t4, SHEET.t5, SHEET.t6, SHEET.t7, SHEET.t8, SHEET.narrative, SHEET.targets,
];

describe('seed.xlsx', () => {
  it('has the document order of sheets and no 表2', () => {
    expect(seed.sheets.map((s) => s.name)).toEqual(SEED_ORDER);
    expect(seed.sheets.some((s) => s.name.includes('表2') || s.values.flat().includes('部门收入总表'))).toBe(false);
  });

  it('has exactly the nine 表3 rows the seed prints, and no 合计 row there', () => {
    const t3 = sheet(seed, SHEET.t3);
    expect(codeRows(t3).map((r) => r[0])).toEqual(['215', '21505', '2150501', '2150502', '2150517', '221', '22102', '2210201', '2210202']);
    expect(t3.values.some((r) => cellText(r[1]) === '合计')).toBe(false);
    // The reconstructed header: code, name and the 12 value columns of 表3.
    expect(t3.values[3]).toHaveLength(14);
    expect(rowOf(t3, '2150517')).toEqual(['2150517', '产业发展', 4168, null, null, null, 4168, 4168]);
  });

  it('reads 表5 合计 as 4263.90 with the two-decimal format, its merged header and unit rows', () => {
    const t5 = sheet(seed, SHEET.t5);
    expect(rowOf(t5, '合计').slice(0, 7)).toEqual([null, '合计', 4263.9, 1129.4, 934.98, 194.41, 3134.5]);
    expect(at(t5, 'C7')).toBe(4263.9);
    expect(t5.numberFormats?.[6][2]).toBe('0.00');
    expect(t5.values[5]).toEqual(['*', '*', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect(codeRows(t5).slice(0, 3).map((r) => r[0])).toEqual(['209', '209001', '208']);
    // 基本保障支出 over D4:F4 (0-based row 3, cols 3..5); 合计 down C4:C5.
    expect(t5.merges).toContainEqual({ top: 3, left: 3, bottom: 3, right: 5 });
    expect(t5.merges).toContainEqual({ top: 3, left: 2, bottom: 4, right: 2 });
  });

  it('keeps the split target row and the wrong narrative year as printed', () => {
    const targets = sheet(seed, SHEET.targets);
    expect(targets.values[10]).toEqual(['效益指标', '经济效益指标', '财政资金万元带动技', '500%']);
    expect(targets.values[11]).toEqual(['满意度指标', '服务对象满意度指标', '改投资标杆率 申报项目企业满意度', '100%']);
    expect(at(sheet(seed, SHEET.narrative), 'A1')).toBe('第四部分 2021 年部门预算编制情况及说明');
    expect(String(at(sheet(seed, SHEET.narrative), 'A7'))).toContain('其他商品和服务支出 83.67 万元');
  });
});

describe('corrected.xlsx', () => {
  it('inserts 表2 after 表1 and keeps every other sheet in place', () => {
    expect(corrected.sheets.map((s) => s.name)).toEqual([SEED_ORDER[0], SEED_ORDER[1], SHEET.t2, ...SEED_ORDER.slice(2)]);
  });

  it.each(cellPatches.map((p) => [`${p.sheet}!${p.cell}`, p] as const))('applies the patch at %s', (_label, p) => {
    const before = at(sheet(seed, p.sheet), p.cell);
    const where = correctedAddress(p.sheet, p.cell);
    const after = at(sheet(corrected, p.sheet), where);
    if (p.inText) {
      const text = String(before);
      expect(text.split(String(p.from))).toHaveLength(2); // the phrase occurs exactly once in the seed cell
      expect(after).toBe(text.replace(String(p.from), String(p.to)));
    } else {
      expect(sameCell(before, p.from)).toBe(true);
      expect(sameCell(after, p.to)).toBe(true);
    }
    // Same row in both books: its code and name did not move.
    const seedRow = parseAddress(p.cell)!.row;
    const corrRow = parseAddress(where)!.row;
    if (parseAddress(p.cell)!.col > 1) {
      expect(sheet(corrected, p.sheet).values[corrRow].slice(0, 2)).toEqual(sheet(seed, p.sheet).values[seedRow].slice(0, 2));
    }
  });

  it('changes no seed cell other than the patched ones', () => {
    const patched = new Set(cellPatches.map((p) => `${p.sheet}!${correctedAddress(p.sheet, p.cell)}`));
    const changed: string[] = [];
    for (const s of seed.sheets) {
      const c = sheet(corrected, s.name);
      s.values.forEach((row, r) => {
        const corrRow = parseAddress(correctedAddress(s.name, `A${r + 1}`))!.row;
        const width = Math.max(row.length, c.values[corrRow]?.length ?? 0);
        for (let col = 0; col < width; col++) {
          const a1 = correctedAddress(s.name, `${String.fromCharCode(65 + col)}${r + 1}`);
          if (!sameCell(cellAt(s, r, col), cellAt(c, corrRow, col)) && !patched.has(`${s.name}!${a1}`)) changed.push(`${s.name}!${a1}`);
        }
      });
    }
    expect(changed).toEqual([]);
  });

  it('completes 表3 with its 合计 row and the 208 and 210 families in code order', () => {
    const t3 = sheet(corrected, SHEET.t3);
    expect(codeRows(t3).map((r) => r[0])).toEqual([
      '208', '20805', '2080505', '2080506', '20810', '2081099', '20899', '2089999',
      '210', '21011', '2101101', '2101103',
      '215', '21505', '2150501', '2150502', '2150517', '221', '22102', '2210201', '2210202',
    ]);
    expect(t3.values[5].slice(0, 8)).toEqual([null, '合计', 6136.96, 1912.46, 1718.05, 194.41, 4224.5, 4224.5]);
    expect(rowInserts.every((ins) => ins.sheet === SHEET.t3)).toBe(true);
  });

  it('ties 表5 to 表4 and to its own rows after the correction', () => {
    const t4 = sheet(corrected, SHEET.t4);
    const t5 = sheet(corrected, SHEET.t5);
    // 表5 合计 = 表4 一般公共预算拨款 5353.90; 表5 项目 = 表4 项目支出 4224.50.
    expect(fen(rowOf(t5, '合计')[2])).toBe(fen(at(t4, 'B6')));
    expect(fen(rowOf(t5, '合计')[6])).toBe(fen(at(t4, 'D9')));
    // 21505 = 2150501 + 2150502 + 2150517: 684.34 + 56.50 + 4168.00 = 4908.84, for 合计 and 项目 alike.
    const kids = ['2150501', '2150502', '2150517'].map((code) => rowOf(t5, code));
    expect(kids.reduce((n, r) => n + fen(r[2]), 0)).toBe(fen(rowOf(t5, '21505')[2]));
    expect(kids.reduce((n, r) => n + fen(r[6]), 0)).toBe(fen(rowOf(t5, '21505')[6]));
    // Every row: 合计 = 基本保障小计 + 项目支出 (e.g. 215: 684.34 + 4224.50 = 4908.84).
    for (const row of [rowOf(t5, '合计'), ...codeRows(t5)]) expect([row[0], fen(row[2])]).toEqual([row[0], fen(row[3]) + fen(row[6])]);
  });

  it('builds 表2 whose rows are 一般公共预算 + 社保 and match 表3 code by code', () => {
    const t2 = sheet(corrected, SHEET.t2);
    const t3 = sheet(corrected, SHEET.t3);
    expect(t2.values[3]).toHaveLength(14); // code, name, 合计 and the 11 income sources
    // 合计: 5353.90 + 783.06 = 6136.96; 2150501: 684.34 + 783.06 = 1467.40.
    expect(rowOf(t2, '合计').slice(2, 6)).toEqual([6136.96, 5353.9, null, 783.06]);
    expect(rowOf(t2, '2150501').slice(2, 6)).toEqual([1467.4, 684.34, null, 783.06]);
    for (const row of [rowOf(t2, '合计'), ...codeRows(t2)]) {
      expect([row[0], fen(row[2])]).toEqual([row[0], fen(row[3]) + fen(row[5])]);
    }
    expect(codeRows(t2).map((r) => [r[0], r[2]])).toEqual(codeRows(t3).map((r) => [r[0], r[2]]));
  });
});

describe('committed samples', () => {
  it('are what the sources build today (run `npm run samples` after changing samples/source)', () => {
    const files: [string, Uint8Array | string][] = [
      ['seed.xlsx', built.seed],
      ['corrected.xlsx', built.corrected],
      ['README.md', built.readme],
    ];
    for (const [file, fresh] of files) {
      const committed = readFileSync(join(SAMPLES_DIR, file));
      expect([file, committed.equals(Buffer.from(fresh))]).toEqual([file, true]);
    }
  });

  it('are rebuilt byte for byte', async () => {
    const again = await buildSamples();
    expect(Buffer.from(again.seed).equals(Buffer.from(built.seed))).toBe(true);
    expect(Buffer.from(again.corrected).equals(Buffer.from(built.corrected))).toBe(true);
  });
});
