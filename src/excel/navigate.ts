// Takes the user to a finding: activates its sheet and selects its cell(s).
import type { CellRef } from '../engine/workbook';
import { a1 } from '../engine/workbook';
import { toHostError } from './errors';

export async function selectCells(cells: CellRef[]): Promise<void> {
  if (!cells.length) return;
  const sheetName = cells[0].sheet;
  const addresses = cells.filter((c) => c.sheet === sheetName).map((c) => a1(c.row, c.col));
  try {
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheetName);
      ws.activate();
      ws.getRanges(addresses.join(',')).select();
      await context.sync();
    });
  } catch (e) {
    throw toHostError(e);
  }
}
