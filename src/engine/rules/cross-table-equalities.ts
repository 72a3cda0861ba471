// The equalities that tie the tables together (表间), as data: cross-table-equal.ts evaluates them.
import type { ItemKey } from '../tables/items';
import type { CodeSystem, ColumnKey, TableKind } from '../tables/model';

export type ItemTableKind = 'summary' | 'fiscal' | 'threePublic';
export type CodeTableKind = Exclude<TableKind, ItemTableKind>;

/** One table fact. A side of an equality is the sum of its operands. */
export type Operand =
  /** An item of 表1/表4/表7; with several keys the first one the table has is used (本年合计 before 总计). */
  | { table: ItemTableKind; item: ItemKey | readonly ItemKey[] }
  /** A column of the 合计 row (or, without one, of the 类 rows added up). */
  | { table: CodeTableKind; column: ColumnKey; row: 'total' }
  /** A column of the row of one classification code (0 when the code is not in the table). */
  | { table: CodeTableKind; column: ColumnKey; code: string };

/** When an equality applies; a condition that does not hold makes it silently not apply, except codeSystem. */
export type Condition =
  | { columnExists: { table: CodeTableKind; column: ColumnKey } }
  | { columnAbsent: { table: CodeTableKind; column: ColumnKey } }
  | { zeroOrBlank: Operand }
  /**
   * Needs this code system. Another system is a coverage skip when the check has no counterpart there
   * (onOther 'skip': it could not be made, which must not look like a pass), or silently not applicable
   * when a sibling equality covers that system ('ignore'). An unknown system is always a skip.
   */
  | { codeSystem: { table: CodeTableKind; system: CodeSystem; onOther: 'skip' | 'ignore' } };

export interface Equality {
  /** Stable id, reported in params.equality. */
  id: string;
  /** The side being checked: findings point at its first cell. */
  left: readonly Operand[];
  right: readonly Operand[];
  relation: '=' | '<=';
  when?: readonly Condition[];
}

const total = (table: CodeTableKind, column: ColumnKey): Operand => ({ table, column, row: 'total' });
const s1 = (item: ItemKey | readonly ItemKey[]): Operand => ({ table: 'summary', item });
const s4 = (item: ItemKey): Operand => ({ table: 'fiscal', item });
const code = (table: CodeTableKind, c: string, column: ColumnKey = 'total'): Operand => ({ table, column, code: c });

// This year's totals: 表2/表3 list this year's money only, so 本年合计 is compared when the sheet has one.
const IN_TOTAL: readonly ItemKey[] = ['in.yearTotal', 'in.total'];
const OUT_TOTAL: readonly ItemKey[] = ['out.yearTotal', 'out.total'];

/** 表2 income-source columns and the 表1 income items they repeat. */
const INCOME_SOURCES: [ColumnKey, ItemKey][] = [
  ['generalGrant', 'in.general'],
  ['fundGrant', 'in.fund'],
  ['socialGrant', 'in.social'],
  ['capitalGrant', 'in.capital'],
  ['specialNonTax', 'in.specialNonTax'],
  ['businessIncome', 'in.business'],
  ['operatingIncome', 'in.operating'],
  ['subsidiaryIncome', 'in.subsidiary'],
  ['transferIncome', 'in.transfer'],
  ['otherIncome', 'in.other'],
  ['borrowing', 'in.borrowing'],
  ['carryover', 'in.carryover'],
];

// With no government-fund money, all of 表4's spending is general-budget spending, i.e. 表5.
const NO_FUND: Condition = { zeroOrBlank: s4('in.fund') };
// The government economic classification (50x) has no clean personnel/public split of 表5's kind.
const DEPT_ECONOMIC: Condition = { codeSystem: { table: 'basic', system: 'economicDept', onOther: 'skip' } };

export const EQUALITIES: readonly Equality[] = [
  // 表3 (all funds, by function) spends exactly what 表1 lists as spending.
  { id: 't3-total=t1-out-total', left: [total('expenditure', 'total')], right: [s1(OUT_TOTAL)], relation: '=' },
  { id: 't3-basic=t1-out-basic', left: [total('expenditure', 'basic')], right: [s1('out.basic')], relation: '=' },
  { id: 't3-personnel=t1-out-personnel', left: [total('expenditure', 'personnel')], right: [s1('out.basic.personnel')], relation: '=' },
  { id: 't3-publicStd=t1-out-publicStd', left: [total('expenditure', 'publicStd')], right: [s1('out.basic.publicStd')], relation: '=' },
  { id: 't3-project=t1-out-project', left: [total('expenditure', 'project')], right: [s1('out.project')], relation: '=' },

  // 表2 (income by function) receives exactly what 表1 lists as income, source by source.
  // A 表2 with a 上年结转 column covers 收入总计; without one, only this year's income.
  {
    id: 't2-total=t1-in-total',
    left: [total('income', 'total')],
    right: [s1(IN_TOTAL)],
    relation: '=',
    when: [{ columnAbsent: { table: 'income', column: 'carryover' } }],
  },
  {
    id: 't2-total=t1-in-total-with-carryover',
    left: [total('income', 'total')],
    right: [s1('in.total')],
    relation: '=',
    when: [{ columnExists: { table: 'income', column: 'carryover' } }],
  },
  ...INCOME_SOURCES.map(([column, item]): Equality => ({
    id: `t2-${column}=t1-${item.replace(/\./g, '-')}`,
    left: [total('income', column)],
    right: [s1(item)],
    relation: '=',
    when: [{ columnExists: { table: 'income', column } }],
  })),

  // 表4 is the fiscal-appropriation part of 表1.
  { id: 't4-in-general=t1-in-general', left: [s4('in.general')], right: [s1('in.general')], relation: '=' },
  { id: 't4-in-fund=t1-in-fund', left: [s4('in.fund')], right: [s1('in.fund')], relation: '=' },

  // General-budget appropriation is spent through 表5, government-fund appropriation through 表8.
  { id: 't5-total=t4-in-general', left: [total('general', 'total')], right: [s4('in.general')], relation: '=' },
  { id: 't8-total=t4-in-fund', left: [total('fund', 'total')], right: [s4('in.fund')], relation: '=' },
  { id: 't5-basic=t4-out-basic', left: [total('general', 'basic')], right: [s4('out.basic')], relation: '=', when: [NO_FUND] },
  { id: 't5-project=t4-out-project', left: [total('general', 'project')], right: [s4('out.project')], relation: '=', when: [NO_FUND] },
  {
    id: 't5-personnel=t4-out-personnel',
    left: [total('general', 'personnel')],
    right: [s4('out.basic.personnel')],
    relation: '=',
    when: [NO_FUND],
  },
  {
    id: 't5-publicStd=t4-out-publicStd',
    left: [total('general', 'publicStd')],
    right: [s4('out.basic.publicStd')],
    relation: '=',
    when: [NO_FUND],
  },

  // 表6 details 表5's basic spending by economic class: 301 工资福利 + 303 对个人和家庭的补助 are
  // personnel costs, 302 商品和服务 + 310 资本性支出 the public (running) costs.
  { id: 't5-basic=t6-total', left: [total('general', 'basic')], right: [total('basic', 'total')], relation: '=' },
  {
    id: 't6-301+303=t5-personnel',
    left: [code('basic', '301'), code('basic', '303')],
    right: [total('general', 'personnel')],
    relation: '=',
    when: [DEPT_ECONOMIC],
  },
  {
    id: 't6-302+310=t5-publicStd',
    left: [code('basic', '302'), code('basic', '310')],
    right: [total('general', 'publicStd')],
    relation: '=',
    when: [DEPT_ECONOMIC],
  },
  {
    id: 't6-personnel=t5-personnel',
    left: [total('basic', 'personnel')],
    right: [total('general', 'personnel')],
    relation: '=',
    when: [{ columnExists: { table: 'basic', column: 'personnel' } }],
  },
  {
    id: 't6-publicStd=t5-publicStd',
    left: [total('basic', 'publicStd')],
    right: [total('general', 'publicStd')],
    relation: '=',
    when: [{ columnExists: { table: 'basic', column: 'publicStd' } }],
  },

  // 三公 also covers reception paid from project funds, so 表6's basic-spending 公务接待费 may be less.
  // 公务接待费 is 30217 in the department economic classification and 50206 in the government one.
  {
    id: 't6-30217<=t7-reception',
    left: [code('basic', '30217')],
    right: [{ table: 'threePublic', item: 'tp.reception' }],
    relation: '<=',
    when: [{ codeSystem: { table: 'basic', system: 'economicDept', onOther: 'ignore' } }],
  },
  {
    id: 't6-50206<=t7-reception',
    left: [code('basic', '50206')],
    right: [{ table: 'threePublic', item: 'tp.reception' }],
    relation: '<=',
    when: [{ codeSystem: { table: 'basic', system: 'economicGov', onOther: 'ignore' } }],
  },
];

/** Short zh-CN column names for the labels in findings. */
export const COLUMN_LABELS: Record<ColumnKey, string> = {
  total: '合计',
  basic: '基本支出',
  personnel: '人员经费',
  publicStd: '公用经费',
  project: '项目支出',
  projectRegular: '经常性项目',
  projectOneOff: '当年一次性项目',
  projectMultiYear: '跨年一次性项目',
  contingency: '项目支出不可预见费',
  operating: '事业单位经营支出',
  subsidiary: '对附属单位补助支出',
  remitUpper: '上缴上级支出',
  generalGrant: '一般公共预算拨款',
  fundGrant: '政府性基金拨款',
  socialGrant: '社保基金拨款',
  capitalGrant: '国有资本经营预算拨款',
  specialNonTax: '纳入专户管理的非税收入',
  businessIncome: '事业收入',
  operatingIncome: '事业单位经营收入',
  subsidiaryIncome: '附属单位上缴收入',
  transferIncome: '往来收入',
  otherIncome: '其他收入',
  borrowing: '融资借款',
  carryover: '上年结转',
};
