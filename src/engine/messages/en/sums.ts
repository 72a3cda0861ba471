// Within-table sum rules: parent = children, row cross-footing, tables 1/4 balance, table 7 "three public" sums.
import { fmt } from '../format';
import type { MessageParams, MessageTable } from '../types';

const COLUMNS: Record<string, string> = {
  total: 'Total', basic: 'Basic expenditure', personnel: 'Personnel', publicStd: 'Public (standard)', project: 'Project expenditure',
  projectRegular: 'Recurring projects', projectOneOff: 'One-off projects', projectMultiYear: 'Multi-year one-off projects',
  contingency: 'Project contingency', operating: 'Operating expenditure', subsidiary: 'Grants to affiliated units', remitUpper: 'Remittances upward',
  generalGrant: 'General budget appropriation', fundGrant: 'Government fund appropriation', socialGrant: 'Social insurance fund appropriation',
  capitalGrant: 'State capital appropriation', specialNonTax: 'Non-tax income in special accounts', businessIncome: 'Service income',
  operatingIncome: 'Operating income', subsidiaryIncome: 'Income from affiliated units', transferIncome: 'Transfers',
  otherIncome: 'Other income', borrowing: 'Borrowing', carryover: 'Carried over',
};
const AGAINST: Record<string, string> = { children: 'the sum of its sub-codes', classes: 'the sum of the class rows', units: 'the sum of its units', total: 'the Total row' };

const col = (k: unknown) => COLUMNS[String(k)] ?? String(k ?? '');
/** The bound may have a third decimal (3 × 0.005 = 0.015): show it as is. */
const tol = (n: unknown) => (typeof n === 'number' && Math.round(n * 100) !== n * 100 ? String(n) : fmt(n as number));
const where = (p: MessageParams) => p.tableLabel ?? '';
const gap = (p: MessageParams) => `is ${fmt(p.actual)}, expected ${fmt(p.expected)}, difference ${fmt(p.difference)} ${p.unit ?? ''}`.trimEnd();
const rounding = (p: MessageParams) => `differ by ${fmt(p.difference)} ${p.unit ?? ''}, within the rounding bound (±${tol(p.tolerance)})`;
const partsOf = (p: MessageParams) => (Array.isArray(p.partLabels) ? p.partLabels.join(' + ') : 'its items');
const colParts = (p: MessageParams) => (Array.isArray(p.parts) ? p.parts.map(col).join(' + ') : '');

export const messages: MessageTable = {
  'parent-equals-children-mismatch': (p) =>
    `${where(p)}, row "${p.row}", ${col(p.column)} ${gap(p)} (${AGAINST[String(p.against)] ?? 'the sum of its parts'}), beyond the rounding bound ±${tol(p.tolerance)}`,
  'parent-equals-children-rounding': (p) =>
    `${where(p)}, row "${p.row}": ${col(p.column)} and ${AGAINST[String(p.against)] ?? 'the sum of its parts'} ${rounding(p)}`,
  'row-cross-footing-mismatch': (p) =>
    `${where(p)}, row "${p.row}": ${col(p.column)} ${gap(p)} (${colParts(p)}), beyond the rounding bound ±${tol(p.tolerance)}`,
  'row-cross-footing-rounding': (p) => `${where(p)}, row "${p.row}": ${col(p.column)} and ${colParts(p)} ${rounding(p)}`,
  'summary-balance-mismatch': (p) =>
    `${where(p)}: "${p.label}" ${gap(p)} (${partsOf(p)}), beyond the rounding bound ±${tol(p.tolerance)}`,
  'summary-balance-rounding': (p) => `${where(p)}: "${p.label}" and ${partsOf(p)} ${rounding(p)}`,
  'three-public-sums-mismatch': (p) =>
    `${where(p)}: "${p.label}" ${gap(p)} (${partsOf(p)}), beyond the rounding bound ±${tol(p.tolerance)}`,
  'three-public-sums-rounding': (p) => `${where(p)}: "${p.label}" and ${partsOf(p)} ${rounding(p)}`,
  'coverage-item-not-found': (p) =>
    `${p.table ?? ''} lacks the lines needed${Array.isArray(p.items) ? ` (${p.items.join(', ')})` : ''}; those totals were not checked`,
};
