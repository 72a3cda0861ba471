// One code, one name: the same classification code is named alike in every table of the workbook (after normalising spaces, widths, brackets and quotes).
import { lookup } from '../catalog/catalog';
import { codeRows, codeTables, CODE_TABLE_NUMBERS } from '../catalog/code-tables';
import { normaliseName } from '../catalog/names';
import type { CodeRow, CodeSystem, Table } from '../tables/model';
import { TABLE_NUMBER } from '../tables/model';
import { address } from '../workbook';
import type { Rule } from './rule';

interface Occurrence {
  system: CodeSystem;
  code: string;
  table: Table;
  row: CodeRow & { code: string };
  norm: string;
}

/**
 * The reference name: the one most occurrences use. On a tie, the one the catalog uses (so the right
 * name is not the one flagged), else the one met first (tables in order, rows top down).
 */
function referenceName(occ: Occurrence[], catalogName: string | undefined): Occurrence {
  const counts = new Map<string, number>();
  for (const o of occ) counts.set(o.norm, (counts.get(o.norm) ?? 0) + 1);
  const score = (o: Occurrence) => counts.get(o.norm)! * 2 + (o.norm === catalogName ? 1 : 0);
  let best = occ[0];
  for (const o of occ) if (score(o) > score(best)) best = o;
  return best;
}

export const codeNameConsistent: Rule = {
  id: 'code-name-consistent',
  description: '同一科目编码在各表中的科目名称须一致',
  severity: 'warning',
  check(ctx, report) {
    const tables = codeTables(ctx.tables);
    if (!tables.length) return report.skip('table-missing', { tables: CODE_TABLE_NUMBERS });
    const byCode = new Map<string, Occurrence[]>();
    const key = (system: CodeSystem, code: string) => `${system}:${code}`;
    for (const { table, system } of tables) {
      for (const row of codeRows(table)) {
        const norm = normaliseName(row.name);
        // A row with no name is not a second name for the code.
        if (!norm) continue;
        const k = key(system, row.code);
        const o: Occurrence = { system, code: row.code, table, row, norm };
        const list = byCode.get(k);
        if (list) list.push(o);
        else byCode.set(k, [o]);
      }
    }
    for (const occ of byCode.values()) {
      const { system, code } = occ[0];
      const entry = lookup(ctx.catalog, system, code);
      const ref = referenceName(occ, entry && normaliseName(entry.name));
      for (const o of occ) {
        if (o.norm === ref.norm) continue;
        report({
          code: 'code-name-inconsistent',
          table: o.table.kind,
          sheet: o.table.sheet,
          address: address(o.row.nameCell),
          cell: o.row.nameCell,
          path: [TABLE_NUMBER[o.table.kind], o.row.code],
          params: { code: o.row.code, name: o.row.name, otherName: ref.row.name, otherAddress: address(ref.row.nameCell) },
        });
      }
    }
  },
};
