// 表间 rules: cross-table equalities, and 表3 covering the function codes of 表5/表8/表9 (and agreeing with 表2).
import { fmt } from '../format';
import type { MessageParams, MessageTable } from '../types';

const COLUMNS: Record<string, string> = {
  total: '合计', basic: '基本支出', personnel: '人员经费', publicStd: '公用经费', project: '项目支出',
  projectRegular: '经常性项目', projectOneOff: '当年一次性项目', projectMultiYear: '跨年一次性项目',
  contingency: '项目支出不可预见费', operating: '事业单位经营支出', subsidiary: '对附属单位补助支出', remitUpper: '上缴上级支出',
};
/** How an amount was taken when the table had no 合计 row (or no row for the code). */
const BASIS: Record<string, string> = {
  'class-rows': '无合计行，按类级科目相加',
  'unit-rows': '无合计行，按单位行',
  'no-rows': '表中无数据行，按 0 计',
  'child-rows': '无该类级行，按其款级科目相加',
};

const col = (k: unknown) => COLUMNS[String(k)] ?? String(k ?? '');
/** The bound may have a third decimal (0.005): show it as is. */
const tol = (n: unknown) => (typeof n === 'number' && Math.round(n * 100) !== n * 100 ? String(n) : fmt(n as number));
const unit = (p: MessageParams) => p.unit ?? '';
const basis = (p: MessageParams) => {
  const notes = [p.leftBasis, p.rightBasis].filter(Boolean).map((b) => BASIS[String(b)] ?? String(b));
  return notes.length ? `（${notes.join('；')}）` : '';
};
const sides = (p: MessageParams) => `${p.leftLabel} ${fmt(p.actual)}${unit(p)}，${p.rightLabel} ${fmt(p.expected)}${unit(p)}`;

export const messages: MessageTable = {
  'cross-table-equal-mismatch': (p) =>
    p.relation === '<='
      ? `${sides(p)}：前者不应大于后者，超出 ${fmt(p.difference)}${unit(p)}${basis(p)}`
      : `${sides(p)}：两者应相等，差额 ${fmt(p.difference)}${unit(p)}，超出四舍五入允许范围 ±${tol(p.tolerance)}${basis(p)}`,
  'cross-table-equal-rounding': (p) =>
    `${sides(p)}：相差 ${fmt(p.difference)}${unit(p)}，在四舍五入允许范围（±${tol(p.tolerance)}）内${basis(p)}`,
  'code-missing-from-expenditure': (p) =>
    `${p.presentIn ?? ''}中的功能科目 ${p.code}「${p.name ?? ''}」未列入${p.table}（部门支出总表应包含全部资金的支出科目）`,
  'income-expenditure-codes-differ': (p) => `${p.presentIn ?? ''}中的功能科目 ${p.code}「${p.name ?? ''}」在${p.table}中没有，表2与表3的科目应一致`,
  'expenditure-covers-amount-mismatch': (p) =>
    `表3 科目 ${p.code} ${col(p.column)} ${fmt(p.expected)}${unit(p)}，小于${Array.isArray(p.sources) ? p.sources.join('、') : ''}同一科目合计 ${fmt(p.actual)}${unit(p)}，相差 ${fmt(p.difference)}${unit(p)}`,
  'expenditure-covers-amount-rounding': (p) =>
    `表3 科目 ${p.code} ${col(p.column)} 比${Array.isArray(p.sources) ? p.sources.join('、') : ''}同一科目合计少 ${fmt(p.difference)}${unit(p)}，在四舍五入允许范围（±${tol(p.tolerance)}）内`,
  'coverage-code-system-unsupported': (p) =>
    `${p.table ?? ''}使用${p.codeSystem === 'economicGov' ? '政府预算支出经济分类' : '未能识别的经济分类'}，无法按部门经济分类（301/302/303/310）核对${p.equality ? `（${p.equality}）` : ''}`,
  'coverage-no-function-codes': (p) => `${p.table ?? ''}未按功能科目列示（例如按单位列示），未与表3核对科目`,
};
