// Which years in the text are budget years: only headings, "2022 年预算", "2022 年度" and "比 2021 年".
import type { NumberToken } from './types';

/** A year followed by a month is a date; 截至 a date is a snapshot (截至 2021 年 12 月 31 日 is right in 2022). */
const SNAPSHOT_BEFORE = /(截至|截止|截止到|截至到|至)\s*$/;
const PRIOR_BEFORE = /(比|较|与|同|对比|相比)\s*$/;
const CLAUSE_END = /[，,。；;：:\t、！？!?]/;

/**
 * The role of a year token in `text`, or undefined when it is not a budget or comparison year
 * (a date, a snapshot, a year that only opens a sentence such as "2022 年，全市…").
 */
export function yearRole(text: string, t: NumberToken, inHeading: boolean): 'budget' | 'prior' | undefined {
  if (t.kind !== 'year' || t.date) return undefined;
  const before = text.slice(Math.max(0, t.start - 6), t.start);
  if (SNAPSHOT_BEFORE.test(before)) return undefined;
  if (PRIOR_BEFORE.test(before)) return 'prior';
  if (inHeading) return 'budget';
  const after = text.slice(t.end);
  if (/^\s*度/.test(after)) return 'budget';
  const clause = after.split(CLAUSE_END)[0];
  return clause.includes('预算') ? 'budget' : undefined;
}
