// The budget year from titles ("2022 年部门预算"), never from dates such as "截至2021年12月31日".
import { norm } from './text';

const YEAR = /(?<!\d)(20\d{2})(?!\d)/g;
const DATE_BEFORE = /(?:截至|截止|至|到)$/;
const DATE_AFTER = /^年\d{1,2}月/;

/** Budget years written in a text, without the years of dates. */
export function yearsIn(text: string): number[] {
  const folded = norm(text);
  const out: number[] = [];
  for (const m of folded.matchAll(YEAR)) {
    const at = m.index ?? 0;
    if (DATE_BEFORE.test(folded.slice(Math.max(0, at - 2), at))) continue;
    if (DATE_AFTER.test(folded.slice(at + 4, at + 10))) continue;
    out.push(Number(m[1]));
  }
  return out;
}

/**
 * The most common year of the first tier of texts that names any (table titles and sheet names, then
 * the workbook's name, then other headings); ties go to the year seen first.
 */
export function budgetYear(tiers: string[][]): number | undefined {
  for (const texts of tiers) {
    const counts = new Map<number, number>();
    for (const t of texts) for (const y of yearsIn(t)) counts.set(y, (counts.get(y) ?? 0) + 1);
    let best: number | undefined;
    for (const [y, n] of counts) if (best === undefined || n > counts.get(best)!) best = y;
    if (best !== undefined) return best;
  }
  return undefined;
}
