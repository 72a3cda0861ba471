// Column headers of target forms, by meaning: 项目名称 | 主管部门 | … | 一级指标 | 二级指标 | 三级指标 | 指标值.
import { parseNumberCell, toFen, type Unit } from '../money';
import type { CellValue } from '../workbook';

export const FORM_KEYS = [
  'name', 'department', 'implementer', 'total', 'fiscal', 'carryover', 'other', 'goal',
  'level1', 'level2', 'level3', 'nature', 'operator', 'value', 'unit',
] as const;
export type FormKey = (typeof FORM_KEYS)[number];

/** First match wins, so 实施单位 is claimed before the bare 单位 of 度量单位 could be. */
const PATTERNS: [FormKey, RegExp][] = [
  ['name', /项目名称/],
  ['department', /主管部门|主管单位/],
  ['implementer', /实施单位|执行单位/],
  ['fiscal', /财政拨款/],
  ['carryover', /上年结转|结转/],
  ['other', /其他资金/],
  ['total', /资金总额|总额|合计|项目资金/],
  ['goal', /年度目标|总体目标|绩效目标/],
  ['level1', /一级指标/],
  ['level2', /二级指标/],
  ['level3', /三级指标|指标名称|指标内容/],
  ['nature', /指标性质/],
  ['operator', /运算符|比较符|符号/],
  ['value', /指标值|目标值/],
  ['unit', /度量单位|计量单位|^单位$/],
];

export function formKey(label: string): FormKey | undefined {
  const text = label.replace(/\s+/g, '');
  return PATTERNS.find(([, re]) => re.test(text))?.[0];
}

/** A money column in 元 when its header says so ("年度资金总额（元）"); 万元 otherwise, as budget forms print. */
export function moneyUnit(label: string): Unit {
  return /[(（]\s*元\s*[)）]|单位[:：]\s*元/.test(label) ? '元' : '万元';
}

export function fenOf(v: CellValue, unit: Unit): number | undefined {
  const n = parseNumberCell(v);
  return n.kind === 'number' ? toFen(n.value, unit) : undefined;
}
