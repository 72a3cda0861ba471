// Completeness rules: the eight tables are there; an empty table says why; a note agrees with its table.
import type { MessageParams, MessageTable } from '../types';

const list = (v: unknown) => (Array.isArray(v) ? v.join(', ') : String(v ?? ''));
const note = (p: MessageParams) => `"${p.note ?? ''}"`;

export const messages: MessageTable = {
  'table-missing': (p) =>
    `${p.tableLabel ?? `${p.table} "${p.title}"`} is missing: a disclosure must publish all eight tables (an empty one with a note)`,
  'table-empty-no-note': (p) =>
    `${p.tableLabel ?? p.table} has no amounts, but neither a note nor the narrative says there is no such budget${p.narrativeChecked ? '' : ' (no narrative was supplied to check)'}`,
  'note-says-empty': (p) =>
    `The note ${note(p)} under ${p.tableLabel ?? p.table} says there is ${Array.isArray(p.named) && p.named.length ? `no ${list(p.named)}` : 'no data'}, but the table has amounts`,
  'note-names-other-budget': (p) => `The note ${note(p)} under ${p.tableLabel ?? p.table} speaks of ${list(p.named)}, but the table reports ${list(p.expected)}`,
};
