// Every code exists in the classification catalog and carries its catalog name: an unknown code cannot be booked, a wrong name misleads readers.
import { lookup, type CatalogEntry } from '../catalog/catalog';
import { classRow, codeCellOf, codeIndex, codeTables, CODE_TABLE_NUMBERS, type CodeTable } from '../catalog/code-tables';
import { normaliseName } from '../catalog/names';
import type { CodeRow, CodeSystem } from '../tables/model';
import { TABLE_NUMBER } from '../tables/model';
import { address, type CellRef } from '../workbook';
import type { Reporter, Rule, RuleContext } from './rule';

type Row = CodeRow & { code: string };

function reportAt(report: Reporter, { table }: CodeTable, row: Row, cell: CellRef, f: { code: string; severity?: 'info' | 'warning'; params: Record<string, unknown> }): void {
  report({ ...f, table: table.kind, sheet: table.sheet, address: address(cell), cell, path: [TABLE_NUMBER[table.kind], row.code] });
}

/** Whether a written name differs from the catalog's (a name left blank is not checked). */
function nameDiffers(name: string, entry: CatalogEntry, norm: (name: string) => string): boolean {
  const written = norm(name);
  return !!written && written !== norm(entry.name);
}

/**
 * A name that differs from the catalog's. A name equal to a former name is out of date rather than
 * wrong: against the unofficial built-in copy that is only a note (info); against the user's official
 * catalog it is still a warning, since that catalog is the budget year's authority.
 */
function reportName(report: Reporter, ct: CodeTable, row: Row, entry: CatalogEntry, norm: (name: string) => string): void {
  const written = norm(row.name);
  const former = entry.formerNames?.find((n) => norm(n) === written);
  const params = { code: row.code, name: row.name, catalogName: entry.name, catalog: entry.source ?? 'builtin', ...(former ? { formerName: former } : {}) };
  const severity = former && entry.source === 'builtin' ? 'info' : 'warning';
  reportAt(report, ct, row, row.nameCell, { code: 'code-name-mismatch', severity, params });
}

/** f with its results kept by argument (f must be pure). */
function cached<T>(f: (key: string) => T): (key: string) => T {
  const memo = new Map<string, T>();
  return (key) => {
    if (memo.has(key)) return memo.get(key) as T;
    const value = f(key);
    memo.set(key, value);
    return value;
  };
}

/**
 * One table. The same few hundred codes and names repeat down 300,000 rows, so each code is looked
 * up once and each name it is written with (the code index counted them) is compared once. Rows are
 * read one by one only when some are reported one by one: a name that differs, or a code unknown to
 * a complete catalog. Otherwise the findings are the notes on codes the partial catalog lacks, at
 * each code's first row, and code ids already run in the order of first rows.
 */
function checkTable(ctx: RuleContext, report: Reporter, ct: CodeTable, unverified: Set<string>, norm: (name: string) => string): void {
  const index = codeIndex(ct.table);
  const { ids, codes, problem, rowCodes, names, nameCounts } = index;
  const complete = ctx.catalog.complete[ct.system];
  const entries = new Array<CatalogEntry | undefined>(rowCodes);
  // rowWise[id]: some rows of the code are reported (a name differs, or the code is unknown).
  const rowWise = new Uint8Array(rowCodes);
  let anyRowWise = false;
  for (let id = 0; id < rowCodes; id++) {
    // A malformed code is code-format's to report.
    if (problem[id]) continue;
    const entry = (entries[id] = lookup(ctx.catalog, ct.system, codes[id]));
    if (entry ? nameCounts[id].some((u) => nameDiffers(names[u.nameId], entry, norm)) : complete) {
      rowWise[id] = 1;
      anyRowWise = true;
    }
  }
  const note = (row: Row) => {
    if (unverified.has(row.code)) return;
    unverified.add(row.code);
    reportAt(report, ct, row, codeCellOf(row), { code: 'code-not-verified', severity: 'info', params: { code: row.code, name: row.name, system: ct.system } });
  };
  if (!anyRowWise) {
    if (!complete) for (let id = 0; id < rowCodes; id++) if (!problem[id] && !entries[id]) note(classRow(index, index.first[id]));
    return;
  }
  const noted = new Uint8Array(rowCodes);
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i];
    if (problem[id] || (entries[id] ? !rowWise[id] : !complete && noted[id])) continue;
    const row = classRow(index, i);
    const entry = entries[id];
    if (entry) {
      if (nameDiffers(row.name, entry, norm)) reportName(report, ct, row, entry, norm);
    } else if (complete) {
      reportAt(report, ct, row, codeCellOf(row), { code: 'code-unknown', params: { code: row.code, name: row.name, system: ct.system } });
    } else {
      noted[id] = 1;
      note(row);
    }
  }
}

export const codeInCatalog: Rule = {
  id: 'code-in-catalog',
  description: '科目编码须在分类科目目录中存在，科目名称须与目录一致（内置功能科目目录不完整，未收录的编码只提示未核对）',
  severity: 'error',
  check(ctx, report) {
    const tables = codeTables(ctx.tables);
    if (!tables.length) return report.skip('table-missing', { tables: CODE_TABLE_NUMBERS });
    // A code the partial catalog lacks is noted once for the workbook, not once per table.
    const unverified: Record<CodeSystem, Set<string>> = { function: new Set(), economicDept: new Set(), economicGov: new Set() };
    const norm = cached(normaliseName);
    for (const ct of tables) checkTable(ctx, report, ct, unverified[ct.system], norm);
    for (const [system, codes] of Object.entries(unverified)) {
      if (codes.size) report.skip('catalog-partial', { system, unverified: codes.size }, true);
    }
  },
};
