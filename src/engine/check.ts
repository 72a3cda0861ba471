// The engine's front door: a workbook snapshot in, findings and coverage out.
import { SEVERITY_ORDER, type CoverageEntry, type Finding } from './findings';
import { workbookSnapshotSchema, type WorkbookSnapshot } from './workbook';
import { readWorkbook, type SheetInfo } from './reader';
import { builtinCatalog, catalogFromSheet, mergeCatalogs } from './catalog/load';
import type { Catalog } from './catalog/catalog';
import { RULES } from './rules';
import { paragraphsFromSheets } from './narrative/paragraphs';
import { runRules } from './rules/run';
import type { NarrativeParagraph, Rule } from './rules/rule';
import type { Tables } from './tables/model';

export interface CheckOptions {
  /** A catalog the user supplied (CLI --catalog, task pane setting); merged over the built-in one. */
  catalog?: Catalog;
  /** Narrative paragraphs given outside the workbook (CLI --narrative, task pane paste box). */
  narrative?: NarrativeParagraph[];
  rules?: readonly Rule[];
}

export interface CheckResult {
  findings: Finding[];
  coverage: CoverageEntry[];
  tables: Tables;
  sheets: SheetInfo[];
  catalog: Catalog;
  year?: number;
}

export function checkWorkbook(input: WorkbookSnapshot, options: CheckOptions = {}): CheckResult {
  const parsed = workbookSnapshotSchema.safeParse(input);
  if (!parsed.success) {
    // Our own adapters produce snapshots; a bad one is a bug upstream, reported rather than thrown.
    const finding: Finding = {
      ruleId: 'reader',
      code: 'snapshot-invalid',
      severity: 'error',
      path: parsed.error.issues[0]?.path.map(String) ?? [],
      params: { detail: parsed.error.issues[0]?.message },
    };
    return { findings: [finding], coverage: [], tables: {}, sheets: [], catalog: builtinCatalog() };
  }
  const workbook = parsed.data;
  const read = readWorkbook(workbook);
  // Plain loops, not push(...xs): a huge workbook can yield more findings than the call stack holds arguments.
  const findings: Finding[] = read.findings.slice();

  let catalog = builtinCatalog();
  for (const info of read.sheets.filter((s) => s.role === 'catalog')) {
    const sheet = workbook.sheets.find((s) => s.name === info.sheet)!;
    const loaded = catalogFromSheet(sheet, 'workbook');
    for (const f of loaded.findings) findings.push(f);
    catalog = mergeCatalogs(catalog, loaded.catalog);
  }
  if (options.catalog) catalog = mergeCatalogs(catalog, options.catalog);

  // The workbook's own 说明/工作任务/绩效目标 sheets, plus any text the user gave outside the workbook.
  const narrative = [...paragraphsFromSheets(workbook, read.sheets), ...(options.narrative ?? [])];
  const run = runRules(options.rules ?? RULES, { tables: read.tables, catalog, workbook, narrative, year: read.year });
  for (const f of run.findings) findings.push(f);
  return { findings: sortFindings(findings), coverage: run.coverage, tables: read.tables, sheets: read.sheets, catalog, year: read.year };
}

/** Errors first, then by sheet order of appearance is kept stable by sheet name and cell. */
export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      (a.sheet ?? '').localeCompare(b.sheet ?? '') ||
      (a.cell?.row ?? 0) - (b.cell?.row ?? 0) ||
      (a.cell?.col ?? 0) - (b.cell?.col ?? 0),
  );
}
