import type { MessageTable } from '../types';

const list = (v: unknown): string => (Array.isArray(v) ? v.join(', ') : String(v ?? ''));

export const messages: MessageTable = {
  'snapshot-invalid': (p) => `The workbook data could not be read: ${p.detail}`,
  'coverage-table-missing': (p) => `${p.table ?? 'A required table'} is missing; not checked${p.equality ? ` (${p.equality})` : ''}`,
  'coverage-column-not-found': (p) => `${p.table ?? ''} lacks the columns needed${p.columns ? ` (${list(p.columns)})` : ''}; not checked`,
  'coverage-catalog-partial': (p) => `The built-in catalog is partial: ${p.unverified ?? ''} codes could not be verified; load the official catalog`,
  'coverage-narrative-unchecked': (p) => `${p.count} sentences with numbers in the narrative were not checked`,
  'coverage-no-narrative': () => 'The workbook has no narrative; the narrative was not checked',
};
