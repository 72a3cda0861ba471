// Reader: a workbook snapshot becomes identified tables (stub — see reader brief).
import type { Finding } from '../findings';
import type { Tables } from '../tables/model';
import type { WorkbookSnapshot } from '../workbook';

export type SheetRole = 'table' | 'narrative' | 'tasks' | 'targets' | 'catalog' | 'other';

export interface SheetInfo {
  sheet: string;
  role: SheetRole;
  /** For role 'table': which table. */
  table?: import('../tables/model').TableKind;
}

export interface ReadResult {
  tables: Tables;
  sheets: SheetInfo[];
  /** Problems met while reading: unreadable cells, Excel errors, text in number columns, unknown units… */
  findings: Finding[];
  /** The budget year, where a title says it ("2022 年部门预算"). */
  year?: number;
}

export function readWorkbook(snapshot: WorkbookSnapshot): ReadResult {
  return { tables: {}, sheets: snapshot.sheets.map((s) => ({ sheet: s.name, role: 'other' })), findings: [] };
}
