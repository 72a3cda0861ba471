// 表内 sum rules: parent = children, row cross-footing, 表1/表4 balance, 表7 “三公” sums.
import { fmt } from '../format';
import type { MessageParams, MessageTable } from '../types';

const COLUMNS: Record<string, string> = {
  total: '合计', basic: '基本支出', personnel: '人员经费', publicStd: '公用经费', project: '项目支出',
  projectRegular: '经常性项目', projectOneOff: '当年一次性项目', projectMultiYear: '跨年一次性项目',
  contingency: '项目支出不可预见费', operating: '事业单位经营支出', subsidiary: '对附属单位补助支出', remitUpper: '上缴上级支出',
  generalGrant: '一般公共预算拨款', fundGrant: '政府性基金拨款', socialGrant: '社保基金拨款', capitalGrant: '国有资本经营预算拨款',
  specialNonTax: '纳入专户管理的非税收入', businessIncome: '事业收入', operatingIncome: '事业单位经营收入',
  subsidiaryIncome: '附属单位上缴收入', transferIncome: '往来收入', otherIncome: '其他收入', borrowing: '融资借款', carryover: '上年结转',
};
const AGAINST: Record<string, string> = { children: '下级科目之和', classes: '各类科目之和', units: '所属单位之和', total: '合计行' };

const col = (k: unknown) => COLUMNS[String(k)] ?? String(k ?? '');
/** The bound may have a third decimal (3 × 0.005 = 0.015): show it as is. */
const tol = (n: unknown) => (typeof n === 'number' && Math.round(n * 100) !== n * 100 ? String(n) : fmt(n as number));
const where = (p: MessageParams) => p.tableLabel ?? '';
const gap = (p: MessageParams) => `${fmt(p.actual)}，应为 ${fmt(p.expected)}，差额 ${fmt(p.difference)}${p.unit ?? ''}`;
const rounding = (p: MessageParams) => `相差 ${fmt(p.difference)}${p.unit ?? ''}，在四舍五入允许范围（±${tol(p.tolerance)}）内`;
const partsOf = (p: MessageParams) => (Array.isArray(p.partLabels) ? p.partLabels.join(' + ') : '各明细项');
const colParts = (p: MessageParams) => (Array.isArray(p.parts) ? p.parts.map(col).join(' + ') : '');

export const messages: MessageTable = {
  'parent-equals-children-mismatch': (p) =>
    `${where(p)}「${p.row}」行${col(p.column)}列 ${gap(p)}（${AGAINST[String(p.against)] ?? '明细之和'}），超出四舍五入允许范围 ±${tol(p.tolerance)}`,
  'parent-equals-children-rounding': (p) =>
    `${where(p)}「${p.row}」行${col(p.column)}列与${AGAINST[String(p.against)] ?? '明细之和'}${rounding(p)}`,
  'row-cross-footing-mismatch': (p) =>
    `${where(p)}「${p.row}」行：${col(p.column)} ${gap(p)}（${colParts(p)}），超出四舍五入允许范围 ±${tol(p.tolerance)}`,
  'row-cross-footing-rounding': (p) => `${where(p)}「${p.row}」行：${col(p.column)}与 ${colParts(p)} ${rounding(p)}`,
  'summary-balance-mismatch': (p) =>
    `${where(p)}「${p.label}」${gap(p)}（${partsOf(p)}），超出四舍五入允许范围 ±${tol(p.tolerance)}`,
  'summary-balance-rounding': (p) => `${where(p)}「${p.label}」与 ${partsOf(p)} ${rounding(p)}`,
  'three-public-sums-mismatch': (p) =>
    `${where(p)}「${p.label}」${gap(p)}（${partsOf(p)}），超出四舍五入允许范围 ±${tol(p.tolerance)}`,
  'three-public-sums-rounding': (p) => `${where(p)}「${p.label}」与 ${partsOf(p)} ${rounding(p)}`,
  // Coverage: a line the check needs was not found in the table.
  'coverage-item-not-found': (p) =>
    `${p.table ?? ''}未找到所需的项目${Array.isArray(p.items) ? `（${p.items.join('、')}）` : ''}，相关合计未检查`,
};
