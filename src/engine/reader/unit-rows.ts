// Unit rows (单位编码) vs classification rows. In the seed's 表5, "209 咸宁市经济和信息化局" and
// "209001 咸宁市经济和信息化局本级" are the department and its unit, not class 209 社会保险基金支出, so digits
// alone cannot decide.
//
// The heuristic, per coded row:
//  - a code that is not 3, 5 or 7 digits long (209001) cannot be a classification: it is a unit row,
//    unless its name reads like a catalog entry (…支出, …事务, 行政运行…), which makes it a malformed code;
//  - a 3/5/7-digit code whose name reads like a catalog entry, or that a child classification code
//    follows (209 → 20901), is a classification row;
//  - otherwise it is a unit row when a longer unit code extending it follows (209 → 209001), or when
//    its name looks like an organisation (…局, …中心, …部门, …本级) and no classification row has been
//    seen yet (unit rows come right after 合计).
// Everything else with a code is a classification row; its level comes from its length.
import type { CodeRow } from '../tables/model';
import { CATALOG_NAME, ORG_NAME } from './aliases';
import { norm } from './text';

const ORG = new RegExp(ORG_NAME);
const CATALOG = new RegExp(CATALOG_NAME);
const LEVELS: Record<number, 1 | 2 | 3> = { 3: 1, 5: 2, 7: 3 };

/** Sets kind 'unit' or the level of every coded row, in place. Rows are in sheet order. */
export function classifyCodedRows(rows: CodeRow[]): void {
  // The next coded row after each row, found in one backward pass so the whole step stays linear.
  const next: (string | undefined)[] = new Array(rows.length);
  let following: string | undefined;
  for (let i = rows.length - 1; i >= 0; i--) {
    next[i] = following;
    if (rows[i].code && rows[i].kind !== 'total') following = rows[i].code;
  }
  let classSeen = false;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (row.kind !== 'code' || !row.code) continue;
    if (isUnitRow(row.code, row.name, next[i], classSeen)) {
      row.kind = 'unit';
      row.level = undefined;
    } else {
      row.level = LEVELS[row.code.length];
      classSeen = true;
    }
  }
  assignUnitBlocks(rows);
}

/** Each row below a unit row belongs to that unit's block (CodeRow.unit); rows above any unit row have none. */
function assignUnitBlocks(rows: CodeRow[]): void {
  let current: string | undefined;
  // Indexed loops over the rows here and in other one-pass functions: until V8 optimises a loop,
  // for...of makes an iterator result per element, 300,000 of them on a large table.
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (row.kind === 'unit') current = row.code;
    if (current !== undefined) row.unit = current;
  }
}

export function isUnitRow(code: string, rawName: string, nextCode: string | undefined, classSeen: boolean): boolean {
  const extendsCode = nextCode !== undefined && nextCode.length > code.length && nextCode.startsWith(code);
  const unitFollows = extendsCode && !LEVELS[nextCode.length];
  const isClassLength = LEVELS[code.length] !== undefined;
  // Past the unit rows a classification-length code is decided without reading its name: this keeps
  // the per-row cost of long tables to a few comparisons.
  if (isClassLength && classSeen && !unitFollows) return false;
  const name = norm(rawName);
  const catalogLike = CATALOG.test(name);
  if (!isClassLength) return !catalogLike;
  if (catalogLike || (extendsCode && nextCode.length === code.length + 2)) return false;
  return unitFollows || (!classSeen && ORG.test(name));
}
