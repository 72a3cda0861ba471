// "生成绩效目标表": the standardized targets sheets written into the open workbook, the office.js twin of
// src/xlsx/targets-writer.ts. Sheets an earlier run generated (listed in the very hidden marker sheet)
// are replaced; no other sheet is touched; a name a user's sheet holds makes ours "… (2)".
import { buildTargetsPlans, planHash, wantedSheets, type LayoutInput, type SheetPlan } from '../engine/targets/layout';
import { MARKER_SHEET, markerRows, readMarker, valuesHash, type MarkerEntry } from '../engine/targets/marker';
import { resolveSheetNames, type NamePlan } from '../engine/targets/names';
import type { CellValue } from '../engine/workbook';
import { columnLetter } from '../engine/workbook';
import { applyPlan } from './plan-apply';
import { excelRun } from './run';
import { sheetNames } from './store';

export interface TargetSheetsResult {
  /** The generated sheets' names, in order (project sheets, then the summary). */
  written: string[];
  /** Sheets of an earlier run that were replaced or dropped. */
  replaced: string[];
  renamed: NamePlan['renamed'];
  /** Generated sheets someone edited since they were generated: their edits are gone now. */
  edited: string[];
}

/** office.js values as the marker hash sees cells (the exceljs writer hashes the same way). */
export function rangeHash(values: unknown[][], rowIndex: number, columnIndex: number): string {
  const cells: { row: number; col: number; value: string | number | null }[] = [];
  values.forEach((row, r) =>
    row.forEach((v, c) => {
      const value = typeof v === 'number' || typeof v === 'string' ? v : v === null || v === undefined ? null : String(v);
      cells.push({ row: rowIndex + r, col: columnIndex + c, value });
    }),
  );
  return valuesHash(cells);
}

/** The marker's entries and, for each sheet it lists that still exists, the hash of what it holds now. */
async function readGenerated(context: Excel.RequestContext, names: string[]): Promise<{ marker: MarkerEntry[]; hashes: Map<string, string> }> {
  if (!names.includes(MARKER_SHEET)) return { marker: [], hashes: new Map() };
  const markerRange = context.workbook.worksheets.getItem(MARKER_SHEET).getUsedRangeOrNullObject(true).load('values');
  await context.sync();
  const marker = markerRange.isNullObject ? [] : readMarker(markerRange.values as CellValue[][]);
  const lower = new Map(names.map((n) => [n.toLowerCase(), n]));
  const reads = marker
    .map((e) => lower.get(e.sheet.toLowerCase()))
    .filter((n): n is string => !!n)
    .map((n) => ({ n, used: context.workbook.worksheets.getItem(n).getUsedRangeOrNullObject(true).load('values,rowIndex,columnIndex') }));
  if (reads.length) await context.sync();
  return { marker, hashes: new Map(reads.map(({ n, used }) => [n, used.isNullObject ? valuesHash([]) : rangeHash(used.values, used.rowIndex, used.columnIndex)])) };
}

function writeMarker(context: Excel.RequestContext, entries: MarkerEntry[]): void {
  const ws = context.workbook.worksheets.add(MARKER_SHEET);
  ws.visibility = 'VeryHidden';
  const rows = markerRows(entries).map((r) => [String(r[0]), String(r[1]), String(r[2] ?? '')]);
  const range = ws.getRange(`A1:${columnLetter(2)}${rows.length}`);
  // Text: a hash such as "00123456" must not turn into the number 123456.
  range.numberFormat = rows.map((r) => r.map(() => '@'));
  range.values = rows;
}

/**
 * Plans built with the wanted names, given the final ones: sheet names, the summary's links and the
 * cells that show a sheet's name follow a rename. (With the layout at hand the plans are simply rebuilt.)
 */
export function renamePlans(plans: SheetPlan[], names: Record<string, string>): SheetPlan[] {
  const renamed = new Map(plans.filter((p) => names[p.key] && names[p.key] !== p.name).map((p) => [p.name, names[p.key]]));
  if (!renamed.size) return plans;
  return plans.map((p) => ({
    ...p,
    name: names[p.key] ?? p.name,
    cells: p.cells.map((c) => ({
      ...c,
      link: c.link ? (renamed.get(c.link) ?? c.link) : c.link,
      value: typeof c.value === 'string' ? (renamed.get(c.value) ?? c.value) : c.value,
    })),
  }));
}

const isPlans = (input: SheetPlan[] | LayoutInput): input is SheetPlan[] => Array.isArray(input);

/**
 * Writes the generated sheets. Give it the layout (prepareTargets(snapshot).layout) or the plans built
 * from it (buildTargetsPlans(layout)): the final names are known only here, after reading the workbook's
 * sheet names, so a layout is planned with them, and plans are renamed to them.
 */
export async function applyTargetSheets(input: SheetPlan[] | LayoutInput): Promise<TargetSheetsResult> {
  const wanted = isPlans(input) ? input.map((p) => ({ key: p.key, name: p.name })) : wantedSheets(input.projects);
  return excelRun(async (context) => {
    const names = await sheetNames(context);
    const { marker, hashes } = await readGenerated(context, names);
    const resolution = resolveSheetNames(wanted, names, marker);
    const edited = resolution.remove.filter((name) => {
      const entry = marker.find((e) => e.sheet.toLowerCase() === name.toLowerCase());
      return entry && hashes.get(name) !== entry.hash;
    });
    for (const name of resolution.remove) context.workbook.worksheets.getItem(name).delete();
    if (names.includes(MARKER_SHEET)) {
      const old = context.workbook.worksheets.getItem(MARKER_SHEET);
      old.visibility = 'Hidden'; // a very hidden sheet cannot be deleted
      old.delete();
    }
    const plans = isPlans(input) ? renamePlans(input, resolution.names) : buildTargetsPlans(input, resolution.names);
    for (const plan of plans) {
      applyPlan(context.workbook.worksheets.add(plan.name), plan);
      await context.sync();
    }
    writeMarker(context, plans.map((p) => ({ key: p.key, sheet: p.name, hash: planHash(p) })));
    if (plans.length) context.workbook.worksheets.getItem(plans[plans.length - 1].name).activate();
    await context.sync();
    return { written: plans.map((p) => p.name), replaced: resolution.remove, renamed: resolution.renamed, edited };
  });
}
