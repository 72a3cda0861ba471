// 说明 (narrative) checks: amounts vs tables, the narrative's own arithmetic, previous-year figures, years, duplicates.
import type { MessageParams, MessageTable } from '../types';

const n = (v: unknown) => (v === undefined || v === null ? '' : String(v));
const u = (v: unknown) => (v === undefined || v === null ? '' : ` ${v}`);
/** Long sentences are cut so a message stays on one screen line or two. */
const q = (p: MessageParams) => {
  const s = n(p.sentence);
  return s.length > 80 ? `「${s.slice(0, 80)}…」` : `「${s}」`;
};
/** Pasted text has lines, not cells. */
const at = (p: MessageParams) => (p.line !== undefined ? `（${n(p.source)} 第 ${p.line} 行）` : '');
const subj = (p: MessageParams) => `「${n(p.subject)}」`;
const table = (p: MessageParams) => (p.tableAddress ? `${n(p.table)}（${n(p.tableAddress)}）` : n(p.table));
const dir = (d: unknown) => (d === -1 ? '减少' : '增加');
const parts = (p: MessageParams) =>
  Array.isArray(p.parts) ? p.parts.map((x: { subject: string; prior: number }) => `${x.subject} ${x.prior}`).join(' + ') : '';

export const messages: MessageTable = {
  'narrative-amount-mismatch': (p) =>
    p.relation === '<='
      ? `说明中${subj(p)}为 ${n(p.claimed)}${u(p.unit)}，大于${table(p)}的 ${n(p.tableValue)}${u(p.unit)}（机关运行经费不应超过公用经费）${at(p)}：${q(p)}`
      : `说明中${subj(p)}为 ${n(p.claimed)}${u(p.unit)}，与${table(p)}的 ${n(p.tableValue)}${u(p.unit)} 不一致，差额 ${n(p.difference)}${at(p)}：${q(p)}`,
  'narrative-truncated': (p) =>
    p.tableValue !== undefined
      ? `说明中${subj(p)}写作 ${n(p.claimed)}${u(p.unit)}，${table(p)}为 ${n(p.tableValue)}${u(p.unit)}，系截尾而非四舍五入${at(p)}`
      : `说明中${subj(p)}写作 ${n(p.claimed)}%，计算值为 ${n(p.computed)}%，系截尾而非四舍五入（应为 ${n(p.expected)}%）${at(p)}`,
  'narrative-unit-confusion': (p) =>
    `说明中${subj(p)}为 ${n(p.claimed)}${u(p.unit)}，${table(p)}折合 ${n(p.tableValue)}${u(p.unit)}，相差一万倍，疑似“元”与“万元”混用${at(p)}：${q(p)}`,
  'narrative-share-mismatch': (p) =>
    `说明中${subj(p)}的占比写作 ${n(p.claimed)}%，按 ${n(p.part)} ÷ ${n(p.total)} 计算应为 ${n(p.expected)}%${at(p)}：${q(p)}`,
  'narrative-growth-mismatch': (p) =>
    p.zeroBase
      ? `说明中${subj(p)}上年数为 0，没有增减幅度，却写作 ${n(p.claimed)}%${at(p)}：${q(p)}`
      : `说明中${subj(p)}的增减幅度写作 ${n(p.claimed)}%，按 ${n(p.change)} ÷ 上年数 ${n(p.prior)} 计算应为 ${n(p.expected)}%${at(p)}：${q(p)}`,
  'narrative-percent-rounding': (p) =>
    `说明中${subj(p)}写作 ${n(p.claimed)}%，计算值为 ${n(p.computed)}%，差异在金额四舍五入误差范围内${at(p)}`,
  'narrative-zero-base': (p) => `说明中${subj(p)}上年数为 0，增长率本无意义，文中按惯例写作 100%${at(p)}`,
  'narrative-direction': (p) =>
    `说明中${subj(p)}的增减额写作${dir(p.changeDirection)}，增减幅度却写作${dir(p.growthDirection)}${at(p)}：${q(p)}`,
  'narrative-flat-nonzero': (p) =>
    `说明称${subj(p)}与上年持平，却又写有变动 ${n(p.claimed)}${u(p.unit)}${at(p)}：${q(p)}`,
  'narrative-list-sum': (p) =>
    `说明中${subj(p)}为 ${n(p.claimed)}${u(p.unit)}，所列各项合计 ${n(p.expected)}${u(p.unit)}，相差 ${n(p.difference)}，超出四舍五入允许范围 ±${n(p.tolerance)}${at(p)}`,
  'narrative-list-rounding': (p) =>
    `说明中${subj(p)}为 ${n(p.claimed)}${u(p.unit)}，所列各项合计 ${n(p.expected)}${u(p.unit)}，相差 ${n(p.difference)}，在四舍五入允许范围内${at(p)}`,
  'narrative-prior-year-mismatch': (p) =>
    `说明中${subj(p)}由本句推出的上年数为 ${n(p.prior)}${u(p.unit)}，另一句（${n(p.otherSentence)}）推出的为 ${n(p.expected)}${u(p.unit)}${at(p)}`,
  'narrative-prior-year-parts': (p) =>
    `说明中${subj(p)}推出的上年数为 ${n(p.prior)}${u(p.unit)}，各组成部分上年数之和为 ${n(p.expected)}${u(p.unit)}（${parts(p)}）${at(p)}`,
  'narrative-prior-year-rounding': (p) =>
    `说明中${subj(p)}推出的上年数 ${n(p.prior)}${u(p.unit)} 与 ${n(p.expected)}${u(p.unit)} 相差 ${n(p.difference)}，在四舍五入允许范围内${at(p)}`,
  'narrative-year-mismatch': (p) =>
    p.role === 'prior'
      ? `说明中用于比较的年度为 ${n(p.claimed)} 年，应为上一年度 ${n(p.expectedYear)} 年${at(p)}：${q(p)}`
      : `说明中的预算年度为 ${n(p.claimed)} 年，${p.yearSource === 'headings' ? '多数标题' : p.yearSource === 'text' ? '说明中多数语句' : '工作簿'}为 ${n(p.expectedYear)} 年${at(p)}：${q(p)}`,
  'narrative-duplicate-subject': (p) =>
    `${subj(p)}前后数字不一致：此处为 ${n(p.claimed)}${u(p.unit)}，另一处为 ${n(p.otherValue)}${u(p.otherUnit)}（${n(p.otherSentence)}）${at(p)}`,
  'coverage-narrative-table-missing': (p) =>
    `缺少${Array.isArray(p.tables) ? p.tables.join('、') : '相关的表'}，说明中对应的金额未与表核对`,
  'coverage-narrative-year-unknown': () => '未能确定预算年度，说明中的年度未核对',
};
