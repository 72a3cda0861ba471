// The seed document's tables (咸宁市经信局 2022, part 3) as printed, for the rules' tests.
// Cell positions follow tables/build.ts: data from sheet row 5 (Excel row 6), code-table values from column C.
import { codeTable, itemTable } from '../../tables/build';
import type { ColumnKey, Table } from '../../tables/model';

type Row = [string, string, ...(number | null)[]];
const _ = null;

const EXPENDITURE_COLUMNS: ColumnKey[] = [
  'total', 'basic', 'personnel', 'publicStd', 'project', 'projectRegular', 'projectOneOff', 'projectMultiYear',
  'contingency', 'operating', 'subsidiary', 'remitUpper',
];

/** 表3 as the seed prints it: no 合计 row, only 215 and 221. Rows 6…14; 215 total C6, 221 total C11. */
export function seedExpenditure(edit?: (rows: Row[]) => void): Table {
  const rows: Row[] = [
    ['215', '资源勘探工业信息等支出', 5691.9, 1467.4, 1272.99, 194.41, 4224.5, 4224.5, _, _, _, _, _, _],
    ['21505', '工业和信息产业监管', 5691.9, 1467.4, 1272.99, 194.41, 4224.5, 4224.5, _, _, _, _, _, _],
    ['2150501', '行政运行', 1467.4, 1467.4, 1272.99, 194.41, _, _, _, _, _, _, _, _],
    ['2150502', '一般行政管理事务', 56.5, _, _, _, 56.5, 56.5, _, _, _, _, _, _],
    ['2150517', '产业发展', 4168, _, _, _, 4168, 4168, _, _, _, _, _, _],
    ['221', '住房保障支出', 73.41, 73.41, 73.41, _, _, _, _, _, _, _, _, _],
    ['22102', '住房改革支出', 73.41, 73.41, 73.41, _, _, _, _, _, _, _, _, _],
    ['2210201', '住房公积金', 59.65, 59.65, 59.65, _, _, _, _, _, _, _, _, _],
    ['2210202', '提租补贴', 13.76, 13.76, 13.76, _, _, _, _, _, _, _, _, _],
  ];
  edit?.(rows);
  return codeTable({ kind: 'expenditure', columns: EXPENDITURE_COLUMNS, rows });
}

const HUBEI_COLUMNS: ColumnKey[] = ['total', 'basic', 'personnel', 'publicStd', 'project', 'contingency', 'operating', 'subsidiary', 'remitUpper'];

/** 表5: 合计 row 6 (total C6, basic D6, personnel E6, publicStd F6, project G6), unit rows, then codes. */
export function seedGeneral(edit?: (rows: Row[]) => void): Table {
  const rows: Row[] = [
    ['', '合计', 4263.9, 1129.4, 934.98, 194.41, 3134.5, _, _, _, _],
    ['209', '咸宁市经济和信息化局', 4263.9, 1129.4, 934.98, 194.41, 3134.5, _, _, _, _],
    ['209001', '咸宁市经济和信息化局本级', 4263.9, 1129.4, 934.98, 194.41, 3134.5, _, _, _, _],
    ['208', '社会保障和就业支出', 338.49, 338.49, 338.49, _, _, _, _, _, _], // row 9
    ['20805', '行政事业单位养老支出', 73.39, 73.39, 73.39, _, _, _, _, _, _],
    ['2080505', '机关事业单位基本养老保险缴费支出', 48.92, 48.92, 48.92, _, _, _, _, _, _],
    ['2080506', '机关事业单位职业年金缴费支出', 24.46, 24.46, 24.46, _, _, _, _, _, _],
    ['20810', '社会福利', 32.43, 32.43, 32.43, _, _, _, _, _, _],
    ['2081099', '其他社会福利支出', 32.43, 32.43, 32.43, _, _, _, _, _, _],
    ['20899', '其他社会保障和就业支出', 232.68, 232.68, 232.68, _, _, _, _, _, _],
    ['2089999', '其他社会保障和就业支出', 232.68, 232.68, 232.68, _, _, _, _, _, _],
    ['210', '卫生健康支出', 33.15, 33.15, 33.15, _, _, _, _, _, _], // row 17
    ['21011', '行政事业单位医疗', 33.15, 33.15, 33.15, _, _, _, _, _, _],
    ['2101101', '行政单位医疗', 27.52, 27.52, 27.52, _, _, _, _, _, _],
    ['2101103', '公务员医疗补助', 5.63, 5.63, 5.63, _, _, _, _, _, _], // row 20
    ['215', '资源勘探工业信息等支出', 3818.84, 684.34, 489.93, 194.41, 3134.5, _, _, _, _],
    ['21505', '工业和信息产业监管', 3818.84, 684.34, 489.93, 194.41, 3134.5, _, _, _, _],
    ['2150501', '行政运行', 684.34, 684.34, 489.93, 194.41, _, _, _, _, _],
    ['2150502', '一般行政管理事务', 56.5, _, _, _, 56.5, _, _, _, _],
    ['2150517', '产业发展', 3078, _, _, _, 3078, _, _, _, _], // row 25
    ['221', '住房保障支出', 73.41, 73.41, 73.41, _, _, _, _, _, _],
    ['22102', '住房改革支出', 73.41, 73.41, 73.41, _, _, _, _, _, _],
    ['2210201', '住房公积金', 59.65, 59.65, 59.65, _, _, _, _, _, _],
    ['2210202', '提租补贴', 13.76, 13.76, 13.76, _, _, _, _, _, _],
  ];
  edit?.(rows);
  return codeTable({ kind: 'general', columns: HUBEI_COLUMNS, unitCodes: ['209', '209001'], rows });
}

/** 表6 (single 合计 column): 合计 C6; 301 C9, 302 C20, 30217 C27, 303 C34, 310 C40. */
export function seedBasic(edit?: (rows: Row[]) => void): Table {
  const rows: Row[] = [
    ['', '合计', 1129.4],
    ['209', '咸宁市经济和信息化局', 1129.4],
    ['209001', '咸宁市经济和信息化局本级', 1129.4],
    ['301', '工资福利支出', 636.68], // row 9
    ['30101', '基本工资', 153.78],
    ['30102', '津贴补贴', 104.15],
    ['30103', '奖金', 203.02],
    ['30107', '绩效工资', 9.38],
    ['30108', '机关事业单位基本养老保险缴费', 48.92],
    ['30109', '职业年金缴费', 24.46],
    ['30110', '职工基本医疗保险缴费', 27.52],
    ['30111', '公务员医疗补助缴费', 5.63],
    ['30113', '住房公积金', 59.65],
    ['30199', '其他工资福利支出', 0.17],
    ['302', '商品和服务支出', 189.41], // row 20
    ['30201', '办公费', 18.7],
    ['30202', '印刷费', 1.5],
    ['30207', '邮电费', 4.5],
    ['30211', '差旅费', 12],
    ['30213', '维修（护）费', 2],
    ['30215', '会议费', 0.3],
    ['30217', '公务接待费', 1.5], // row 27
    ['30226', '劳务费', 9],
    ['30227', '委托业务费', 11],
    ['30228', '工会经费', 9.68],
    ['30229', '福利费', 7.32],
    ['30239', '其他交通费用', 28.24],
    ['30299', '其他商品和服务支出', 83.68],
    ['303', '对个人和家庭的补助', 298.3], // row 34
    ['30301', '离休费', 33.19],
    ['30305', '生活补助', 1.08],
    ['30307', '医疗费补助', 31.32],
    ['30309', '奖励金', 0.03],
    ['30399', '其他对个人和家庭的补助', 232.68],
    ['310', '资本性支出', 5], // row 40
    ['31002', '办公设备购置', 5],
  ];
  edit?.(rows);
  return codeTable({ kind: 'basic', columns: ['total'], unitCodes: ['209', '209001'], rows });
}

/** 表8: only the unit rows, every cell 0.00 (written, not blank), and the note. */
export function seedFund(): Table {
  const zeros = Array<number>(12).fill(0);
  return codeTable({
    kind: 'fund',
    columns: EXPENDITURE_COLUMNS,
    unitCodes: ['209', '209001'],
    rows: [
      ['209', '咸宁市经济和信息化局', ...zeros],
      ['209001', '咸宁市经济和信息化局本级', ...zeros],
    ],
    notes: ['注：2022 年咸宁市经信局无相关政府性基金预算'],
  });
}

type ItemRow = [string, string, number | null];

export function seedSummary(edit?: (items: ItemRow[]) => void): Table {
  const items: ItemRow[] = [
    ['in.general', '一、一般公共预算拨款', 5353.9],
    ['in.general.local', '本级一般公共预算拨款', 5353.9],
    ['in.general.local.grant', '经费拨款（补助）', 5353.9],
    ['in.general.local.nontax', '纳入预算管理的非税', _],
    ['in.general.upper', '上级补助', _],
    ['in.general.bond', '一般债券', _],
    ['in.fund', '二、政府性基金拨款', _],
    ['in.fund.local', '本级基金', _],
    ['in.fund.upper', '上级基金', _],
    ['in.fund.bond', '专项债券', _],
    ['in.social', '三、社保基金拨款', 783.06],
    ['in.capital', '四、国有资本经营预算拨款', _],
    ['in.specialNonTax', '五、纳入专户管理的非税收入', _],
    ['in.business', '六、事业收入', _],
    ['in.operating', '七、事业单位经营收入', _],
    ['in.subsidiary', '八、附属单位上缴收入', _],
    ['in.transfer', '九、往来收入', _],
    ['in.other', '十、其他收入', _],
    ['in.borrowing', '十一、融资借款', _],
    ['in.total', '收入总计：', 6136.96],
    ['out.basic', '一、基本保障支出', 1912.46],
    ['out.basic.personnel', '人员经费支出', 1718.05],
    ['out.basic.publicStd', '标准公用经费支出', 194.41],
    ['out.project', '二、项目支出', 4224.5],
    ['out.project.regular', '经常性项目', 4224.5],
    ['out.project.oneOff', '当年一次性项目', _],
    ['out.project.multiYear', '跨年一次性项目', _],
    ['out.contingency', '三、项目支出不可预见费', _],
    ['out.operating', '四、事业单位经营支出', _],
    ['out.subsidiary', '五、对附属单位补助支出', _],
    ['out.remitUpper', '六、上缴上级支出', _],
    ['out.total', '支出总计', 6136.96],
  ];
  edit?.(items);
  return itemTable({ kind: 'summary', items });
}

export function seedFiscal(edit?: (items: ItemRow[]) => void): Table {
  const items: ItemRow[] = [
    ['in.general', '一、一般公共预算拨款', 5353.9],
    ['in.general.local', '本级一般公共预算拨款', 5353.9],
    ['in.general.upper', '上级补助', _],
    ['in.fund', '二、政府性基金拨款', _],
    ['in.fund.local', '本级基金', _],
    ['in.fund.upper', '上级基金', _],
    ['in.yearTotal', '本年收入合计：', 5353.9],
    ['in.total', '收入总计：', 5353.9],
    ['out.basic', '一、基本支出', 1129.4],
    ['out.basic.personnel', '人员支出', 934.98],
    ['out.basic.publicStd', '标准公用经费支出', 194.41],
    ['out.project', '二、项目支出', 4224.5],
    ['out.contingency', '三、项目支出不可预见费', _],
    ['out.operating', '四、事业单位经营支出', _],
    ['out.subsidiary', '五、对附属单位补助支出', _],
    ['out.remitUpper', '六、上缴上级支出', _],
    ['out.yearTotal', '本年支出合计：', 5353.9],
    ['out.total', '支出总计', 5353.9],
  ];
  edit?.(items);
  return itemTable({ kind: 'fiscal', items });
}

export function seedThreePublic(edit?: (items: ItemRow[]) => void): Table {
  const items: ItemRow[] = [
    ['tp.total', '合计', 8.2],
    ['tp.abroad', '1. 因公出国（境）费用', _],
    ['tp.reception', '2. 公务接待费', 4.2],
    ['tp.vehicle', '3. 公车购置及运行维护费', 4],
    ['tp.vehicle.operation', '其中：公务用车运行维护费', 4],
    ['tp.vehicle.purchase', '公务用车购置', _],
  ];
  edit?.(items);
  return itemTable({ kind: 'threePublic', items });
}

/** Replaces one value of a row: column index counts from 0 after code and name. */
export function setValue(rows: Row[], code: string, col: number, value: number | null): void {
  const row = rows.find((r) => r[0] === code);
  if (!row) throw new Error(`fixture has no row ${code}`);
  row[2 + col] = value;
}
