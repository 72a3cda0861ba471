// Catalog loading: the bundled catalog, a 科目表 sheet in the workbook, or a user file.
import type { Finding } from '../findings';
import type { CodeSystem } from '../tables/model';
import type { SheetSnapshot } from '../workbook';
import { BUILTIN_ROWS } from './builtin-data';
import { catalogKey, type Catalog, type CatalogEntry } from './catalog';
import { CODE_SYSTEMS, levelOfCode, parentCode } from './codes';
import { readCatalogSheet } from './sheet';

/**
 * The bundled catalog (2022 edition, transcribed — see docs/catalog-sources.md).
 *
 * Completeness decision: the function catalog holds ~68 of ~2000 rows, so it is PARTIAL and a code it
 * lacks is only "not verified". The two economic catalogs list every 类 and 款 of the 2018 structure in
 * force for 2022, so they count as COMPLETE for existence: an unknown 5-digit 30xxx/50xxx code is an
 * error. But most of their rows are transcribed, not corroborated, so the copy is unofficial: every
 * entry carries source 'builtin', and a name differing from it is at most a warning (code-in-catalog).
 */
export function builtinCatalog(): Catalog {
  const entries = new Map<string, CatalogEntry>();
  for (const system of CODE_SYSTEMS) {
    for (const [code, name, formerNames] of BUILTIN_ROWS[system]) {
      const entry: CatalogEntry = { code, name, system, level: levelOfCode(code)!, parent: parentCode(code), source: 'builtin' };
      if (formerNames?.length) entry.formerNames = [...formerNames];
      entries.set(catalogKey(system, code), entry);
    }
  }
  const complete: Record<CodeSystem, boolean> = { function: false, economicDept: true, economicGov: true };
  return { source: 'builtin', complete, entries };
}

/** Reads a catalog laid out as rows of code + name (a 科目表/科目代码 sheet, or a csv/xlsx file's first sheet). */
export function catalogFromSheet(sheet: SheetSnapshot, source: Catalog['source']): { catalog: Catalog; findings: Finding[] } {
  return readCatalogSheet(sheet, source);
}

/** Entries of `extra` override `base`; a system is complete if either says so. */
export function mergeCatalogs(base: Catalog, extra: Catalog): Catalog {
  // An official catalog is the authority for each system it covers: the bundled copy's entries of that
  // system go, so a code the official catalog lacks is unknown even if the bundled copy has it.
  const entries = new Map([...base.entries].filter(([, v]) => !extra.complete[v.system]));
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
