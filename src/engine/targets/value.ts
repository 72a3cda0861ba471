// Splits a written 指标值 into operator, number and unit ("≥15 家" → ≥ 15 家), or keeps it as 定性 text.
import Decimal from 'decimal.js';
import { toHalfWidth } from '../money';
import type { Nature, Operator } from './model';

export interface ParsedValue {
  nature: Nature;
  operator: Operator | null;
  operatorImplied: boolean;
  value: string | null;
  unit: string | null;
  text: string | null;
}

/** Operator spellings met in documents: symbols, LaTeX left over from PDF conversion, ASCII pairs, words. */
const OPERATOR_SPELLINGS: [RegExp, Operator][] = [
  [/^(\\geq?|>=|＞=|≧|⩾|大于等于|大于或等于|不低于|不少于|不小于|至少)/, '≥'],
  [/^(\\leq?|<=|＜=|≦|⩽|小于等于|小于或等于|不高于|不超过|不多于|不大于|控制在)/, '≤'],
  [/^(≥)/, '≥'],
  [/^(≤)/, '≤'],
  [/^(\\gt|>|＞|大于|高于|超过|多于)/, '＞'],
  [/^(\\lt|<|＜|小于|低于|少于)/, '＜'],
  [/^(==?|＝|等于)/, '＝'],
];

/** Trailing words that carry the operator: "48%以上", "2500万元以内". */
const SUFFIX_OPERATORS: [RegExp, Operator][] = [
  [/(及以上|以上)$/, '≥'],
  [/(及以下|以下|以内)$/, '≤'],
];

/** A unit is short and has no digits or operators; a parenthesised unit is common in forms: "13459.00(平方米)". */
const QUANTITY = /^(-?\d{1,3}(?:,\d{3})+(?:\.\d+)?|-?\d+(?:\.\d+)?)\s*(?:\(([^()\d]{1,8})\)|([^\d\s≥≤＝＞＜<>=()]{1,6}))?$/;

const SYMBOL_OPERATOR = /^(\\geq?|\\leq?|\\gt|\\lt|[≥≤＝＞＜<>=≧≦])/;

const UNIT_ALIASES: Record<string, string> = { 万: '万元', 亿: '亿元', '％': '%', 百分比: '%' };

/** LaTeX and width variants to the plain text a reader would see. */
export function normaliseValueText(raw: string): string {
  return toHalfWidth(raw)
    .replace(/\$/g, '')
    .replace(/\\%/g, '%')
    .replace(/\\(geq?|leq?|gt|lt)(?![a-z])/g, (m) => ` ${m} `)
    .replace(/\s+/g, ' ')
    .trim();
}

export function normaliseUnit(unit: string | null | undefined): string | null {
  const u = (unit ?? '').replace(/\s+/g, '');
  if (!u) return null;
  return UNIT_ALIASES[u] ?? u;
}

function takeOperator(s: string): { op: Operator | null; rest: string } {
  for (const [re, op] of OPERATOR_SPELLINGS) {
    const m = re.exec(s);
    if (m) return { op, rest: s.slice(m[0].length).trim() };
  }
  return { op: null, rest: s };
}

export function parseIndicatorValue(raw: string): ParsedValue {
  const qualitative: ParsedValue = { nature: '定性', operator: null, operatorImplied: false, value: null, unit: null, text: raw.trim() };
  let s = normaliseValueText(raw);
  if (!s) return { ...qualitative, text: null };
  let { op, rest } = takeOperator(s);
  if (!op) {
    for (const [re, sop] of SUFFIX_OPERATORS) {
      if (re.test(rest)) {
        op = sop;
        rest = rest.replace(re, '').trim();
        break;
      }
    }
  }
  s = rest;
  const m = QUANTITY.exec(s);
  if (!m) {
    // "≥ 家": a symbol says a number was meant; the checks report it missing rather than calling it 定性.
    if (op && SYMBOL_OPERATOR.test(normaliseValueText(raw))) {
      return { nature: '定量', operator: op, operatorImplied: false, value: null, unit: normaliseUnit(s), text: null };
    }
    return qualitative;
  }
  const value = new Decimal(m[1].replace(/,/g, '')).toFixed();
  return {
    nature: '定量',
    // A bare number states the target itself: "100%" means ＝ 100 %.
    operator: op ?? '＝',
    operatorImplied: op === null,
    value,
    unit: normaliseUnit(m[2] ?? m[3]),
    text: null,
  };
}
