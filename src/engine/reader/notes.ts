// 注/备注 lines of a table ("注：2022 年咸宁市经信局无相关政府性基金预算"): they explain an empty table or
// what a table covers, so rules read them; they are never data rows.
import type { Note } from '../tables/model';
import { cellText, type CellValue } from '../workbook';
import { isBlankValue, norm } from './text';

const NOTE_PREFIX = /^(?:注|备注|附注|说明)\d*[:、]|^注\d+[.]/;
// A note without its prefix: a sentence saying the table has nothing ("本部门无政府性基金预算").
const NO_DATA = /无.{0,30}(?:预算|数据|收支|支出|收入|经费)|(?:空表|此表为空)/;

/** The note a row holds, or undefined: one text cell that starts 注：/备注：/说明：, or says 无…预算. */
export function noteOfRow(row: CellValue[], sheet: string, r: number): Note | undefined {
  let col = -1;
  let count = 0;
  for (let c = 0; c < row.length; c++) {
    const v = row[c];
    if (isBlankValue(v)) continue;
    if (typeof v !== 'string') return undefined;
    if (col < 0) col = c;
    count++;
  }
  if (col < 0) return undefined;
  const text = cellText(row[col]);
  const folded = norm(text);
  if (NOTE_PREFIX.test(folded) || (count === 1 && folded.length >= 4 && NO_DATA.test(folded))) {
    return { text, cell: { sheet, row: r, col } };
  }
  return undefined;
}
