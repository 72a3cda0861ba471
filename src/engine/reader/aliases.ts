// What the reader recognises, as data: table titles, sheet roles, column headers, item labels and the
// name shapes that tell a unit row from a classification row. Matching code lives elsewhere.
import { z } from 'zod';
import { COLUMN_KEYS, TABLE_KINDS, type ColumnKey, type TableKind } from '../tables/model';
import { ITEM_KEYS, type ItemKey } from '../tables/items';
import type { SheetRole } from './index';

/**
 * Title words per table, most specific first: 财政拨款收支总表 also contains 收支总表, 一般公共预算基本支出表
 * also contains 一般公共预算…支出. Patterns run on folded text (no spaces, half-width, ASCII brackets).
 */
export const TABLE_TITLES: { kind: TableKind; pattern: string }[] = [
  { kind: 'fiscal', pattern: '财政拨款(?:预算)?收支' },
  { kind: 'threePublic', pattern: '三公' },
  { kind: 'stateCapital', pattern: '国有资本经营(?:预算)?.{0,10}支出' },
  { kind: 'fund', pattern: '政府性基金(?:预算)?.{0,10}支出' },
  { kind: 'basic', pattern: '基本支出(?:预算)?表|一般公共预算.{0,10}基本支出' },
  { kind: 'general', pattern: '一般公共预算.{0,10}支出' },
  { kind: 'summary', pattern: '收支(?:预算)?总表|财务收支' },
  { kind: 'income', pattern: '收入(?:预算)?总表' },
  { kind: 'expenditure', pattern: '支出(?:预算)?总表' },
];

/** Roles of sheets that are not tables, first match wins (绩效情况说明 is narrative, 绩效目标 is targets). */
export const SHEET_ROLES: { role: Exclude<SheetRole, 'table' | 'other'>; pattern: string }[] = [
  { role: 'targets', pattern: '绩效目标|绩效指标' },
  { role: 'tasks', pattern: '工作任务|主要任务|第二部分' },
  { role: 'narrative', pattern: '说明|编制情况|第四部分' },
  { role: 'catalog', pattern: '科目表|科目代码|科目目录|科目编码表|分类科目' },
];

/**
 * Column header → ColumnKey, tested in order on one header segment (the leaf, or the parent when the
 * leaf is 小计): specific words first, so 项目支出不可预见费 is contingency before it is 项目支出, and
 * 事业单位经营收入 is income before 经营支出 could be considered.
 */
export const COLUMN_ALIASES: { pattern: string; key: ColumnKey }[] = [
  { pattern: '不可预见', key: 'contingency' },
  { pattern: '经常性', key: 'projectRegular' },
  { pattern: '当年一次性', key: 'projectOneOff' },
  { pattern: '跨年(?:度)?一次性', key: 'projectMultiYear' },
  { pattern: '经营收入', key: 'operatingIncome' },
  { pattern: '经营支出', key: 'operating' },
  { pattern: '附属单位上缴', key: 'subsidiaryIncome' },
  { pattern: '附属单位补助', key: 'subsidiary' },
  { pattern: '上缴上级', key: 'remitUpper' },
  { pattern: '人员经费|人员支出|^人员$|工资福利', key: 'personnel' },
  { pattern: '公用经费|公用支出|^公用$', key: 'publicStd' },
  { pattern: '基本(?:保障)?支出', key: 'basic' },
  { pattern: '项目支出', key: 'project' },
  { pattern: '^(?:本年)?(?:预算)?(?:合计|总计)(?:数)?$', key: 'total' },
  { pattern: '专户', key: 'specialNonTax' },
  { pattern: '政府性基金', key: 'fundGrant' },
  { pattern: '社保基金|社会保险基金', key: 'socialGrant' },
  { pattern: '国有资本经营', key: 'capitalGrant' },
  { pattern: '一般公共预算|^财政拨款', key: 'generalGrant' },
  { pattern: '^事业收入', key: 'businessIncome' },
  { pattern: '往来收入', key: 'transferIncome' },
  { pattern: '其他收入', key: 'otherIncome' },
  { pattern: '融资|借款', key: 'borrowing' },
  { pattern: '上年结转|上年结余', key: 'carryover' },
];

/** A leaf header that stands for its parent column: 基本保障支出 / 小计 is the 基本 column itself. */
export const SUBTOTAL_HEADER = '^(?:小计|合计|计)$';
/** Headers of the code column(s); 类 / 款 / 项 are split code columns to be joined. */
export const CODE_HEADER = '编码|代码|编号|^类$|^款$|^项$';
export const CODE_PART_HEADER = '^(?:类|款|项)$';
/** Headers of the name column. */
export const NAME_HEADER = '名称|^项目$|^科目$|^单位$';

const HUBEI_9: ColumnKey[] = ['total', 'basic', 'personnel', 'publicStd', 'project', 'contingency', 'operating', 'subsidiary', 'remitUpper'];
const TABLE3_12: ColumnKey[] = [
  'total', 'basic', 'personnel', 'publicStd', 'project', 'projectRegular', 'projectOneOff', 'projectMultiYear',
  'contingency', 'operating', 'subsidiary', 'remitUpper',
];

/**
 * Standard value columns of a code table whose headers were lost (a PDF conversion can drop them).
 * Used only when the row width fits; 表8 is printed in both the Hubei and the 表3 layout.
 */
export const HEADERLESS_LAYOUTS: Partial<Record<TableKind, ColumnKey[][]>> = {
  expenditure: [TABLE3_12],
  general: [HUBEI_9, TABLE3_12],
  fund: [HUBEI_9, TABLE3_12],
  stateCapital: [HUBEI_9, TABLE3_12],
  basic: [['total'], ['total', 'personnel', 'publicStd']],
  income: [[
    'total', 'generalGrant', 'fundGrant', 'socialGrant', 'capitalGrant', 'specialNonTax', 'businessIncome',
    'operatingIncome', 'subsidiaryIncome', 'transferIncome', 'otherIncome', 'borrowing',
  ]],
};

/** Item label aliases (besides the vocabulary name in tables/items.ts itself), compared folded. */
export const ITEM_ALIASES: Partial<Record<ItemKey, string[]>> = {
  'in.general': ['一般公共预算拨款收入', '一般公共预算财政拨款', '一般公共预算财政拨款收入', '一般公共预算收入', '一般公共预算', '一般公共预算资金'],
  'in.general.local': ['本级一般公共预算', '本级一般公共预算拨款收入'],
  'in.general.local.grant': ['经费拨款', '经费拨款补助'],
  'in.general.local.nontax': ['纳入预算管理的非税', '纳入预算管理的非税收入拨款', '非税收入拨款'],
  'in.general.upper': ['一般公共预算上级补助', '上级一般公共预算补助'],
  'in.general.bond': ['一般债券收入', '一般债券拨款'],
  'in.fund': ['政府性基金预算拨款', '政府性基金拨款收入', '政府性基金收入', '政府性基金', '政府性基金预算资金'],
  'in.fund.local': ['本级政府性基金', '本级政府性基金拨款'],
  'in.fund.upper': ['上级基金补助', '上级政府性基金补助'],
  'in.fund.bond': ['专项债券收入', '专项债券拨款'],
  'in.social': ['社会保险基金拨款', '社保基金拨款收入', '社保基金'],
  'in.capital': ['国有资本经营预算拨款收入', '国有资本经营预算收入', '国有资本经营预算', '国有资本经营预算资金'],
  'in.specialNonTax': ['纳入专户管理的非税收入拨款', '专户管理的非税收入', '财政专户管理资金', '财政专户管理资金收入'],
  'in.business': ['事业收入(不含教育收费)'],
  'in.operating': ['经营收入'],
  'in.borrowing': ['融资收入', '借款收入'],
  'in.yearTotal': ['收入合计', '本年收入小计'],
  'in.carryover': ['上年结转(结余)', '上年结余', '上年结转结余', '上年结转收入'],
  'in.total': ['收入总额'],
  'out.basic': ['基本保障支出', '基本支出'],
  'out.basic.personnel': ['人员支出', '人员经费'],
  'out.basic.publicStd': ['公用经费', '公用支出', '标准公用经费', '公用经费支出', '日常公用经费'],
  'out.project.regular': ['经常性项目支出'],
  'out.project.oneOff': ['当年一次性项目支出'],
  'out.project.multiYear': ['跨年一次性项目支出', '跨年度一次性项目'],
  'out.contingency': ['不可预见费'],
  'out.operating': ['经营支出'],
  'out.subsidiary': ['对附属单位补助'],
  'out.yearTotal': ['支出合计', '本年支出小计'],
  'out.carryForward': ['年末结转(结余)', '年末结转和结余', '年末结余', '结转下年'],
  'out.total': ['支出总额'],
  'tp.total': ['总计', '三公经费合计', '"三公"经费合计'],
  'tp.abroad': ['因公出国(境)费', '因公出国境费用', '因公出国(境)经费'],
  'tp.vehicle': ['公务用车购置及运行维护费', '公务用车购置及运行费', '公车购置及运行费'],
  'tp.vehicle.operation': ['公务用车运行费', '运行维护费', '运行费'],
  'tp.vehicle.purchase': ['公务用车购置', '购置费', '购置'],
};

/**
 * Labels whose key depends on where they stand: a bare 上级补助 under 一般公共预算拨款 is in.general.upper,
 * under 政府性基金拨款 in.fund.upper (context = the numbered item it follows); 总计 / 合计 depend on the
 * block. The first entry is the default when no context applies.
 */
export const CONTEXT_ITEM_ALIASES: { labels: string[]; byContext: Record<string, ItemKey> }[] = [
  { labels: ['上级补助', '上级补助收入', '上级补助拨款'], byContext: { 'in.general': 'in.general.upper', 'in.fund': 'in.fund.upper' } },
  { labels: ['本级', '本级拨款', '本级财政拨款'], byContext: { 'in.general': 'in.general.local', 'in.fund': 'in.fund.local' } },
  { labels: ['总计'], byContext: { income: 'in.total', expense: 'out.total' } },
  { labels: ['合计', '本年合计'], byContext: { income: 'in.yearTotal', expense: 'out.yearTotal' } },
];

/** Item-table headers: the label column (项目 / 收入 / 支出…) and the amount column (预算数…). */
export const ITEM_LABEL_HEADER = '^(?:收入|支出)?(?:项目|科目|名称|内容)|^(?:收入|支出)$';
export const ITEM_AMOUNT_HEADER = '预算|金额|数额|合计|小计|^本年';
/** Amount headers that are not this year's figure (上年数, 增减…). */
export const ITEM_AMOUNT_EXCLUDE = '上年|增减|增长|比上年|变动|同比|%';

/**
 * Unit rows vs classification rows (see unit-rows.ts): names of organisations end like these…
 */
export const ORG_NAME =
  '(?:局|委员会|委|办公室|办|院|中心|本级|单位|厅|部门|部|站|所|馆|学校|校|医院|队|处|室|社|团|会|公司|机关|政府|园|场|台|署|庭|基地)$|本级';
/** …and catalog names (支出功能分类 / 经济分类) like these. */
export const CATALOG_NAME =
  '(?:支出|事务|运行|管理|补助|保险|缴费|费|资金|基金|服务|建设|发展|工程|教育|医疗|保障|监管|补贴|支持|改革|安全|救助|福利|公积金|津贴|奖金|工资|购置|维护|奖励|抚恤|利息|收入|拨款)$|^其他';

// Our own data is checked once at load: a wrong key here is a bug, not bad input.
const columnKey = z.enum(COLUMN_KEYS);
const itemKey = z.enum(Object.keys(ITEM_KEYS) as [ItemKey, ...ItemKey[]]);
const pattern = z.string().min(1).refine((p) => {
  try {
    new RegExp(p);
    return true;
  } catch {
    return false;
  }
}, 'not a regular expression');

export const aliasDataSchema = z.object({
  titles: z.array(z.object({ kind: z.enum(TABLE_KINDS), pattern })),
  roles: z.array(z.object({ role: z.enum(['narrative', 'tasks', 'targets', 'catalog']), pattern })),
  columns: z.array(z.object({ pattern, key: columnKey })),
  layouts: z.partialRecord(z.enum(TABLE_KINDS), z.array(z.array(columnKey).min(1))),
  items: z.partialRecord(itemKey, z.array(z.string().min(1))),
  contextItems: z.array(z.object({ labels: z.array(z.string().min(1)).min(1), byContext: z.record(z.string(), itemKey) })),
  patterns: z.array(pattern),
});

aliasDataSchema.parse({
  titles: TABLE_TITLES,
  roles: SHEET_ROLES,
  columns: COLUMN_ALIASES,
  layouts: HEADERLESS_LAYOUTS,
  items: ITEM_ALIASES,
  contextItems: CONTEXT_ITEM_ALIASES,
  patterns: [SUBTOTAL_HEADER, CODE_HEADER, CODE_PART_HEADER, NAME_HEADER, ITEM_LABEL_HEADER, ITEM_AMOUNT_HEADER, ITEM_AMOUNT_EXCLUDE, ORG_NAME, CATALOG_NAME],
});
