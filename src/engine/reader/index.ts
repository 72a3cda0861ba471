// Reader: a workbook snapshot becomes identified tables, classified sheets and reading findings.
import type { Finding } from '../findings';
import { TABLE_NUMBER, TABLE_SHAPE, type Table, type TableKind, type Tables } from '../tables/model';
import { address, type SheetSnapshot, type WorkbookSnapshot } from '../workbook';
import { readCodeTable } from './code-table';
import { identifySheet, topTexts, type Identification } from './identify';
import { readItemTable } from './item-rows';
import { READER_RULE_ID, tableReporter } from './report';
import { budgetYear } from './year';

export type SheetRole = 'table' | 'narrative' | 'tasks' | 'targets' | 'catalog' | 'other';

export interface SheetInfo {
  sheet: string;
  role: SheetRole;
  /** For role 'table': which table. */
  table?: import('../tables/model').TableKind;
  /** The title that identified the table. */
  title?: string;
  /** For a second sheet claiming a table already read: the sheet that was kept. */
  duplicateOf?: string;
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
  const tables: Tables = {};
  const sheets: SheetInfo[] = [];
  const findings: Finding[] = [];
  const tableTexts: string[] = [];
  const otherTexts: string[] = [];
  for (const sheet of snapshot.sheets) {
    const id = identifySheet(sheet);
    if (id.role !== 'table' || !id.kind) {
      sheets.push({ sheet: sheet.name, role: id.role });
      otherTexts.push(sheet.name, ...topTexts(sheet).map((t) => t.text).filter((t) => /预算|年度/.test(t)));
      continue;
    }
    const kept = tables[id.kind];
    if (kept) {
      findings.push(duplicateFinding(sheet, id, id.kind, kept));
      sheets.push({ sheet: sheet.name, role: 'table', table: id.kind, title: id.title, duplicateOf: kept.sheet });
      continue;
    }
    const table = readTable(sheet, id.kind, id, findings);
    if (table) tables[id.kind] = table;
    sheets.push({ sheet: sheet.name, role: 'table', table: id.kind, title: id.title });
    tableTexts.push(sheet.name, ...topTexts(sheet).map((t) => t.text));
  }
  const year = budgetYear([tableTexts, snapshot.name ? [snapshot.name] : [], otherTexts]);
  return { tables, sheets, findings, year };
}

function readTable(sheet: SheetSnapshot, kind: TableKind, id: Identification, findings: Finding[]): Table | undefined {
  const report = tableReporter(kind, sheet.name, findings);
  try {
    return TABLE_SHAPE[kind] === 'codes' ? readCodeTable(sheet, kind, id, report) : readItemTable(sheet, kind, id, report);
  } catch (e) {
    // A reader bug must not cost the user every other table: report the sheet and go on.
    report('sheet-unreadable', 'error', id.titleCell ?? { sheet: sheet.name, row: 0, col: 0 }, [], { detail: e instanceof Error ? e.message : String(e) });
    return undefined;
  }
}

function duplicateFinding(sheet: SheetSnapshot, id: Identification, kind: TableKind, kept: Table): Finding {
  const cell = id.titleCell ?? { sheet: sheet.name, row: 0, col: 0 };
  return {
    ruleId: READER_RULE_ID,
    code: 'table-duplicate',
    severity: 'warning',
    table: kind,
    sheet: sheet.name,
    address: address(cell),
    cell,
    path: [TABLE_NUMBER[kind], sheet.name],
    params: { sheet: sheet.name, kept: kept.sheet, title: id.title },
  };
}
