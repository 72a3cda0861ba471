// One code, one name: the same classification code is named alike in every table of the workbook (after normalising spaces, widths, brackets and quotes).
import { lookup } from '../catalog/catalog';
import { codeTables, CODE_TABLE_NUMBERS, type CodeTable } from '../catalog/code-tables';
import { normaliseName } from '../catalog/names';
import type { CodeRow, CodeSystem, Table } from '../tables/model';
import { TABLE_NUMBER } from '../tables/model';
import { address } from '../workbook';
import type { Rule } from './rule';

interface Occurrence {
  table: Table;
  row: CodeRow & { code: string };
}

/** One name a code is written with (normalised), how often, and where first. */
interface NameUse {
  norm: string;
  count: number;
  first: Occurrence;
}

/** The names one code of one system is written with, in order of first appearance. */
interface CodeNames {
  system: CodeSystem;
  code: string;
  names: NameUse[];
  /** Occurrences not written with the reference name (filled only for codes with several names). */
  deviating: Occurrence[];
  ref?: NameUse;
}

/**
 * The reference name: the one most occurrences use. On a tie, the one the catalog uses (so the right
 * name is not the one flagged), else the one met first (tables in order, rows top down).
 */
function referenceName(names: NameUse[], catalogName: string | undefined): NameUse {
  const score = (n: NameUse) => n.count * 2 + (n.norm === catalogName ? 1 : 0);
  let best = names[0];
  for (const n of names) if (score(n) > score(best)) best = n;
  return best;
}

/** Classification rows of the code tables, in table order, with their normalised names (empty names left out). */
function forEachNamedRow(tables: CodeTable[], normOf: (name: string) => string, visit: (ct: CodeTable, row: Occurrence['row'], norm: string) => void): void {
  for (const ct of tables) {
    for (const row of ct.table.rows) {
      if (row.kind !== 'code' || !row.code) continue;
      const norm = normOf(row.name);
      // A row with no name is not a second name for the code.
      if (norm) visit(ct, row as Occurrence['row'], norm);
    }
  }
}

export const codeNameConsistent: Rule = {
  id: 'code-name-consistent',
  description: '同一科目编码在各表中的科目名称须一致',
  severity: 'warning',
  check(ctx, report) {
    const tables = codeTables(ctx.tables);
    if (!tables.length) return report.skip('table-missing', { tables: CODE_TABLE_NUMBERS });
    // Names repeat across ~300,000 rows of a large workbook: normalise each distinct text once.
    const normalised = new Map<string, string>();
    const normOf = (name: string) => {
      let norm = normalised.get(name);
      if (norm === undefined) normalised.set(name, (norm = normaliseName(name)));
      return norm;
    };
    // Counts per code first; occurrences are kept only for the few codes written with several names.
    const bySystem = new Map<CodeSystem, Map<string, CodeNames>>();
    const order: CodeNames[] = [];
    forEachNamedRow(tables, normOf, ({ table, system }, row, norm) => {
      let codes = bySystem.get(system);
      if (!codes) bySystem.set(system, (codes = new Map()));
      let entry = codes.get(row.code);
      if (!entry) {
        codes.set(row.code, (entry = { system, code: row.code, names: [], deviating: [] }));
        order.push(entry);
      }
      const use = entry.names.find((n) => n.norm === norm);
      if (use) use.count++;
      else entry.names.push({ norm, count: 1, first: { table, row } });
    });
    let anyDeviating = false;
    for (const entry of order) {
      if (entry.names.length < 2) continue;
      const catalogEntry = lookup(ctx.catalog, entry.system, entry.code);
      entry.ref = referenceName(entry.names, catalogEntry && normaliseName(catalogEntry.name));
      anyDeviating = true;
    }
    if (!anyDeviating) return;
    forEachNamedRow(tables, normOf, ({ table, system }, row, norm) => {
      const entry = bySystem.get(system)!.get(row.code)!;
      if (entry.ref && norm !== entry.ref.norm) entry.deviating.push({ table, row });
    });
    for (const entry of order) {
      const ref = entry.ref?.first;
      if (!ref) continue;
      for (const o of entry.deviating) {
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
