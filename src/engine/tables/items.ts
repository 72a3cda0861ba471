// The items of 表1 (部门收支总表), 表4 (财政拨款收支总表) and 表7 (“三公”经费表), keyed by meaning.
// A key's dotted prefix is its parent item: a parent equals the sum of its direct sub-items.

export const ITEM_KEYS = {
  // Income block (表1, 表4)
  'in.general': '一般公共预算拨款',
  'in.general.local': '本级一般公共预算拨款',
  'in.general.local.grant': '经费拨款（补助）',
  'in.general.local.nontax': '纳入预算管理的非税收入',
  'in.general.upper': '上级补助',
  'in.general.bond': '一般债券',
  'in.fund': '政府性基金拨款',
  'in.fund.local': '本级基金',
  'in.fund.upper': '上级基金',
  'in.fund.bond': '专项债券',
  'in.social': '社保基金拨款',
  'in.capital': '国有资本经营预算拨款',
  'in.specialNonTax': '纳入专户管理的非税收入',
  'in.business': '事业收入',
  'in.operating': '事业单位经营收入',
  'in.subsidiary': '附属单位上缴收入',
  'in.transfer': '往来收入',
  'in.other': '其他收入',
  'in.borrowing': '融资借款',
  'in.yearTotal': '本年收入合计',
  'in.carryover': '上年结转',
  'in.total': '收入总计',
  // Expense block (表1, 表4)
  'out.basic': '基本（保障）支出',
  'out.basic.personnel': '人员经费支出',
  'out.basic.publicStd': '标准公用经费支出',
  'out.project': '项目支出',
  'out.project.regular': '经常性项目',
  'out.project.oneOff': '当年一次性项目',
  'out.project.multiYear': '跨年一次性项目',
  'out.contingency': '项目支出不可预见费',
  'out.operating': '事业单位经营支出',
  'out.subsidiary': '对附属单位补助支出',
  'out.remitUpper': '上缴上级支出',
  'out.yearTotal': '本年支出合计',
  'out.carryForward': '年末结转',
  'out.total': '支出总计',
  // 表7 “三公”经费
  'tp.total': '合计',
  'tp.abroad': '因公出国（境）费用',
  'tp.reception': '公务接待费',
  'tp.vehicle': '公车购置及运行维护费',
  'tp.vehicle.operation': '公务用车运行维护费',
  'tp.vehicle.purchase': '公务用车购置费',
} as const;

export type ItemKey = keyof typeof ITEM_KEYS;

/** Numbered items of each block that add up to 本年收入合计 / 本年支出合计 (or 总计 when there is no 本年 line). */
export const TOP_LEVEL_INCOME: ItemKey[] = [
  'in.general', 'in.fund', 'in.social', 'in.capital', 'in.specialNonTax', 'in.business',
  'in.operating', 'in.subsidiary', 'in.transfer', 'in.other', 'in.borrowing',
];
export const TOP_LEVEL_EXPENSE: ItemKey[] = [
  'out.basic', 'out.project', 'out.contingency', 'out.operating', 'out.subsidiary', 'out.remitUpper',
];

/** Direct sub-items of a key: "in.general" → ["in.general.local", "in.general.upper", "in.general.bond"]. */
export function childKeys(key: ItemKey): ItemKey[] {
  const depth = key.split('.').length + 1;
  return (Object.keys(ITEM_KEYS) as ItemKey[]).filter((k) => k.startsWith(key + '.') && k.split('.').length === depth);
}
