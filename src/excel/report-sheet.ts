// "导出报告": the findings written to the sheet 校验报告, one row per finding with a link to its cell.
// A sheet of that name the add-in did not write (its A1 is not our title) is never touched.
import type { Acceptance, Finding } from '../engine/findings';
import type { Locale } from '../engine/messages';
import { columnLetter } from '../engine/workbook';
import { REPORT_SHEET } from './own-sheets';
import { REPORT_COLUMN_WIDTHS, REPORT_TITLES, reportSheetData } from './report-rows';
import { excelRun } from './run';
import { sheetNames } from './store';

const ROWS_PER_REQUEST = 2000;
const FIRST_DATA_ROW = 4;
const HEADER_FILL = '#D9E1F2';
/** Excel's column width is in points; a character of the default font is about 7 pixels (5.25 pt). */
const POINTS_PER_CHAR = 5.25;

const isReportName = (n: string) => n === REPORT_SHEET || /^校验报告 \(\d+\)$/.test(n);

/** The sheet to write: one we wrote before, else the first free name 校验报告, 校验报告 (2)… */
async function reportSheetName(context: Excel.RequestContext): Promise<{ name: string; exists: boolean }> {
  const names = await sheetNames(context);
  const candidates = names.filter(isReportName).map((n) => ({ n, a1: context.workbook.worksheets.getItem(n).getRange('A1').load('values') }));
  if (candidates.length) await context.sync();
  const titles = new Set(Object.values(REPORT_TITLES));
  const ours = candidates.find((c) => titles.has(String(c.a1.values[0][0])));
  if (ours) return { name: ours.n, exists: true };
  const taken = new Set(names.map((n) => n.toLowerCase()));
  let name = REPORT_SHEET;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${REPORT_SHEET} (${n})`;
  return { name, exists: false };
}

export async function writeReportSheet(findings: Finding[], acceptances: Acceptance[], locale: Locale = 'zh-CN'): Promise<string> {
  const data = reportSheetData(findings, acceptances, locale);
  const width = data.header.length;
  const last = columnLetter(width - 1);
  return excelRun(async (context) => {
    const { name, exists } = await reportSheetName(context);
    const ws = exists ? context.workbook.worksheets.getItem(name) : context.workbook.worksheets.add(name);
    if (exists) {
      ws.freezePanes.unfreeze();
      ws.getRange().clear();
    }
    // Values first — number formats that decide how a value is read (text stays text) go with them.
    const head = ws.getRange(`A1:${last}3`);
    head.numberFormat = [Array(width).fill('@'), Array(width).fill('@'), Array(width).fill('@')];
    head.values = [[data.title, ...Array(width - 1).fill('')], [data.summary, ...Array(width - 1).fill('')], data.header];
    for (let start = 0; start < data.rows.length; start += ROWS_PER_REQUEST) {
      const rows = data.rows.slice(start, start + ROWS_PER_REQUEST);
      const range = ws.getRange(`A${FIRST_DATA_ROW + start}:${last}${FIRST_DATA_ROW + start + rows.length - 1}`);
      range.numberFormat = data.formats.slice(start, start + rows.length);
      range.formulas = rows;
      if (start + ROWS_PER_REQUEST < data.rows.length) await context.sync();
    }
    // Then the look, in a few whole-range calls.
    ws.getRange('A1').format.font.set({ bold: true, size: 14 });
    const header = ws.getRange(`A3:${last}3`);
    header.format.font.bold = true;
    header.format.fill.color = HEADER_FILL;
    REPORT_COLUMN_WIDTHS.forEach((w, c) => (ws.getRange(`${columnLetter(c)}:${columnLetter(c)}`).format.columnWidth = w * POINTS_PER_CHAR));
    if (data.rows.length) ws.getRange(`E${FIRST_DATA_ROW}:E${FIRST_DATA_ROW + data.rows.length - 1}`).format.wrapText = true;
    ws.freezePanes.freezeRows(3);
    ws.activate();
    await context.sync();
    return name;
  });
}
