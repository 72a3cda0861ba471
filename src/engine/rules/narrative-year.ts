// The budget year in the narrative's headings and sentences is the workbook's year (比 X 年: the year before).
import type { Tables } from '../tables/model';
import { analysisOf, findingAt } from '../narrative/context';
import type { Analysis } from '../narrative/types';
import type { Rule, RuleContext } from './rule';

/** A year that most table titles state ("2022 年部门收支总表"). */
function titleYear(tables: Tables): number | undefined {
  return majority(Object.values(tables).flatMap((t) => /((?:19|20)\d\d)\s*年/.exec(t?.title ?? '')?.[1] ?? []).map(Number));
}

/** The most frequent value, when one value is more frequent than every other. */
function majority(values: number[]): number | undefined {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  const ranked = [...counts].sort((x, y) => y[1] - x[1]);
  if (!ranked.length || (ranked.length > 1 && ranked[0][1] === ranked[1][1])) return undefined;
  return ranked[0][0];
}

/** The majority budget year of the headings, else of all sentences that state one. */
function yearOfText(a: Analysis): { year?: number; source: 'headings' | 'text' } {
  const budgetYears = a.claims.filter((c) => c.kind === 'year' && c.yearRole === 'budget');
  const inHeadings = majority(budgetYears.filter((c) => a.sentences[c.sentence].heading).map((c) => Number(c.value!.text)));
  if (inHeadings !== undefined) return { year: inHeadings, source: 'headings' };
  return { year: majority(budgetYears.map((c) => Number(c.value!.text))), source: 'text' };
}

export const narrativeYear: Rule = {
  id: 'narrative-year',
  description: '说明标题和正文中的预算年度与工作簿的年度一致（“比某年”为上一年度）',
  severity: 'error',
  check(ctx, report) {
    if (!ctx.narrative.length) return report.skip('no-narrative');
    const a = analysisOf(ctx);
    const fromWorkbook = ctx.year ?? titleYear(ctx.tables);
    const fromText = yearOfText(a);
    const year = fromWorkbook ?? fromText.year;
    if (year === undefined) return report.skip('narrative-year-unknown');
    const yearSource = fromWorkbook !== undefined ? 'workbook' : fromText.source;
    for (const c of a.claims) {
      if (c.kind !== 'year') continue;
      const claimed = Number(c.value!.text);
      const expected = c.yearRole === 'prior' ? year - 1 : year;
      if (claimed === expected) continue;
      const { where, params } = findingAt(a, c);
      report({
        code: 'narrative-year-mismatch',
        ...where,
        path: [...where.path.slice(0, -1), c.yearRole === 'prior' ? '上年' : '年度'],
        // Years are not amounts: no expected/actual, which reports format as money.
        params: { ...params, claimed, expectedYear: expected, role: c.yearRole, yearSource },
      });
    }
  },
};
