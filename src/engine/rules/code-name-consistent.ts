// One code, one name: the same classification code is named alike in every table of the workbook (after normalising spaces, widths, brackets and quotes).
import { lookup } from '../catalog/catalog';
import { classRow, codeIndex, codeTables, CODE_TABLE_NUMBERS, type ClassRow } from '../catalog/code-tables';
import { normaliseName } from '../catalog/names';
import type { CodeSystem, Table } from '../tables/model';
import { TABLE_NUMBER } from '../tables/model';
import { address } from '../workbook';
import type { Rule } from './rule';

interface Occurrence {
  table: Table;
  row: ClassRow;
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

/** A code table and, by code id in its code index, the entry of each code it writes with a name. */
interface TableEntries {
  table: Table;
  entries: (CodeNames | undefined)[];
  /** Normalised name by name id in the code index. */
  norms: string[];
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

/**
 * Counts the names of one table's codes into the entries of its system, adding new codes to `order`.
 * The code index has counted each code's rows by name already: this adds up a few hundred counts.
 */
function countNames(table: Table, codesOfSystem: Map<string, CodeNames>, order: CodeNames[], normOf: (name: string) => string): TableEntries {
  const index = codeIndex(table);
  const { codes, rowCodes, system, nameCounts } = index;
  const norms = index.names.map(normOf);
  // A row with no name is not a second name for the code, and does not put the code in `order`:
  // codes go there in the order of their first row with a name, as a top-down reading meets them.
  const firstNamed = new Int32Array(rowCodes).fill(-1);
  const named: number[] = [];
  for (let id = 0; id < rowCodes; id++) {
    const use = nameCounts[id].find((u) => norms[u.nameId]);
    if (!use) continue;
    firstNamed[id] = use.first;
    named.push(id);
  }
  named.sort((a, b) => firstNamed[a] - firstNamed[b]);
  const entries = new Array<CodeNames | undefined>(rowCodes);
  for (const id of named) {
    let entry = codesOfSystem.get(codes[id]);
    if (!entry) {
      codesOfSystem.set(codes[id], (entry = { system, code: codes[id], names: [], deviating: [] }));
      order.push(entry);
    }
    entries[id] = entry;
    for (const { nameId, count, first } of nameCounts[id]) {
      const norm = norms[nameId];
      if (!norm) continue;
      const use = entry.names.find((n) => n.norm === norm);
      if (use) use.count += count;
      else entry.names.push({ norm, count, first: { table, row: classRow(index, first) } });
    }
  }
  return { table, entries, norms };
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
    const perTable: TableEntries[] = [];
    for (const { table, system } of tables) {
      let codesOfSystem = bySystem.get(system);
      if (!codesOfSystem) bySystem.set(system, (codesOfSystem = new Map()));
      perTable.push(countNames(table, codesOfSystem, order, normOf));
    }
    let anyDeviating = false;
    for (const entry of order) {
      if (entry.names.length < 2) continue;
      const catalogEntry = lookup(ctx.catalog, entry.system, entry.code);
      entry.ref = referenceName(entry.names, catalogEntry && normaliseName(catalogEntry.name));
      anyDeviating = true;
    }
    if (!anyDeviating) return;
    for (const { table, entries, norms } of perTable) {
      const index = codeIndex(table);
      for (let i = 0; i < index.ids.length; i++) {
        const entry = entries[index.ids[i]];
        if (!entry?.ref) continue;
        const norm = norms[index.nameIds[i]];
        if (norm && norm !== entry.ref.norm) entry.deviating.push({ table, row: classRow(index, i) });
      }
    }
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
