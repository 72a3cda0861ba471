// Narrative checks: amounts vs tables, the narrative's own arithmetic, previous-year figures, years, duplicates.
import type { MessageParams, MessageTable } from '../types';

const n = (v: unknown) => (v === undefined || v === null ? '' : String(v));
const u = (v: unknown) => (v === undefined || v === null ? '' : ` ${v}`);
const q = (p: MessageParams) => {
  const s = n(p.sentence);
  return s.length > 80 ? `"${s.slice(0, 80)}…"` : `"${s}"`;
};
const at = (p: MessageParams) => (p.line !== undefined ? ` (${n(p.source)}, line ${p.line})` : '');
const subj = (p: MessageParams) => `"${n(p.subject)}"`;
const table = (p: MessageParams) => (p.tableAddress ? `${n(p.table)} (${n(p.tableAddress)})` : n(p.table));
const dir = (d: unknown) => (d === -1 ? 'a decrease' : 'an increase');
const parts = (p: MessageParams) =>
  Array.isArray(p.parts) ? p.parts.map((x: { subject: string; prior: number }) => `${x.subject} ${x.prior}`).join(' + ') : '';

export const messages: MessageTable = {
  'narrative-amount-mismatch': (p) =>
    p.relation === '<='
      ? `The narrative states ${subj(p)} as ${n(p.claimed)}${u(p.unit)}, more than ${n(p.tableValue)}${u(p.unit)} in ${table(p)} (office running costs cannot exceed public costs)${at(p)}: ${q(p)}`
      : `The narrative states ${subj(p)} as ${n(p.claimed)}${u(p.unit)}, but ${table(p)} has ${n(p.tableValue)}${u(p.unit)} (difference ${n(p.difference)})${at(p)}: ${q(p)}`,
  'narrative-truncated': (p) =>
    p.tableValue !== undefined
      ? `The narrative writes ${subj(p)} as ${n(p.claimed)}${u(p.unit)}; ${table(p)} has ${n(p.tableValue)}${u(p.unit)}: truncated rather than rounded${at(p)}`
      : `The narrative writes ${subj(p)} as ${n(p.claimed)}%; the computed value is ${n(p.computed)}%: truncated rather than rounded (${n(p.expected)}%)${at(p)}`,
  'narrative-unit-confusion': (p) =>
    `The narrative states ${subj(p)} as ${n(p.claimed)}${u(p.unit)}; ${table(p)} gives ${n(p.tableValue)}${u(p.unit)}, a factor of 10,000 apart: 元 and 万元 seem mixed up${at(p)}: ${q(p)}`,
  'narrative-share-mismatch': (p) =>
    `The narrative gives the share of ${subj(p)} as ${n(p.claimed)}%; ${n(p.part)} ÷ ${n(p.total)} is ${n(p.expected)}%${at(p)}: ${q(p)}`,
  'narrative-growth-mismatch': (p) =>
    p.zeroBase
      ? `Last year's ${subj(p)} was 0, so there is no growth rate, yet the narrative writes ${n(p.claimed)}%${at(p)}: ${q(p)}`
      : `The narrative gives the change of ${subj(p)} as ${n(p.claimed)}%; ${n(p.change)} ÷ last year's ${n(p.prior)} is ${n(p.expected)}%${at(p)}: ${q(p)}`,
  'narrative-percent-rounding': (p) =>
    `The narrative writes ${subj(p)} as ${n(p.claimed)}%; the computed value is ${n(p.computed)}%, within the rounding of the amounts${at(p)}`,
  'narrative-zero-base': (p) => `Last year's ${subj(p)} was 0: a growth rate has no meaning; the narrative writes 100% by convention${at(p)}`,
  'narrative-direction': (p) =>
    `The narrative states ${dir(p.changeDirection)} in ${subj(p)} but a rate of ${dir(p.growthDirection)}${at(p)}: ${q(p)}`,
  'narrative-flat-nonzero': (p) =>
    `The narrative says ${subj(p)} is unchanged from last year, yet states a change of ${n(p.claimed)}${u(p.unit)}${at(p)}: ${q(p)}`,
  'narrative-list-sum': (p) =>
    `The narrative states ${subj(p)} as ${n(p.claimed)}${u(p.unit)}, but its listed items add up to ${n(p.expected)}${u(p.unit)} (difference ${n(p.difference)}, beyond the rounding bound ±${n(p.tolerance)})${at(p)}`,
  'narrative-list-rounding': (p) =>
    `The narrative states ${subj(p)} as ${n(p.claimed)}${u(p.unit)}; its listed items add up to ${n(p.expected)}${u(p.unit)}, within the rounding bound${at(p)}`,
  'narrative-prior-year-mismatch': (p) =>
    `This sentence implies last year's ${subj(p)} was ${n(p.prior)}${u(p.unit)}; another (${n(p.otherSentence)}) implies ${n(p.expected)}${u(p.unit)}${at(p)}`,
  'narrative-prior-year-parts': (p) =>
    `The narrative implies last year's ${subj(p)} was ${n(p.prior)}${u(p.unit)}, but its parts' previous-year values add up to ${n(p.expected)}${u(p.unit)} (${parts(p)})${at(p)}`,
  'narrative-prior-year-rounding': (p) =>
    `Last year's ${subj(p)} implied by the narrative, ${n(p.prior)}${u(p.unit)}, differs from ${n(p.expected)}${u(p.unit)} by ${n(p.difference)}, within the rounding bound${at(p)}`,
  'narrative-year-mismatch': (p) =>
    p.role === 'prior'
      ? `The narrative compares with ${n(p.claimed)}; the previous year is ${n(p.expectedYear)}${at(p)}: ${q(p)}`
      : `The narrative's budget year is ${n(p.claimed)}; ${p.yearSource === 'headings' ? 'most headings say' : p.yearSource === 'text' ? 'most sentences say' : 'the workbook is for'} ${n(p.expectedYear)}${at(p)}: ${q(p)}`,
  'narrative-duplicate-subject': (p) =>
    `${subj(p)} is stated with different numbers: ${n(p.claimed)}${u(p.unit)} here, ${n(p.otherValue)}${u(p.otherUnit)} elsewhere (${n(p.otherSentence)})${at(p)}`,
  'coverage-narrative-table-missing': (p) =>
    `${Array.isArray(p.tables) ? p.tables.join(', ') : 'A table'} is missing; the matching narrative amounts were not compared with tables`,
  'coverage-narrative-year-unknown': () => 'The budget year is unknown; years in the narrative were not checked',
};
