// The concept lexicon, kept as data: subject phrases → concept → the table fact it states.
import type { ColumnKey, TableKind } from '../tables/model';
import type { ItemKey } from '../tables/items';
import type { SectionId } from './types';

/** Where a concept's value sits in the tables; a concept lists alternatives, the first found wins. */
export type Fact =
  | { kind: 'item'; table: TableKind; item: ItemKey }
  | { kind: 'rows'; table: TableKind; codes: string[]; column: ColumnKey }
  | { kind: 'tableTotal'; table: TableKind; column: ColumnKey }
  /** A 表6 款 row found by its name (normalised), under the given 类, else by the usual code. */
  | { kind: 'rowByName'; table: TableKind; name: string; code?: string; under: string[]; column: ColumnKey };

export interface ConceptDef {
  label: string;
  /** Empty: the concept has no table (政府采购, 车辆); only the narrative's own arithmetic checks it. */
  facts: Fact[];
  /**
   * '<=': the text may be smaller than the table. 机关运行经费 is the 公用经费 of 行政 and 参公 units
   * only; a department that also has 事业单位 legitimately states less than 表6's 302 + 310.
   */
  relation?: '=' | '<=';
  /** Concepts that add up to this one (for the previous-year check). */
  parts?: string[];
  /** Other concepts that state the same figure (预算总额 is either side of 表1). */
  sameAs?: string[];
}

const item = (table: TableKind, key: ItemKey): Fact => ({ kind: 'item', table, item: key });

export const CONCEPTS: Record<string, ConceptDef> = {
  'income.total': {
    label: '收入预算总额',
    facts: [item('summary', 'in.total')],
    parts: ['in.general', 'in.fund', 'in.social', 'in.capital', 'in.specialNonTax', 'in.business', 'in.operating', 'in.subsidiary', 'in.transfer', 'in.other', 'in.borrowing', 'in.carryover'],
  },
  'expense.total': {
    label: '支出预算总额',
    facts: [item('summary', 'out.total')],
    parts: ['out.basic', 'out.project', 'out.contingency', 'out.operating', 'out.subsidiary', 'out.remitUpper'],
  },
  'budget.total': { label: '预算总额', facts: [item('summary', 'in.total')], sameAs: ['income.total', 'expense.total'] },
  'in.general': { label: '一般公共预算拨款收入', facts: [item('summary', 'in.general'), item('fiscal', 'in.general')] },
  'in.fund': { label: '政府性基金拨款收入', facts: [item('summary', 'in.fund'), item('fiscal', 'in.fund')] },
  'in.social': { label: '社保基金拨款收入', facts: [item('summary', 'in.social')] },
  'in.capital': { label: '国有资本经营预算拨款收入', facts: [item('summary', 'in.capital')] },
  'in.specialNonTax': { label: '纳入专户管理的非税收入', facts: [item('summary', 'in.specialNonTax')] },
  'in.business': { label: '事业收入', facts: [item('summary', 'in.business')] },
  'in.operating': { label: '事业单位经营收入', facts: [item('summary', 'in.operating')] },
  'in.subsidiary': { label: '附属单位上缴收入', facts: [item('summary', 'in.subsidiary')] },
  'in.transfer': { label: '往来收入', facts: [item('summary', 'in.transfer')] },
  'in.other': { label: '其他收入', facts: [item('summary', 'in.other')] },
  'in.borrowing': { label: '融资借款', facts: [item('summary', 'in.borrowing')] },
  'in.carryover': { label: '上年结转', facts: [item('summary', 'in.carryover')] },
  'out.basic': { label: '基本支出', facts: [item('summary', 'out.basic'), item('fiscal', 'out.basic')], parts: ['out.basic.personnel', 'out.basic.publicStd'] },
  'out.basic.personnel': { label: '人员经费', facts: [item('summary', 'out.basic.personnel')] },
  'out.basic.publicStd': { label: '公用经费', facts: [item('summary', 'out.basic.publicStd')] },
  'out.project': { label: '项目支出', facts: [item('summary', 'out.project')] },
  'out.contingency': { label: '项目支出不可预见费', facts: [item('summary', 'out.contingency')] },
  'out.operating': { label: '事业单位经营支出', facts: [item('summary', 'out.operating')] },
  'out.subsidiary': { label: '对附属单位补助支出', facts: [item('summary', 'out.subsidiary')] },
  'out.remitUpper': { label: '上缴上级支出', facts: [item('summary', 'out.remitUpper')] },
  'orc.total': {
    label: '机关运行经费',
    facts: [{ kind: 'rows', table: 'basic', codes: ['302', '310'], column: 'total' }, item('summary', 'out.basic.publicStd')],
    relation: '<=',
  },
  'tp.total': { label: '“三公”经费', facts: [item('threePublic', 'tp.total')], parts: ['tp.abroad', 'tp.reception', 'tp.vehicle'] },
  'tp.abroad': { label: '因公出国（境）费用', facts: [item('threePublic', 'tp.abroad')] },
  'tp.reception': { label: '公务接待费', facts: [item('threePublic', 'tp.reception')] },
  'tp.vehicle': { label: '公车购置及运行维护费', facts: [item('threePublic', 'tp.vehicle')], parts: ['tp.vehicle.operation', 'tp.vehicle.purchase'] },
  'tp.vehicle.operation': { label: '公务用车运行维护费', facts: [item('threePublic', 'tp.vehicle.operation')] },
  'tp.vehicle.purchase': { label: '公务用车购置费', facts: [item('threePublic', 'tp.vehicle.purchase')] },
  'fund.total': { label: '政府性基金预算支出', facts: [{ kind: 'tableTotal', table: 'fund', column: 'total' }] },
  // 基本支出/项目支出 under a 一般公共预算 or 财政拨款 total are that table's, not 表1's.
  'general.total': { label: '一般公共预算支出', facts: [{ kind: 'tableTotal', table: 'general', column: 'total' }], parts: ['general.basic', 'general.project'] },
  'general.basic': { label: '一般公共预算基本支出', facts: [{ kind: 'tableTotal', table: 'general', column: 'basic' }] },
  'general.project': { label: '一般公共预算项目支出', facts: [{ kind: 'tableTotal', table: 'general', column: 'project' }] },
  'fiscal.total': { label: '财政拨款支出', facts: [item('fiscal', 'out.total')], parts: ['fiscal.basic', 'fiscal.project'] },
  'fiscal.basic': { label: '财政拨款基本支出', facts: [item('fiscal', 'out.basic')] },
  'fiscal.project': { label: '财政拨款项目支出', facts: [item('fiscal', 'out.project')] },
  'proc.total': { label: '政府采购预算总额', facts: [], parts: ['proc.goods', 'proc.works', 'proc.services'] },
  'proc.goods': { label: '货物类采购预算', facts: [] },
  'proc.works': { label: '工程类采购预算', facts: [] },
  'proc.services': { label: '服务类采购预算', facts: [] },
  'vehicles.total': { label: '车辆', facts: [] },
};

export interface PhraseDef {
  phrases: string[];
  concept: string;
  /** Only within these sections (公务接待费 is 表6 30217 in 二、, 表7 in 三、). */
  sections?: SectionId[];
  /** Only as an item of a 其中 list under one of these totals, and then before any other reading. */
  under?: string[];
}

export const PHRASES: PhraseDef[] = [
  { concept: 'income.total', phrases: ['收入预算总额', '部门收入预算总额', '部门收入预算', '收入预算', '预算收入总规模', '预算收入总额', '收入总预算', '收入总计', '部门预算收入', '预算收入'] },
  { concept: 'expense.total', phrases: ['支出预算总额', '部门支出预算总额', '部门支出预算', '支出预算', '预算支出总规模', '预算支出总额', '支出总预算', '支出总计', '部门预算支出', '预算支出'] },
  { concept: 'budget.total', phrases: ['预算总额', '部门预算总额', '部门预算总规模', '预算总规模', '收支预算总额', '部门收支预算总额'] },
  { concept: 'in.general', phrases: ['一般公共预算财政拨款收入', '一般公共预算拨款收入', '一般公共预算财政拨款', '一般公共预算拨款', '一般公共预算收入'] },
  { concept: 'in.fund', phrases: ['政府性基金拨款收入', '政府性基金预算拨款收入', '政府性基金预算财政拨款收入', '政府性基金拨款', '政府性基金收入'] },
  { concept: 'in.social', phrases: ['社保基金拨款收入', '社会保险基金拨款收入', '社保基金拨款', '社保基金收入'] },
  { concept: 'in.capital', phrases: ['国有资本经营预算拨款收入', '国有资本经营预算拨款'] },
  { concept: 'in.specialNonTax', phrases: ['纳入专户管理的非税收入'] },
  { concept: 'in.business', phrases: ['事业收入'] },
  { concept: 'in.operating', phrases: ['事业单位经营收入'] },
  { concept: 'in.subsidiary', phrases: ['附属单位上缴收入'] },
  { concept: 'in.other', phrases: ['其他收入'] },
  { concept: 'in.carryover', phrases: ['上年结转', '上年结转收入'] },
  { concept: 'out.basic', phrases: ['基本保障支出', '基本支出'] },
  { concept: 'out.basic.personnel', phrases: ['人员经费', '人员经费支出', '人员支出'] },
  { concept: 'out.basic.publicStd', phrases: ['公用经费', '标准公用经费', '公用经费支出', '标准公用经费支出'] },
  { concept: 'out.project', phrases: ['项目支出', '项目支出预算'] },
  { concept: 'out.contingency', phrases: ['项目支出不可预见费'] },
  { concept: 'orc.total', phrases: ['机关运行经费', '机关运行经费支出'] },
  { concept: 'tp.total', phrases: ['三公经费', '三公经费支出', '三公经费财政拨款'] },
  { concept: 'tp.abroad', phrases: ['因公出国(境)费用', '因公出国(境)费', '因公出国费用', '出国(境)费用', '因公出国(境)经费'], sections: ['threePublic'] },
  { concept: 'tp.reception', phrases: ['公务接待费', '公务接待费用'], sections: ['threePublic'] },
  { concept: 'tp.vehicle', phrases: ['公车购置及运行维护费', '公务用车购置及运行维护费', '公务用车购置及运行费', '公务用车购置和运行维护费'], sections: ['threePublic'] },
  { concept: 'tp.vehicle.operation', phrases: ['公务用车运行维护费', '公务用车运行费', '公车运行维护费'], sections: ['threePublic'] },
  { concept: 'tp.vehicle.purchase', phrases: ['公务用车购置费', '公务用车购置', '公车购置费'], sections: ['threePublic'] },
  { concept: 'fund.total', phrases: ['政府性基金预算支出', '政府性基金支出'] },
  { concept: 'general.total', phrases: ['一般公共预算支出', '一般公共预算财政拨款支出', '一般公共预算拨款支出', '一般公共预算支出预算'] },
  { concept: 'general.basic', phrases: ['一般公共预算基本支出'] },
  { concept: 'general.project', phrases: ['一般公共预算项目支出'] },
  { concept: 'general.basic', phrases: ['基本支出', '基本保障支出'], under: ['general.total'] },
  { concept: 'general.project', phrases: ['项目支出'], under: ['general.total'] },
  { concept: 'fiscal.total', phrases: ['财政拨款支出', '财政拨款支出预算', '财政拨款支出总额', '财政拨款预算支出'] },
  { concept: 'fiscal.basic', phrases: ['基本支出', '基本保障支出'], under: ['fiscal.total'] },
  { concept: 'fiscal.project', phrases: ['项目支出'], under: ['fiscal.total'] },
  { concept: 'proc.total', phrases: ['政府采购预算总额', '采购预算总额', '政府采购预算', '政府采购总额'] },
  { concept: 'proc.goods', phrases: ['货物类采购', '货物类', '货物采购', '政府采购货物', '采购货物'] },
  { concept: 'proc.works', phrases: ['工程类采购', '工程类', '工程采购', '政府采购工程', '采购工程'] },
  { concept: 'proc.services', phrases: ['服务类采购', '服务类', '服务采购', '政府采购服务', '采购服务'] },
  { concept: 'vehicles.total', phrases: ['车辆', '保有车辆', '车辆总数', '公务用车总数'] },
];

/** 机关运行经费 items: [usual 表6 code, name as in the catalog, other spellings]. Matched by name first. */
export const ORC_ITEMS: [string, string, ...string[]][] = [
  ['30201', '办公费'], ['30202', '印刷费'], ['30203', '咨询费'], ['30204', '手续费'], ['30205', '水费'],
  ['30206', '电费'], ['30207', '邮电费'], ['30208', '取暖费'], ['30209', '物业管理费'], ['30211', '差旅费'],
  ['30212', '因公出国（境）费用', '因公出国(境)费'], ['30213', '维修（护）费', '维修费', '维护费'], ['30214', '租赁费'],
  ['30215', '会议费'], ['30216', '培训费'], ['30217', '公务接待费'], ['30218', '专用材料费'], ['30224', '被装购置费'],
  ['30225', '专用燃料费'], ['30226', '劳务费'], ['30227', '委托业务费'], ['30228', '工会经费'], ['30229', '福利费'],
  ['30231', '公务用车运行维护费'], ['30239', '其他交通费用', '其他交通费'], ['30240', '税金及附加费用'],
  ['30299', '其他商品和服务支出'], ['31002', '办公设备购置', '办公设备购置费'], ['31003', '专用设备购置', '专用设备购置费'],
  ['31007', '信息网络及软件购置更新'], ['31013', '公务用车购置', '公务用车购置费'], ['31099', '其他资本性支出'],
];

/** 机关运行经费 is 302 商品和服务支出 + 310 资本性支出 (its items come from these two 类). */
const ORC_UNDER = ['302', '310'];

for (const [code, name, ...aliases] of ORC_ITEMS) {
  CONCEPTS[`orc:${code}`] = { label: name, facts: [{ kind: 'rowByName', table: 'basic', name, code, under: ORC_UNDER, column: 'total' }] };
  PHRASES.push({ concept: `orc:${code}`, phrases: [name, ...aliases], sections: ['orc'] });
}

/** An item of the 机关运行经费 list not in ORC_ITEMS: looked up in 表6 by its name alone. */
export function conceptDef(id: string): ConceptDef | undefined {
  if (CONCEPTS[id]) return CONCEPTS[id];
  const generic = /^orc\.row:(.+)$/.exec(id);
  if (generic) return { label: generic[1], facts: [{ kind: 'rowByName', table: 'basic', name: generic[1], under: ORC_UNDER, column: 'total' }] };
  return undefined;
}

/** Names compared without spaces, quotes or bracket width: "“三公”经费" = "三公经费", "（境）" = "(境)". */
export function normalizeName(s: string): string {
  return s
    .replace(/[０-９Ａ-Ｚａ-ｚ（）]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u3000“”‘’"'「」『』《》]/g, '');
}

/** 表6 names with and without a trailing 费/费用 are the same item (办公设备购置费 = 办公设备购置). */
export function rowNameKey(s: string): string {
  return normalizeName(s).replace(/(费用|费)$/, '');
}

/** Words between a subject and its number: "收入预算总额为", "机关运行经费预算", "车辆共有". */
const FILLERS = ['预算数', '共计', '共有', '合计', '总计', '安排', '达到', '预算', '为', '是', '共', '计', '约', '达', '：', ':', '了'];

/**
 * What may stand before a subject phrase: nothing, the department's name or a time ("市经信局",
 * "本级", "全年"). Not "事业单位": a unit's own total is not the department's.
 */
const PREFIX_OK = /(^|局|委|办|厅|署|院|中心|本单位|我单位|部门|本级|全年|年度|年|其中|我局|拨款|安排的)$/;

export interface SubjectMatch {
  concept: string;
  phrase: string;
}

function stages(norm: string): string[] {
  const out = [norm];
  for (let s = norm; ; ) {
    const f = FILLERS.find((w) => s.endsWith(w) && s.length > w.length);
    if (!f) return out;
    s = s.slice(0, -f.length);
    out.push(s);
  }
}

/**
 * The concept a subject names: a lexicon phrase that ends the subject (after dropping filler words
 * such as 为/预算), preceded by nothing but the unit's name or a time. The longest phrase wins, so
 * 政府采购预算总额 is not 预算总额 and 项目支出不可预见费 is not 项目支出. Unknown subjects stay unknown.
 * `listOf` is the total of the 其中 list the subject is an item of.
 */
export function matchSubject(subject: string, section: SectionId | undefined, listOf?: string): SubjectMatch | undefined {
  const inList = PHRASES.filter((d) => listOf && d.under?.includes(listOf));
  return match(subject, section, inList) ?? match(subject, section, PHRASES.filter((d) => !d.under));
}

function match(subject: string, section: SectionId | undefined, defs: PhraseDef[]): SubjectMatch | undefined {
  for (const stage of stages(normalizeName(subject))) {
    let best: SubjectMatch | undefined;
    for (const def of defs) {
      if (def.sections && (!section || !def.sections.includes(section))) continue;
      for (const phrase of def.phrases) {
        const p = normalizeName(phrase);
        if (!stage.endsWith(p) || !PREFIX_OK.test(stage.slice(0, -p.length))) continue;
        if (!best || p.length > best.phrase.length) best = { concept: def.concept, phrase: p };
      }
    }
    if (best) return best;
  }
  return undefined;
}
