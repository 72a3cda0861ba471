// Cross-table rules: cross-table equalities, and table 3 covering the function codes of tables 5/8/9 (and matching table 2).
import { fmt } from '../format';
import type { MessageParams, MessageTable } from '../types';

const COLUMNS: Record<string, string> = {
  total: 'Total', basic: 'Basic expenditure', personnel: 'Personnel', publicStd: 'Public (standard)', project: 'Project expenditure',
  projectRegular: 'Recurring projects', projectOneOff: 'One-off projects', projectMultiYear: 'Multi-year one-off projects',
  contingency: 'Project contingency', operating: 'Operating expenditure', subsidiary: 'Grants to affiliated units', remitUpper: 'Remittances upward',
};
const BASIS: Record<string, string> = {
  'class-rows': 'no Total row: the class rows were added',
  'unit-rows': 'no Total row: the unit row was used',
  'no-rows': 'no data rows: taken as 0',
  'child-rows': 'no class row: its subclass rows were added',
};

const col = (k: unknown) => COLUMNS[String(k)] ?? String(k ?? '');
const tol = (n: unknown) => (typeof n === 'number' && Math.round(n * 100) !== n * 100 ? String(n) : fmt(n as number));
const unit = (p: MessageParams) => (p.unit ? ` ${p.unit}` : '');
const basis = (p: MessageParams) => {
  const notes = [p.leftBasis, p.rightBasis].filter(Boolean).map((b) => BASIS[String(b)] ?? String(b));
  return notes.length ? ` (${notes.join('; ')})` : '';
};
// Labels name the lines as the tables print them (Chinese), so a reader can find them in the sheet.
const sides = (p: MessageParams) => `${p.leftLabel} is ${fmt(p.actual)}${unit(p)}, ${p.rightLabel} is ${fmt(p.expected)}${unit(p)}`;
const sources = (p: MessageParams) => (Array.isArray(p.sources) ? p.sources.join(' + ') : '');

export const messages: MessageTable = {
  'cross-table-equal-mismatch': (p) =>
    p.relation === '<='
      ? `${sides(p)}: the first may not exceed the second, but does by ${fmt(p.difference)}${unit(p)}${basis(p)}`
      : `${sides(p)}: they should be equal; difference ${fmt(p.difference)}${unit(p)}, beyond the rounding bound ±${tol(p.tolerance)}${basis(p)}`,
  'cross-table-equal-rounding': (p) =>
    `${sides(p)}: they differ by ${fmt(p.difference)}${unit(p)}, within the rounding bound (±${tol(p.tolerance)})${basis(p)}`,
  'code-missing-from-expenditure': (p) =>
    `Function code ${p.code} "${p.name ?? ''}" in ${p.presentIn ?? ''} is not in ${p.table} (the expenditure table must cover spending from all funds)`,
  'income-expenditure-codes-differ': (p) =>
    `Function code ${p.code} "${p.name ?? ''}" in ${p.presentIn ?? ''} is not in ${p.table}; tables 2 and 3 should list the same codes`,
  'expenditure-covers-amount-mismatch': (p) =>
    `Table 3, code ${p.code}, ${col(p.column)}: ${fmt(p.expected)}${unit(p)} is less than ${sources(p)} for the same code, ${fmt(p.actual)}${unit(p)} (difference ${fmt(p.difference)})`,
  'expenditure-covers-amount-rounding': (p) =>
    `Table 3, code ${p.code}, ${col(p.column)} is ${fmt(p.difference)}${unit(p)} below ${sources(p)} for the same code, within the rounding bound (±${tol(p.tolerance)})`,
  'coverage-code-system-unsupported': (p) =>
    `${p.table ?? ''} uses ${p.codeSystem === 'economicGov' ? 'the government economic classification' : 'an unrecognised economic classification'}; the department classes 301/302/303/310 could not be checked${p.equality ? ` (${p.equality})` : ''}`,
  'coverage-no-function-codes': (p) => `${p.table ?? ''} is not listed by function code (e.g. by unit); its codes were not compared with table 3`,
};
