// The corrected copy of the seed, written as patches over the seed grids: as few cells as possible, each
// with its reason, so a reviewer sees every change and test/samples.test.ts can prove each `from` is the
// seed's value at that cell (a patch cannot silently hit the wrong cell).
//
// The 5G 基站 target: part two says "新建 5G 基站 500 座", the 5G project's target says "建设 5G 基站数量
// 1800 个". The project target must carry the department's own work plan (DOMAIN.md: 工作任务 and 绩效目标
// state the same target), so the target cell follows part two.
import { CellValue, parseAddress } from '../../src/engine/workbook';
import type { GridCell, GridSheet } from '../../src/xlsx/write';
import { AMOUNT_FORMAT, across, Row, SHEET, seedSheets } from './seed';

export interface CellPatch {
  sheet: string;
  /** Address in the seed sheet, e.g. 'C7'. */
  cell: string;
  /** The seed's value at `cell` (or, with `inText`, a phrase occurring once in it). */
  from: GridCell;
  to: GridCell;
  /** Replace the phrase `from` by `to` inside a paragraph instead of the whole cell. */
  inText?: boolean;
  why: string;
}

export interface RowInsert {
  sheet: string;
  /** Seed row number (1-based) the rows go above; inserts with the same row keep their list order. */
  beforeRow: number;
  rows: Row[];
  why: string;
}

export interface SheetInsert {
  afterSheet: string;
  sheet: GridSheet;
  why: string;
}

const _ = null;

// 表5 gets the 1090.00 万元 of project money it lacks (4224.50 in 表1/表3/表4 − 3134.50 in 表5 = 1090.00),
// all of it in 2150517 产业发展 (表3 4168.00 − 表5 3078.00 = 1090.00), and the totals above that row.
const T5_PROJECTS =
  '表5 项目支出 3134.50 is 1090.00 short of 表4 (4224.50); all project money is general-budget money ' +
  '(表1: income = 一般公共预算 5353.90 + 社保 783.06, and 社保 funds only basic spending)';

export const cellPatches: CellPatch[] = [
  { sheet: SHEET.t5, cell: 'C7', from: 4263.9, to: 5353.9, why: `合计 row: 1129.40 + 4224.50 = 5353.90 = 表4 一般公共预算拨款; ${T5_PROJECTS}` },
  { sheet: SHEET.t5, cell: 'G7', from: 3134.5, to: 4224.5, why: `合计 row 项目支出 = 表4 项目支出 4224.50; ${T5_PROJECTS}` },
  { sheet: SHEET.t5, cell: 'C8', from: 4263.9, to: 5353.9, why: '209 (the department, its only row above 209001) = 合计 row: 1129.40 + 4224.50 = 5353.90' },
  { sheet: SHEET.t5, cell: 'G8', from: 3134.5, to: 4224.5, why: '209 (the department) 项目支出 = 合计 row 4224.50' },
  { sheet: SHEET.t5, cell: 'C9', from: 4263.9, to: 5353.9, why: '209001 (its only unit) = 209: 1129.40 + 4224.50 = 5353.90' },
  { sheet: SHEET.t5, cell: 'G9', from: 3134.5, to: 4224.5, why: '209001 (its only unit) 项目支出 = 209 4224.50' },
  { sheet: SHEET.t5, cell: 'C22', from: 3818.84, to: 4908.84, why: '215 = 684.34 basic + 4224.50 projects = 4908.84 (was 3818.84 + 1090.00)' },
  { sheet: SHEET.t5, cell: 'G22', from: 3134.5, to: 4224.5, why: '215 项目支出 = 56.50 + 4168.00 = 4224.50' },
  { sheet: SHEET.t5, cell: 'C23', from: 3818.84, to: 4908.84, why: '21505 = 684.34 + 56.50 + 4168.00 = 4908.84' },
  { sheet: SHEET.t5, cell: 'G23', from: 3134.5, to: 4224.5, why: '21505 项目支出 = 56.50 + 4168.00 = 4224.50' },
  { sheet: SHEET.t5, cell: 'C26', from: 3078, to: 4168, why: '2150517 产业发展 = 表3 4168.00 (表3 − 表5 = 1090.00, exactly what 表5 lacks)' },
  { sheet: SHEET.t5, cell: 'G26', from: 3078, to: 4168, why: '2150517 项目支出 = 表3 4168.00' },
  {
    sheet: SHEET.narrative,
    cell: 'A1',
    from: '第四部分 2021 年部门预算编制情况及说明',
    to: '第四部分 2022 年部门预算编制情况及说明',
    why: 'the budget year is 2022 (the table of contents and every other heading say 2022)',
  },
  {
    sheet: SHEET.narrative,
    cell: 'A7',
    inText: true,
    from: '其他商品和服务支出 83.67 万元',
    to: '其他商品和服务支出 83.68 万元',
    why:
      '表6 30299 其他商品和服务支出 = 83.68; the 14 listed items then add to 194.42 against the stated 194.41, ' +
      'a 0.01 rounding difference within 14 × 0.005 = 0.07, acceptable (194.41 = 表6 302 189.41 + 310 5.00)',
  },
  {
    sheet: SHEET.targets,
    cell: 'C11',
    from: '财政资金万元带动技',
    to: '财政资金万元带动技改投资标杆率',
    why: 'the PDF split this indicator name over two rows; its tail "改投资标杆率" had landed in the next row',
  },
  {
    sheet: SHEET.targets,
    cell: 'C12',
    from: '改投资标杆率 申报项目企业满意度',
    to: '申报项目企业满意度',
    why: 'the 满意度 indicator keeps only its own name once the split tail goes back to the row above',
  },
  {
    sheet: SHEET.targets,
    cell: 'D32',
    from: '1800 个',
    to: '500 座',
    why: 'the 5G project target must state the work plan of part two ("新建 5G 基站 500 座"), not a second figure',
  },
];

// 表3 as published lacks its 合计 row and the 208 and 210 families (all basic personnel spending, copied
// from 表5, which has them); with them its 类 rows add up to 表1's 6136.96 (within rounding).
export const rowInserts: RowInsert[] = [
  {
    sheet: SHEET.t3,
    beforeRow: 6,
    rows: [[_, '合计', 6136.96, 1912.46, 1718.05, 194.41, 4224.5, 4224.5, _, _, _, _, _, _]],
    why:
      '表3 has no 合计 row; it equals 表1: 支出总计 6136.96, 基本保障 1912.46 = 人员 1718.05 + 公用 194.41, ' +
      '项目 4224.50 all 经常性 (the 类 rows 338.49 + 33.15 + 5691.90 + 73.41 add to 6136.95: rounding)',
  },
  {
    sheet: SHEET.t3,
    beforeRow: 6,
    rows: [
      ['208', '社会保障和就业支出', 338.49, 338.49, 338.49, _, _, _, _, _, _, _, _, _],
      ['20805', '行政事业单位养老支出', 73.39, 73.39, 73.39, _, _, _, _, _, _, _, _, _],
      ['2080505', '机关事业单位基本养老保险缴费支出', 48.92, 48.92, 48.92, _, _, _, _, _, _, _, _, _],
      ['2080506', '机关事业单位职业年金缴费支出', 24.46, 24.46, 24.46, _, _, _, _, _, _, _, _, _],
      ['20810', '社会福利', 32.43, 32.43, 32.43, _, _, _, _, _, _, _, _, _],
      ['2081099', '其他社会福利支出', 32.43, 32.43, 32.43, _, _, _, _, _, _, _, _, _],
      ['20899', '其他社会保障和就业支出', 232.68, 232.68, 232.68, _, _, _, _, _, _, _, _, _],
      ['2089999', '其他社会保障和就业支出', 232.68, 232.68, 232.68, _, _, _, _, _, _, _, _, _],
      ['210', '卫生健康支出', 33.15, 33.15, 33.15, _, _, _, _, _, _, _, _, _],
      ['21011', '行政事业单位医疗', 33.15, 33.15, 33.15, _, _, _, _, _, _, _, _, _],
      ['2101101', '行政单位医疗', 27.52, 27.52, 27.52, _, _, _, _, _, _, _, _, _],
      ['2101103', '公务员医疗补助', 5.63, 5.63, 5.63, _, _, _, _, _, _, _, _, _],
    ],
    why:
      '表3 lacks the 208 and 210 families that 表5 prints (general-budget basic personnel spending, so 表3 = 表5 ' +
      'for them), in code order before 215; 表3 6136.96 − 表5 5353.90 = 783.06 = the 社保 money, all in 215',
  },
];

const TABLE2_WIDTH = 14;

// 表2 is absent from the seed. Income by function code: every code's money is general-budget money equal to
// its 表3 total, except the 社保基金 783.06, which all sits in 2150501 行政运行 (表3 215 basic 1467.40 −
// 表5 215 basic 684.34 = 783.06), so 215/21505/2150501 have 社保 783.06 and general = 表3 − 783.06.
const table2: GridSheet = {
  name: SHEET.t2,
  rows: [
    ['表 2：部门收入总表'],
    ['部门收入总表'],
    [_, _, _, _, _, _, _, _, _, _, _, _, _, '单位：万元'],
    [
      '科目编码', '科目名称', '合计', '一般公共预算拨款', '政府性基金拨款', '社保基金拨款', '国有资本经营预算拨款',
      '纳入专户管理的非税收入', '事业收入', '事业单位经营收入', '附属单位上缴收入', '往来收入', '其他收入', '融资借款',
    ],
    [_, '合计', 6136.96, 5353.9, _, 783.06, _, _, _, _, _, _, _, _],
    ['208', '社会保障和就业支出', 338.49, 338.49, _, _, _, _, _, _, _, _, _, _],
    ['20805', '行政事业单位养老支出', 73.39, 73.39, _, _, _, _, _, _, _, _, _, _],
    ['2080505', '机关事业单位基本养老保险缴费支出', 48.92, 48.92, _, _, _, _, _, _, _, _, _, _],
    ['2080506', '机关事业单位职业年金缴费支出', 24.46, 24.46, _, _, _, _, _, _, _, _, _, _],
    ['20810', '社会福利', 32.43, 32.43, _, _, _, _, _, _, _, _, _, _],
    ['2081099', '其他社会福利支出', 32.43, 32.43, _, _, _, _, _, _, _, _, _, _],
    ['20899', '其他社会保障和就业支出', 232.68, 232.68, _, _, _, _, _, _, _, _, _, _],
    ['2089999', '其他社会保障和就业支出', 232.68, 232.68, _, _, _, _, _, _, _, _, _, _],
    ['210', '卫生健康支出', 33.15, 33.15, _, _, _, _, _, _, _, _, _, _],
    ['21011', '行政事业单位医疗', 33.15, 33.15, _, _, _, _, _, _, _, _, _, _],
    ['2101101', '行政单位医疗', 27.52, 27.52, _, _, _, _, _, _, _, _, _, _],
    ['2101103', '公务员医疗补助', 5.63, 5.63, _, _, _, _, _, _, _, _, _, _],
    ['215', '资源勘探工业信息等支出', 5691.9, 4908.84, _, 783.06, _, _, _, _, _, _, _, _],
    ['21505', '工业和信息产业监管', 5691.9, 4908.84, _, 783.06, _, _, _, _, _, _, _, _],
    ['2150501', '行政运行', 1467.4, 684.34, _, 783.06, _, _, _, _, _, _, _, _],
    ['2150502', '一般行政管理事务', 56.5, 56.5, _, _, _, _, _, _, _, _, _, _],
    ['2150517', '产业发展', 4168, 4168, _, _, _, _, _, _, _, _, _, _],
    ['221', '住房保障支出', 73.41, 73.41, _, _, _, _, _, _, _, _, _, _],
    ['22102', '住房改革支出', 73.41, 73.41, _, _, _, _, _, _, _, _, _, _],
    ['2210201', '住房公积金', 59.65, 59.65, _, _, _, _, _, _, _, _, _, _],
    ['2210202', '提租补贴', 13.76, 13.76, _, _, _, _, _, _, _, _, _, _],
  ],
  merges: [across(1, TABLE2_WIDTH), across(2, TABLE2_WIDTH)],
  numFmt: AMOUNT_FORMAT,
  colWidths: [10, 34, 12, 14, 12, 12, 14, 14, 12, 12, 12, 12, 12, 12],
};

export const sheetInserts: SheetInsert[] = [
  {
    afterSheet: SHEET.t1,
    sheet: table2,
    why:
      '表2 部门收入总表 is missing; rebuilt from 表1 (合计 6136.96 = 一般公共预算拨款 5353.90 + 社保基金拨款 783.06) ' +
      'and the completed 表3 (the same function codes and totals)',
  },
];

/** Differences the corrected copy keeps on purpose, for the README and the lead. */
export const openDifferences: string[] = [];

/** The seed sheets with every correction applied: cell patches first, then rows and sheets inserted. */
export function correctedSheets(seed: GridSheet[] = seedSheets): GridSheet[] {
  const sheets = seed.map(cloneSheet);
  for (const patch of cellPatches) applyPatch(sheetNamed(sheets, patch.sheet), patch);
  for (const sheet of sheets) insertRows(sheet, rowInserts.filter((ins) => ins.sheet === sheet.name));
  for (const { afterSheet, sheet } of sheetInserts) {
    sheets.splice(sheets.indexOf(sheetNamed(sheets, afterSheet)) + 1, 0, cloneSheet(sheet));
  }
  return sheets;
}

/** Where a seed cell of `sheet` sits in the corrected copy, once rows are inserted above it. */
export function correctedAddress(sheet: string, seedCell: string): string {
  const ref = parseAddress(seedCell);
  if (!ref) throw new Error(`not an A1 address: ${seedCell}`);
  const seedRow = ref.row + 1;
  const shift = rowInserts
    .filter((ins) => ins.sheet === sheet && ins.beforeRow <= seedRow)
    .reduce((n, ins) => n + ins.rows.length, 0);
  return seedCell.replace(/\d+$/, String(seedRow + shift));
}

/** Cell values are equal: same number, text or error code. */
export function sameCell(a: CellValue | undefined, b: CellValue | undefined): boolean {
  const x = a ?? null;
  const y = b ?? null;
  if (typeof x === 'object' && x !== null && typeof y === 'object' && y !== null) return x.error === y.error;
  return x === y;
}

function applyPatch(sheet: GridSheet, patch: CellPatch): void {
  const ref = parseAddress(patch.cell);
  if (!ref) throw new Error(`${patch.sheet}!${patch.cell}: not an A1 address`);
  const row = sheet.rows[ref.row] ?? [];
  const current = row[ref.col] ?? null;
  // The sources are ours: a patch that no longer matches the seed is a bug to fix here, not data to report.
  if (patch.inText) {
    const text = typeof current === 'string' ? current : '';
    if (typeof patch.from !== 'string' || text.split(patch.from).length !== 2) {
      throw new Error(`${patch.sheet}!${patch.cell}: "${String(patch.from)}" does not occur exactly once`);
    }
    row[ref.col] = text.replace(patch.from, String(patch.to));
  } else {
    if (!sameCell(current, patch.from)) {
      throw new Error(`${patch.sheet}!${patch.cell}: expected ${JSON.stringify(patch.from)}, seed has ${JSON.stringify(current)}`);
    }
    row[ref.col] = patch.to;
  }
}

function insertRows(sheet: GridSheet, inserts: RowInsert[]): void {
  // Bottom-up, so the seed row numbers of inserts further up stay valid.
  const at = [...new Set(inserts.map((ins) => ins.beforeRow))].sort((a, b) => b - a);
  for (const beforeRow of at) {
    const rows = inserts.filter((ins) => ins.beforeRow === beforeRow).flatMap((ins) => ins.rows.map((r) => [...r]));
    sheet.rows.splice(beforeRow - 1, 0, ...rows);
    sheet.merges = (sheet.merges ?? []).map((range) => shiftRange(range, beforeRow, rows.length));
  }
}

/** Moves the rows of an A1 range that are at or below `fromRow` down by `n`. */
function shiftRange(range: string, fromRow: number, n: number): string {
  return range.replace(/([A-Z]+)(\d+)/g, (_m, col: string, row: string) => {
    const r = Number(row);
    return `${col}${r >= fromRow ? r + n : r}`;
  });
}

function sheetNamed(sheets: GridSheet[], name: string): GridSheet {
  const sheet = sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet named ${name}`);
  return sheet;
}

function cloneSheet(sheet: GridSheet): GridSheet {
  return {
    ...sheet,
    rows: sheet.rows.map((r) => [...r]),
    merges: sheet.merges ? [...sheet.merges] : undefined,
    colWidths: sheet.colWidths ? [...sheet.colWidths] : undefined,
  };
}
