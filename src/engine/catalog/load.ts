// Catalog loading: the bundled partial catalog, a 科目表 sheet in the workbook, or a user file (stub).
import type { Finding } from '../findings';
import type { SheetSnapshot } from '../workbook';
import { type Catalog, emptyCatalog } from './catalog';

export function builtinCatalog(): Catalog {
  return emptyCatalog();
}

/** Reads a catalog laid out as rows of code + name (a 科目表/科目代码 sheet, or a csv/xlsx file's first sheet). */
export function catalogFromSheet(sheet: SheetSnapshot, source: Catalog['source']): { catalog: Catalog; findings: Finding[] } {
  return { catalog: { ...emptyCatalog(), source }, findings: [] };
}

/** Entries of `extra` override `base`; a system is complete if either says so. */
export function mergeCatalogs(base: Catalog, extra: Catalog): Catalog {
  const entries = new Map(base.entries);
  for (const [k, v] of extra.entries) entries.set(k, v);
  return {
    source: extra.source,
    complete: {
      function: base.complete.function || extra.complete.function,
      economicDept: base.complete.economicDept || extra.complete.economicDept,
      economicGov: base.complete.economicGov || extra.complete.economicGov,
    },
    entries,
  };
}
