// Every code exists in the classification catalog and carries its catalog name: an unknown code cannot be booked, a wrong name misleads readers.
import { lookup, type CatalogEntry } from '../catalog/catalog';
import { codeCellOf, codeRows, codeTables, CODE_TABLE_NUMBERS, type CodeTable } from '../catalog/code-tables';
import { codeFormatProblem } from '../catalog/codes';
import { normaliseName } from '../catalog/names';
import type { CodeRow, CodeSystem } from '../tables/model';
import { TABLE_NUMBER } from '../tables/model';
import { address, type CellRef } from '../workbook';
import type { Reporter, Rule } from './rule';

type Row = CodeRow & { code: string };

function reportAt(report: Reporter, { table }: CodeTable, row: Row, cell: CellRef, f: { code: string; severity?: 'info' | 'warning'; params: Record<string, unknown> }): void {
  report({ ...f, table: table.kind, sheet: table.sheet, address: address(cell), cell, path: [TABLE_NUMBER[table.kind], row.code] });
}

/**
 * The name check. A name equal to a former name is out of date rather than wrong: against the
 * unofficial built-in copy that is only a note (info); against the user's official catalog it is
 * still a warning, since that catalog is the budget year's authority.
 */
function checkName(report: Reporter, ct: CodeTable, row: Row, entry: CatalogEntry, norm: (name: string) => string): void {
  const written = norm(row.name);
  if (!written || written === norm(entry.name)) return;
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

export const codeInCatalog: Rule = {
  id: 'code-in-catalog',
  description: '科目编码须在分类科目目录中存在，科目名称须与目录一致（内置功能科目目录不完整，未收录的编码只提示未核对）',
  severity: 'error',
  check(ctx, report) {
    const tables = codeTables(ctx.tables);
    if (!tables.length) return report.skip('table-missing', { tables: CODE_TABLE_NUMBERS });
    // A code the partial catalog lacks is noted once for the workbook, not once per table.
    const unverified: Record<CodeSystem, Set<string>> = { function: new Set(), economicDept: new Set(), economicGov: new Set() };
    // The same few hundred codes and names repeat down 300,000 rows: look each up and normalise it once.
    const norm = cached(normaliseName);
    const lookups: Record<CodeSystem, (code: string) => CatalogEntry | undefined> = {
      function: cached((code) => lookup(ctx.catalog, 'function', code)),
      economicDept: cached((code) => lookup(ctx.catalog, 'economicDept', code)),
      economicGov: cached((code) => lookup(ctx.catalog, 'economicGov', code)),
    };
    const formatOk: Record<CodeSystem, (code: string) => boolean> = {
      function: cached((code) => !codeFormatProblem(code, 'function')),
      economicDept: cached((code) => !codeFormatProblem(code, 'economicDept')),
      economicGov: cached((code) => !codeFormatProblem(code, 'economicGov')),
    };
    for (const ct of tables) {
      for (const row of codeRows(ct.table)) {
        if (!formatOk[ct.system](row.code)) continue;
        const entry = lookups[ct.system](row.code);
        if (entry) {
          checkName(report, ct, row, entry, norm);
        } else if (ctx.catalog.complete[ct.system]) {
          reportAt(report, ct, row, codeCellOf(row), { code: 'code-unknown', params: { code: row.code, name: row.name, system: ct.system } });
        } else if (!unverified[ct.system].has(row.code)) {
          unverified[ct.system].add(row.code);
          reportAt(report, ct, row, codeCellOf(row), { code: 'code-not-verified', severity: 'info', params: { code: row.code, name: row.name, system: ct.system } });
        }
      }
    }
    for (const [system, codes] of Object.entries(unverified)) {
      if (codes.size) report.skip('catalog-partial', { system, unverified: codes.size }, true);
    }
  },
};
