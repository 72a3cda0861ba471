// Takes the user to a finding: activates its sheet and selects its cell(s).
import type { CellRef } from '../engine/workbook';
import { a1 } from '../engine/workbook';
import { apiSupported, excelRun } from './run';

/**
 * Selects the cells on the first cell's sheet (a selection cannot span sheets; cells elsewhere are
 * left out). Several cells need RangeAreas (ExcelApi 1.9); an older host selects the first cell.
 */
export async function selectCells(cells: CellRef[]): Promise<void> {
  if (!cells.length) return;
  const sheetName = cells[0].sheet;
  const addresses = [...new Set(cells.filter((c) => c.sheet === sheetName).map((c) => a1(c.row, c.col)))];
  await excelRun(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheetName);
    ws.activate();
    if (addresses.length > 1 && apiSupported('1.9')) ws.getRanges(addresses.join(',')).select();
    else ws.getRange(addresses[0]).select();
    await context.sync();
  });
}
