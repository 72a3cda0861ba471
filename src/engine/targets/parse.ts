// Front door of the targets parsers: finds the targets sheet and reads it in whichever layout it is kept.
import type { Finding } from '../findings';
import type { SheetSnapshot, WorkbookSnapshot } from '../workbook';
import { targetFinding } from './finding';
import { Grid } from './grid';
import { MARKER_SHEET, readMarker } from './marker';
import type { ProjectTargets } from './model';
import { findFlatHeader, parseFlatTargets } from './parse-flat';
import { parseRawTargets } from './parse-raw';
import { isStandardLayout, parseStandardTargets } from './parse-standard';
import { nameKey } from './taxonomy';

export type TargetsLayout = 'raw' | 'flat' | 'standard' | 'none';

export interface ParsedTargets {
  layout: TargetsLayout;
  projects: ProjectTargets[];
  findings: Finding[];
}

export function parseTargetsSheet(sheet: SheetSnapshot): ParsedTargets {
  const grid = new Grid(sheet);
  const flat = findFlatHeader(grid);
  if (flat) return { layout: 'flat', ...parseFlatTargets(grid, flat) };
  if (isStandardLayout(grid)) return { layout: 'standard', ...parseStandardTargets(grid) };
  const raw = parseRawTargets(grid);
  if (raw.projects.length) return { layout: 'raw', ...raw };
  return {
    layout: 'none',
    projects: [],
    findings: [targetFinding('targets-parse', 'targets-not-found', 'error', { sheet: sheet.name, row: 0, col: 0 }, [sheet.name])],
  };
}

/** Names of the sheets an earlier run generated (listed in the marker sheet). */
export function generatedSheetNames(snapshot: WorkbookSnapshot): Set<string> {
  const marker = snapshot.sheets.find((s) => s.name === MARKER_SHEET);
  return new Set(marker ? [MARKER_SHEET, ...readMarker(marker.values).map((e) => e.sheet)] : []);
}

const NAME_PATTERNS = [/^(项目)?绩效目标(表)?$/, /项目(支出)?绩效目标/, /绩效目标/];

/**
 * The sheet holding the department's own targets: by name (绩效目标, 项目绩效目标表…), most specific first,
 * else the first sheet with an indicator table. Sheets an earlier run generated are never the input.
 */
export function findTargetsSheet(snapshot: WorkbookSnapshot): SheetSnapshot | undefined {
  const generated = generatedSheetNames(snapshot);
  const candidates = snapshot.sheets.filter((s) => !generated.has(s.name));
  for (const re of NAME_PATTERNS) {
    const hit = candidates.find((s) => re.test(nameKey(s.name)));
    if (hit) return hit;
  }
  return candidates.find((s) => s.values.slice(0, 300).some((row) => row.some((v) => typeof v === 'string' && /^\s*一级指标\s*$/.test(v))));
}
