// Which names generated sheets get: the sheets an earlier run made (per the marker) are replaced; a name a
// user's sheet already has is never taken — the generated sheet becomes "… (2)" instead.
import type { MarkerEntry } from './marker';
import { MARKER_SHEET } from './marker';
import { sheetName } from './plan';

export interface WantedSheet {
  key: string;
  name: string;
}

export interface NamePlan {
  /** Final sheet name per plan key. */
  names: Record<string, string>;
  /** Sheets an earlier run generated, to delete before writing (they are all rewritten or obsolete). */
  remove: string[];
  /** Plans that could not have the name they wanted. */
  renamed: { key: string; wanted: string; sheet: string }[];
}

const fold = (s: string) => s.toLowerCase();

export function resolveSheetNames(wanted: WantedSheet[], existing: string[], marker: MarkerEntry[]): NamePlan {
  const existingSet = new Set(existing.map(fold));
  const ours = marker.filter((e) => existingSet.has(fold(e.sheet)));
  const oursSet = new Set(ours.map((e) => fold(e.sheet)));
  // Names held by anyone else: every existing sheet that is not ours, and the marker sheet itself.
  const taken = new Set([...existing.filter((n) => !oursSet.has(fold(n))).map(fold), fold(MARKER_SHEET)]);
  const names: Record<string, string> = {};
  const renamed: NamePlan['renamed'] = [];
  for (const w of wanted) {
    const previous = ours.find((e) => e.key === w.key)?.sheet;
    let name = previous && !taken.has(fold(previous)) ? previous : w.name;
    for (let n = 2; taken.has(fold(name)); n++) {
      const suffix = ` (${n})`;
      name = sheetName(w.name, 31 - suffix.length) + suffix;
    }
    if (name !== w.name && name !== previous) renamed.push({ key: w.key, wanted: w.name, sheet: name });
    taken.add(fold(name));
    names[w.key] = name;
  }
  return { names, remove: ours.map((e) => existing.find((n) => fold(n) === fold(e.sheet))!), renamed };
}
