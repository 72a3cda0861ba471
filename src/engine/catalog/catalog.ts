// Classification catalogs: which codes exist and what they are called.
import type { CodeSystem } from '../tables/model';

export interface CatalogEntry {
  code: string;
  name: string;
  system: CodeSystem;
  /** 1 = 类, 2 = 款, 3 = 项. */
  level: 1 | 2 | 3;
  parent?: string;
  /** Older names still seen in documents (e.g. 215's pre-2019 name). */
  formerNames?: string[];
  /**
   * Where this entry came from. Merged catalogs mix sources, and the bundled copy is unofficial:
   * a name differing from a 'builtin' entry weighs less than one differing from the user's official catalog.
   */
  source?: Catalog['source'];
}

export interface Catalog {
  /** Where the entries came from: the bundled partial copy, the workbook's 科目表 sheet, or a file. */
  source: 'builtin' | 'workbook' | 'file';
  /** A complete catalog makes an unknown code an error; a partial one only says "not verified". */
  complete: Record<CodeSystem, boolean>;
  entries: Map<string, CatalogEntry>;
}

export function catalogKey(system: CodeSystem, code: string): string {
  return `${system}:${code}`;
}

export function lookup(catalog: Catalog, system: CodeSystem, code: string): CatalogEntry | undefined {
  return catalog.entries.get(catalogKey(system, code));
}

export function emptyCatalog(): Catalog {
  return { source: 'builtin', complete: { function: false, economicDept: false, economicGov: false }, entries: new Map() };
}
