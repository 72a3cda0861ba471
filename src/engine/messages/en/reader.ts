// Reading problems: how the workbook was read, and where the reader had to guess.
import type { MessageParams, MessageTable } from '../types';

const where = (p: MessageParams) => p.tableLabel ?? 'The table';
const list = (v: unknown) => (Array.isArray(v) ? v.join(', ') : '');

export const messages: MessageTable = {
  'snapshot-invalid': (p) => `The workbook could not be read: ${p.detail ?? ''}`,
  'sheet-unreadable': (p) => `${where(p)}: the sheet could not be read and was skipped: ${p.detail ?? ''}`,
  'table-duplicate': (p) => `Sheet "${p.sheet}" is also ${where(p)}; the first one, "${p.kept}", was read and this one was not checked`,
  'unit-assumed': (p) => `${where(p)} states no unit; amounts were read in ${p.unit ?? '万元'}`,
  'unit-unknown': (p) => `${where(p)}: unit "${p.text}" is not recognised; amounts were read in ${p.unit ?? '万元'}`,
  'header-assumed': (p) => `${where(p)} has no recognisable header; its ${p.count} columns were read in the standard order (${list(p.columns)}). Please check the columns`,
  'columns-not-found': (p) => `${where(p)}: the amount columns could not be identified (${p.headers ?? 0} header rows, ${p.count ?? 0} data columns); some checks may not run`,
  'column-unknown': (p) => `${where(p)}: column "${p.header}" is not recognised and was not read`,
  'cell-error': (p) => `${where(p)}: the cell holds the Excel error ${p.error}; read as blank`,
  'cell-not-number': (p) => `${where(p)}: "${p.text}" in an amount cell is not a number; read as blank`,
  'item-unknown': (p) => `${where(p)}: item "${p.label}" is not recognised and was not checked`,
};
