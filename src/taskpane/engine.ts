// The engine side of the pane, loaded on the first 校验 (a lazy chunk): the rules, the catalog, the
// narrative and targets parsers are not needed to paint the pane, only to check.
import { checkWorkbook, type CheckOptions, type CheckResult } from '../engine/check';
import { paragraphsFromText } from '../engine/narrative/paragraphs';
import { identifySheet } from '../engine/reader/identify';
import type { WorkbookSnapshot } from '../engine/workbook';
import type { Settings } from './settings';

export { cellsToSelect } from './cells';
export { reportCsv, reportFileName, reportJson } from './export';
export { buildTargetSheets } from './targets';

/** Sheets the reader takes for a code catalog (a 科目表 sheet). */
export function catalogSheets(snapshot: WorkbookSnapshot): string[] {
  return snapshot.sheets.filter((s) => identifySheet(s).role === 'catalog').map((s) => s.name);
}

export interface PreparedCheck {
  snapshot: WorkbookSnapshot;
  options: CheckOptions;
}

/**
 * The engine merges every 科目表 sheet it finds; "built-in only" therefore hides those sheets from it.
 * The detail level goes to the engine only when it differs from the rule's default (项 / 款).
 */
export function prepareCheck(snapshot: WorkbookSnapshot, s: Settings, pasted: string, pastedSource: string): PreparedCheck {
  const detailLevel = s.functionLevel !== 3 || s.economicLevel !== 2 ? { function: s.functionLevel, economic: s.economicLevel } : undefined;
  const narrative = pasted.trim() ? paragraphsFromText(pasted, pastedSource) : undefined;
  if (s.catalog === 'workbook') return { snapshot, options: { detailLevel, narrative } };
  const catalogNames = new Set(catalogSheets(snapshot));
  return { snapshot: { ...snapshot, sheets: snapshot.sheets.filter((x) => !catalogNames.has(x.name)) }, options: { detailLevel, narrative } };
}

export function runCheck(snapshot: WorkbookSnapshot, s: Settings, pasted: string, pastedSource: string): { result: CheckResult; catalogSheets: string[] } {
  const prepared = prepareCheck(snapshot, s, pasted, pastedSource);
  return { result: checkWorkbook(prepared.snapshot, prepared.options), catalogSheets: catalogSheets(snapshot) };
}

