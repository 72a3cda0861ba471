// Applies the targets sheet plans to a workbook with exceljs: replaces the sheets an earlier run generated
// (listed in the very hidden marker sheet) and never touches a sheet it did not generate.
import ExcelJS from 'exceljs';
import { buildTargetsPlans, planHash, wantedSheets, type LayoutInput, type SheetPlan } from '../engine/targets/layout';
import { MARKER_SHEET, markerRows, readMarker, valuesHash, type MarkerEntry } from '../engine/targets/marker';
import { resolveSheetNames, type NamePlan } from '../engine/targets/names';
import type { CellValue } from '../engine/workbook';
import { a1 } from '../engine/workbook';

export interface TargetsWriteReport {
  /** The generated sheets, in order, with the names they got. */
  sheets: { key: string; name: string }[];
  /** Generated sheets of an earlier run that were replaced or dropped. */
  replaced: string[];
  renamed: NamePlan['renamed'];
  /** Generated sheets someone had edited since they were generated (their edits are gone). */
  edited: string[];
}

const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };

function plainText(v: ExcelJS.CellValue): string | number | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string') return v;
  if (typeof v === 'boolean') return String(v);
  if (v instanceof Date) return v.toISOString();
  if ('richText' in v) return v.richText.map((t) => t.text).join('');
  if ('text' in v) return String(v.text);
  if ('result' in v) return plainText(v.result as ExcelJS.CellValue);
  return null;
}

/** The same hash the plan had when written, computed from what the sheet holds now. */
export function sheetHash(ws: ExcelJS.Worksheet): string {
  const cells: { row: number; col: number; value: string | number | null }[] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) =>
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (cell.type !== ExcelJS.ValueType.Merge) cells.push({ row: r - 1, col: c - 1, value: plainText(cell.value) });
    }),
  );
  return valuesHash(cells);
}

function sheetValues(ws: ExcelJS.Worksheet): CellValue[][] {
  const out: CellValue[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    out[r - 1] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => (out[r - 1][c - 1] = plainText(cell.value)));
  });
  return out.map((r) => r ?? []);
}

function styleCell(cell: ExcelJS.Cell, plan: SheetPlan, style: string): void {
  const s = plan.styles[style] ?? {};
  cell.font = { name: s.font, size: s.size, bold: s.bold, italic: s.italic };
  cell.alignment = { horizontal: s.hAlign, vertical: s.vAlign, wrapText: s.wrap };
  if (s.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${s.fill}` } };
  if (s.numFmt) cell.numFmt = s.numFmt;
}

export function applyPlan(ws: ExcelJS.Worksheet, plan: SheetPlan): void {
  plan.colWidths.forEach((w, c) => (ws.getColumn(c + 1).width = w));
  for (const pc of plan.cells) {
    const cell = ws.getCell(pc.row + 1, pc.col + 1);
    if (pc.value !== null) {
      cell.value = pc.link ? { text: String(pc.value), hyperlink: `#'${pc.link.replace(/'/g, "''")}'!A1` } : pc.value;
    }
    styleCell(cell, plan, pc.style);
  }
  for (const m of plan.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  for (const b of plan.borders) {
    for (let r = b.top; r <= b.bottom; r++) {
      for (let c = b.left; c <= b.right; c++) ws.getCell(r + 1, c + 1).border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
    }
  }
  for (const [row, h] of Object.entries(plan.rowHeights)) ws.getRow(Number(row) + 1).height = h;
  const p = plan.printArea;
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9, // A4
    orientation: plan.page.orientation,
    fitToPage: true,
    fitToWidth: plan.page.fitToWidth,
    fitToHeight: plan.page.fitToHeight,
    horizontalCentered: true,
    margins: { ...plan.page.margins, header: 0.3, footer: 0.3 },
    printArea: `${a1(p.top, p.left)}:${a1(p.bottom, p.right)}`,
  };
  ws.headerFooter.oddFooter = '&C第 &P 页，共 &N 页';
  ws.views = [{ showGridLines: false }];
}

/** Adds or replaces the generated sheets in `wb`; other sheets keep their content and names. */
export function applyTargetsPlans(wb: ExcelJS.Workbook, layout: LayoutInput): TargetsWriteReport {
  const markerSheet = wb.getWorksheet(MARKER_SHEET);
  const marker: MarkerEntry[] = markerSheet ? readMarker(sheetValues(markerSheet)) : [];
  const resolution = resolveSheetNames(wantedSheets(layout.projects), wb.worksheets.map((ws) => ws.name), marker);
  const edited = resolution.remove.filter((name) => {
    const entry = marker.find((e) => e.sheet.toLowerCase() === name.toLowerCase());
    return entry && sheetHash(wb.getWorksheet(name)!) !== entry.hash;
  });
  for (const name of [...resolution.remove, ...(markerSheet ? [MARKER_SHEET] : [])]) wb.removeWorksheet(wb.getWorksheet(name)!.id);
  const plans = buildTargetsPlans(layout, resolution.names);
  for (const plan of plans) applyPlan(wb.addWorksheet(plan.name), plan);
  const entries = plans.map((p) => ({ key: p.key, sheet: p.name, hash: planHash(p) }));
  const markerWs = wb.addWorksheet(MARKER_SHEET, { state: 'veryHidden' });
  markerRows(entries).forEach((row) => markerWs.addRow(row));
  return { sheets: plans.map((p) => ({ key: p.key, name: p.name })), replaced: resolution.remove, renamed: resolution.renamed, edited };
}

/** IN (or a new workbook) plus the generated sheets, as .xlsx bytes. */
export async function writeTargetsWorkbook(
  input: Uint8Array | ArrayBuffer | undefined,
  layout: LayoutInput,
): Promise<{ bytes: Uint8Array; report: TargetsWriteReport }> {
  const wb = new ExcelJS.Workbook();
  if (input) await wb.xlsx.load((input instanceof Uint8Array ? input : new Uint8Array(input)) as unknown as ExcelJS.Buffer);
  const report = applyTargetsPlans(wb, layout);
  const buffer = await wb.xlsx.writeBuffer();
  return { bytes: new Uint8Array(buffer as ArrayBuffer), report };
}
