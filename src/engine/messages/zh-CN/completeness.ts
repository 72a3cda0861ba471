// 完整性 rules: the eight tables are there; an empty table says why; a note agrees with its table.
import type { MessageParams, MessageTable } from '../types';

const list = (v: unknown) => (Array.isArray(v) ? v.join('、') : String(v ?? ''));
const note = (p: MessageParams) => `「${p.note ?? ''}」`;

export const messages: MessageTable = {
  'table-missing': (p) => `缺少${p.table}「${p.title}」：部门预算公开应包含全部八张表（无数据的表也应公开并注明）`,
  'table-empty-no-note': (p) =>
    `${p.tableLabel ?? p.table}没有任何数据，但表内未注明、说明中也未说明“无…预算”${p.narrativeChecked ? '' : '（未提供说明文字，未能核对说明）'}`,
  'note-says-empty': (p) =>
    `${p.tableLabel ?? p.table}的注释${note(p)}称${Array.isArray(p.named) && p.named.length ? `无${list(p.named)}` : '本表无数据'}，但表中有金额`,
  'note-names-other-budget': (p) => `${p.tableLabel ?? p.table}的注释${note(p)}说的是${list(p.named)}，而本表是${list(p.expected)}表`,
};
