// Takes the user to a finding: activates its sheet and selects its cell(s).
import { a1Range, type CellRange } from '../engine/workbook';
import { apiSupported, excelRun } from './run';

/**
 * Selects the cells and ranges on the first one's sheet (a selection cannot span sheets; areas
 * elsewhere are left out). Several areas need RangeAreas (ExcelApi 1.9); an older host selects the first.
 */
export async function selectCells(areas: CellRange[]): Promise<void> {
  if (!areas.length) return;
  const sheetName = areas[0].sheet;
  const addresses = [...new Set(areas.filter((r) => r.sheet === sheetName).map(a1Range))];
  await excelRun(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheetName);
    ws.activate();
    if (addresses.length > 1 && apiSupported('1.9')) ws.getRanges(addresses.join(',')).select();
    else ws.getRange(addresses[0]).select();
    await context.sync();
  });
}
