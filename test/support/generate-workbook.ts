// Generates a consistent disclosure workbook: a random function-code tree per unit, exact amounts
// in 元, every printed figure rounded to 0.01 万元 after summing the exact parts. Used by the
// property tests (a consistent workbook gives no error) and by the benchmark.
import fc from 'fast-check';
import type { CellValue, Merge, SheetSnapshot, WorkbookSnapshot } from '../../src/engine/workbook';
import { BUILTIN_ROWS } from '../../src/engine/catalog/builtin-data';

/** Names as the catalog has them, so a generated workbook raises no name warnings. */
const NAMES = new Map([...BUILTIN_ROWS.function, ...BUILTIN_ROWS.economicDept].map(([code, name]) => [code, name]));
const nameOf = (code: string, fallback: string) => NAMES.get(code) ?? fallback;

export interface GenerateOptions {
  units: number;
  /** 类 per unit, 款 per 类, 项 per 款. */
  classes: number;
  kuanPerClass: number;
  xiangPerKuan: number;
  seed: number;
}

/** A small deterministic PRNG (mulberry32) so a seed always gives the same workbook. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Exact 元 (integer) → printed 万元 with 2 decimals (half up), as a number. */
export const print = (yuan: number): number => Math.round(yuan / 100) / 100;

const CLASSES = ['201', '204', '205', '206', '207', '208', '210', '211', '212', '213', '214', '215', '216', '220', '221', '224'];
const PERSONNEL_KUAN = ['30101', '30102', '30103', '30107', '30108', '30109', '30110', '30113', '30199', '30301', '30302', '30305', '30307'];
const PUBLIC_KUAN = ['30201', '30202', '30205', '30206', '30207', '30211', '30213', '30215', '30216', '30217', '30226', '30228', '30229', '30231', '30239', '30299', '31002'];

interface Leaf { code: string; personnel: number; publicStd: number; project: number }
interface Unit { code: string; name: string; leaves: Leaf[]; econ: Map<string, number> }

type Row = CellValue[];

function makeUnits(o: GenerateOptions): Unit[] {
  const r = rng(o.seed);
  const int = (max: number) => Math.floor(r() * max);
  const units: Unit[] = [];
  for (let u = 0; u < o.units; u++) {
    const leaves: Leaf[] = [];
    const classes = [...CLASSES].sort(() => r() - 0.5).slice(0, o.classes).sort();
    for (const cls of classes) {
      for (let k = 1; k <= o.kuanPerClass; k++) {
        for (let x = 1; x <= o.xiangPerKuan; x++) {
          const code = `${cls}${String(k).padStart(2, '0')}${String(x).padStart(2, '0')}`;
          const hasProject = r() < 0.5;
          leaves.push({ code, personnel: int(5_000_000), publicStd: r() < 0.7 ? int(800_000) : 0, project: hasProject ? int(20_000_000) : 0 });
        }
      }
    }
    const econ = new Map<string, number>();
    split(leaves.reduce((s, l) => s + l.personnel, 0), PERSONNEL_KUAN, r).forEach((v, i) => econ.set(PERSONNEL_KUAN[i], v));
    split(leaves.reduce((s, l) => s + l.publicStd, 0), PUBLIC_KUAN, r).forEach((v, i) => econ.set(PUBLIC_KUAN[i], v));
    units.push({ code: `901${String(u).padStart(3, '0')}`, name: `第${u + 1}单位`, leaves, econ });
  }
  return units;
}

/** Splits an exact total into exact integer parts. */
function split(total: number, keys: string[], r: () => number): number[] {
  const weights = keys.map(() => r());
  const sum = weights.reduce((a, b) => a + b, 0);
  const parts = weights.map((w) => Math.floor((total * w) / sum));
  parts[parts.length - 1] += total - parts.reduce((a, b) => a + b, 0);
  return parts;
}

const sumBy = <T>(xs: T[], f: (x: T) => number) => xs.reduce((s, x) => s + f(x), 0);
const cell = (yuan: number): CellValue => (yuan === 0 ? null : print(yuan));

interface Amounts { personnel: number; publicStd: number; project: number }
const total = (a: Amounts) => a.personnel + a.publicStd + a.project;
const sumLeaves = (ls: Leaf[]): Amounts => ({ personnel: sumBy(ls, (l) => l.personnel), publicStd: sumBy(ls, (l) => l.publicStd), project: sumBy(ls, (l) => l.project) });

/** Function-code rows of one unit: 类, 款, 项 with their exact sums. */
function functionRows(unit: Unit): { code: string; name: string; a: Amounts }[] {
  const rows: { code: string; name: string; a: Amounts }[] = [];
  const byPrefix = (p: string) => unit.leaves.filter((l) => l.code.startsWith(p));
  const classes = [...new Set(unit.leaves.map((l) => l.code.slice(0, 3)))];
  for (const c of classes) {
    rows.push({ code: c, name: nameOf(c, `类${c}`), a: sumLeaves(byPrefix(c)) });
    for (const k of [...new Set(byPrefix(c).map((l) => l.code.slice(0, 5)))]) {
      rows.push({ code: k, name: nameOf(k, `款${k}`), a: sumLeaves(byPrefix(k)) });
      for (const l of byPrefix(k)) rows.push({ code: l.code, name: nameOf(l.code, `项${l.code}`), a: l });
    }
  }
  return rows;
}

function sheet(name: string, title: string, header: Row[], merges: Merge[], body: Row[], notes: string[] = []): SheetSnapshot {
  return { name, values: [[title], ['单位：万元'], ...header, ...body, ...notes.map((n) => [n])], merges: [{ top: 0, left: 0, bottom: 0, right: 8 }, ...merges] };
}

const SPEND_HEADER: Row[] = [
  ['科目编码', '科目名称', '合计', '基本保障支出', null, null, '项目支出', '项目支出不可预见费', '事业单位经营支出', '对附属单位补助支出', '上缴上级支出'],
  [null, null, null, '小计', '人员经费支出', '标准公用经费支出', null, null, null, null, null],
  ['*', '*', 1, 2, 3, 4, 5, 6, 7, 8, 9],
];
const SPEND_MERGES: Merge[] = [
  { top: 2, left: 0, bottom: 3, right: 0 }, { top: 2, left: 1, bottom: 3, right: 1 }, { top: 2, left: 2, bottom: 3, right: 2 },
  { top: 2, left: 3, bottom: 2, right: 5 }, ...[6, 7, 8, 9, 10].map((c) => ({ top: 2, left: c, bottom: 3, right: c })),
];
const spendRow = (code: string, name: string, a: Amounts): Row => [
  code, name, cell(total(a)), cell(a.personnel + a.publicStd), cell(a.personnel), cell(a.publicStd), cell(a.project), null, null, null, null,
];

export function generateWorkbook(o: GenerateOptions): WorkbookSnapshot {
  const units = makeUnits(o);
  const all = sumLeaves(units.flatMap((u) => u.leaves));
  const dept = { code: '901', name: '测试部门' };
  const unitBlocks = (rowOf: (code: string, name: string, a: Amounts) => Row): Row[] => [
    rowOf('', '合计', all),
    rowOf(dept.code, dept.name, all),
    ...units.flatMap((u) => [rowOf(u.code, u.name, sumLeaves(u.leaves)), ...functionRows(u).map((r) => rowOf(r.code, r.name, r.a))]),
  ];
  const t5 = sheet('表5', '一般公共预算支出表（按功能科目到项级）', SPEND_HEADER, SPEND_MERGES, unitBlocks(spendRow));
  const t3 = sheet('表3', '部门支出总表（按功能科目到项级）', SPEND_HEADER, SPEND_MERGES, unitBlocks(spendRow));
  const t2 = sheet('表2', '部门收入总表', [['科目编码', '科目名称', '合计', '一般公共预算拨款', '政府性基金拨款', '社保基金拨款']], [],
    unitBlocks((code, name, a) => [code, name, cell(total(a)), cell(total(a)), null, null]));

  const econAll = new Map<string, number>();
  for (const u of units) for (const [k, v] of u.econ) econAll.set(k, (econAll.get(k) ?? 0) + v);
  const econRows = (m: Map<string, number>): Row[] => {
    const rows: Row[] = [];
    for (const cls of ['301', '302', '303', '310']) {
      const kuan = [...m.keys()].filter((k) => k.startsWith(cls)).sort();
      if (!kuan.length) continue;
      rows.push([cls, nameOf(cls, `类${cls}`), cell(sumBy(kuan, (k) => m.get(k)!))]);
      for (const k of kuan) rows.push([k, nameOf(k, `款${k}`), cell(m.get(k)!)]);
    }
    return rows;
  };
  const basicAll = all.personnel + all.publicStd;
  const t6 = sheet('表6', '一般公共预算基本支出表（按经济科目到款级）', [['单位编码', '单位名称（科目）', '合计'], ['*', '*', 1]], [], [
    ['', '合计', cell(basicAll)],
    [dept.code, dept.name, cell(basicAll)],
    ...units.flatMap((u) => [[u.code, u.name, cell(sumLeaves(u.leaves).personnel + sumLeaves(u.leaves).publicStd)] as Row, ...econRows(u.econ)]),
  ]);

  const grand = total(all);
  const t1 = sheet('表1', '部门收支总表', [['收入', null, '支出', null], ['项目', '预算数', '项目（按经济分类）', '预算数']], [], [
    ['一、一般公共预算拨款', cell(grand), '一、基本保障支出', cell(basicAll)],
    ['本级一般公共预算拨款', cell(grand), '人员经费支出', cell(all.personnel)],
    ['二、政府性基金拨款', null, '标准公用经费支出', cell(all.publicStd)],
    ['三、社保基金拨款', null, '二、项目支出', cell(all.project)],
    ['收入总计', cell(grand), '支出总计', cell(grand)],
  ]);
  const t4 = sheet('表4', '财政拨款收支总表', [['收入', null, '支出', null], ['项目', '预算数', '项目（按经济分类）', '预算数']], [], [
    ['一、一般公共预算拨款', cell(grand), '一、基本支出', cell(basicAll)],
    ['本级一般公共预算拨款', cell(grand), '人员支出', cell(all.personnel)],
    ['二、政府性基金拨款', null, '标准公用经费支出', cell(all.publicStd)],
    [null, null, '二、项目支出', cell(all.project)],
    ['本年收入合计', cell(grand), '本年支出合计', cell(grand)],
    ['收入总计', cell(grand), '支出总计', cell(grand)],
  ]);
  const reception = (econAll.get('30217') ?? 0) + 12_345;
  const vehicleOp = 40_000;
  const t7 = sheet('表7', '一般公共预算“三公”经费支出表', [['项目', '预算数']], [], [
    ['合计', cell(reception + vehicleOp)],
    ['1. 因公出国（境）费用', null],
    ['2. 公务接待费', cell(reception)],
    ['3. 公车购置及运行维护费', cell(vehicleOp)],
    ['其中：公务用车运行维护费', cell(vehicleOp)],
    ['公务用车购置', null],
  ]);
  const t8 = sheet('表8', '政府性基金预算支出表（按功能科目到项级）', SPEND_HEADER, SPEND_MERGES,
    [['', '合计', 0, 0, 0, 0, 0, null, null, null, null]], ['注：本部门无政府性基金预算']);
  return { name: `generated-${o.seed}.xlsx`, sheets: [t1, t2, t3, t4, t5, t6, t7, t8] };
}

/** fast-check arbitrary of small consistent workbooks. */
export const arbitraryWorkbookOptions = fc.record({
  units: fc.integer({ min: 1, max: 3 }),
  classes: fc.integer({ min: 1, max: 4 }),
  kuanPerClass: fc.integer({ min: 1, max: 3 }),
  xiangPerKuan: fc.integer({ min: 1, max: 4 }),
  seed: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
});
