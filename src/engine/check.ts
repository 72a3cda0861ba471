// The engine's front door: a workbook snapshot in, findings and coverage out.
import { SEVERITY_ORDER, type CoverageEntry, type Finding } from './findings';
import type { WorkbookSnapshot } from './workbook';
import { parseSnapshot } from './snapshot';
import { readWorkbook, type SheetInfo } from './reader';
import { builtinCatalog, catalogFromSheet, mergeCatalogs } from './catalog/load';
import type { Catalog } from './catalog/catalog';
import { RULES } from './rules';
import { makeCodeDetailLevel, type DetailLevelOptions } from './rules/code-detail-level';
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
  /** Required detail level (default: 功能分类 to 项, 经济分类 to 款); a setting, not the rule's decision. */
  detailLevel?: DetailLevelOptions;
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
  const parsed = parseSnapshot(input);
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
  const rules = options.detailLevel
    ? (options.rules ?? RULES).map((r) => (r.id === 'code-detail-level' ? makeCodeDetailLevel(options.detailLevel) : r))
    : (options.rules ?? RULES);
  const run = runRules(rules, { tables: read.tables, catalog, workbook, narrative, year: read.year });
  for (let i = 0; i < run.findings.length; i++) findings.push(run.findings[i]); // indexed: see reader/unit-rows.ts
  return { findings: sortFindings(findings), coverage: run.coverage, tables: read.tables, sheets: read.sheets, catalog, year: read.year };
}

/** Errors first, then by sheet order of appearance is kept stable by sheet name and cell. */
export function sortFindings(findings: Finding[]): Finding[] {
  const rank = sheetRanks(findings);
  return packedOrder(findings, rank) ?? comparedOrder(findings, rank);
}

/**
 * Sheet names are few and findings many: rank the names once with localeCompare (names it calls
 * equal share a rank), so sorting compares numbers and orders exactly as comparing the names would.
 */
function sheetRanks(findings: Finding[]): Map<string, number> {
  const names = new Set<string>();
  let last: string | undefined;
  for (let i = 0; i < findings.length; i++) {
    // Findings come in long runs of one sheet: add a name only when it changes.
    const name = findings[i].sheet ?? '';
    if (name !== last) names.add((last = name));
  }
  const sorted = [...names].sort((a, b) => a.localeCompare(b));
  const rank = new Map<string, number>();
  sorted.forEach((name, i) => rank.set(name, i > 0 && sorted[i - 1].localeCompare(name) === 0 ? rank.get(sorted[i - 1])! : i));
  return rank;
}

const sheetOf = (f: Finding) => f.sheet ?? '';

/** The plain stable sort on (severity, sheet rank, row, col). */
function comparedOrder(findings: Finding[], rank: Map<string, number>): Finding[] {
  return [...findings].sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      rank.get(sheetOf(a))! - rank.get(sheetOf(b))! ||
      (a.cell?.row ?? 0) - (b.cell?.row ?? 0) ||
      (a.cell?.col ?? 0) - (b.cell?.col ?? 0),
  );
}

// Excel's grid is 2^20 rows by 2^14 columns; with 2^19 findings at most, row, column and input
// position pack into one exact double (2^53), and a numeric sort of those replaces ~2.5 million
// comparator calls over findings of ~20 shapes on a large workbook.
const ROWS = 2 ** 20;
const COLS = 2 ** 14;
const MAX_PACKED = 2 ** 19;
const fits = (x: number, limit: number) => Number.isInteger(x) && x >= 0 && x < limit;

/** The same order as comparedOrder, by buckets of (severity, sheet) and packed keys; undefined when keys do not fit. */
function packedOrder(findings: Finding[], rank: Map<string, number>): Finding[] | undefined {
  const n = findings.length;
  if (n > MAX_PACKED) return undefined;
  const sheets = rank.size;
  const bucket = new Int32Array(n);
  const key = new Float64Array(n);
  const counts = new Int32Array(3 * sheets + 1);
  let lastSheet: string | undefined;
  let lastRank = 0;
  for (let i = 0; i < n; i++) {
    const f = findings[i];
    const severity = SEVERITY_ORDER[f.severity];
    const cell = f.cell;
    const row = cell ? cell.row : 0;
    const col = cell ? cell.col : 0;
    if (!fits(severity, 3) || !fits(row, ROWS) || !fits(col, COLS)) return undefined;
    const sheet = sheetOf(f);
    if (sheet !== lastSheet) lastRank = rank.get((lastSheet = sheet))!;
    bucket[i] = severity * sheets + lastRank;
    key[i] = (row * COLS + col) * MAX_PACKED + i;
    counts[bucket[i] + 1]++;
  }
  for (let b = 1; b < counts.length; b++) counts[b] += counts[b - 1];
  // Counting sort by bucket (stable), then each bucket's keys sorted as numbers: the position in the
  // low bits makes every key distinct and breaks ties by input order, as a stable sort does.
  const sorted = new Float64Array(n);
  const next = counts.slice();
  for (let i = 0; i < n; i++) sorted[next[bucket[i]]++] = key[i];
  for (let b = 0; b + 1 < counts.length; b++) sorted.subarray(counts[b], counts[b + 1]).sort();
  const out = new Array<Finding>(n);
  for (let j = 0; j < n; j++) out[j] = findings[sorted[j] % MAX_PACKED];
  return out;
}
