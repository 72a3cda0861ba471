// Every 项 row's 款 and every 款 row's 类 is in the same table, above it: a table lists a parent before its children, and a missing parent row leaves the children's money without its subtotal.
import { codeCellOf, codeTables, unitBlocks, CODE_TABLE_NUMBERS, type CodeTable } from '../catalog/code-tables';
import { ancestorCodes, codeFormatProblem } from '../catalog/codes';
import type { CodeRow } from '../tables/model';
import { TABLE_NUMBER } from '../tables/model';
import { address } from '../workbook';
import type { Reporter, Rule } from './rule';

type Row = CodeRow & { code: string };

function reportAt(report: Reporter, { table }: CodeTable, row: Row, code: string, params: Record<string, unknown>): void {
  const cell = codeCellOf(row);
  report({ code, table: table.kind, sheet: table.sheet, address: address(cell), cell, path: [TABLE_NUMBER[table.kind], row.code], params });
}

/**
 * One unit block. A missing ancestor is reported once, at its first child: adding that one row fixes
 * every child. A present parent below its child is reported at the child; only the nearest present
 * ancestor is compared, since the ancestor's own position is checked on its own row.
 */
function checkBlock(report: Reporter, ct: CodeTable, rows: Row[]): void {
  const firstRow = new Map<string, Row>();
  for (const r of rows) if (!firstRow.has(r.code)) firstRow.set(r.code, r);
  const reported = new Set<string>();
  for (const row of rows) {
    if (codeFormatProblem(row.code, ct.system)) continue;
    const ancestors = ancestorCodes(row.code);
    for (const parent of ancestors) {
      if (firstRow.has(parent) || reported.has(parent)) continue;
      reported.add(parent);
      reportAt(report, ct, row, 'code-parent-missing', { code: row.code, parent });
    }
    let nearest: Row | undefined;
    for (let i = 0; i < ancestors.length && !nearest; i++) nearest = firstRow.get(ancestors[i]);
    if (nearest && nearest.row > row.row) {
      reportAt(report, ct, row, 'code-parent-order', { code: row.code, parent: nearest.code, parentAddress: address(codeCellOf(nearest)) });
    }
  }
}

export const codeParentPresent: Rule = {
  id: 'code-parent-present',
  description: '每个项级科目的款级、每个款级科目的类级科目须在同一表中列出，且排在其下级之前',
  severity: 'error',
  check(ctx, report) {
    const tables = codeTables(ctx.tables);
    if (!tables.length) return report.skip('table-missing', { tables: CODE_TABLE_NUMBERS });
    for (const ct of tables) for (const rows of unitBlocks(ct.table)) checkBlock(report, ct, rows);
  },
};
