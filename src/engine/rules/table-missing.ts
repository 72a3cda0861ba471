// Completeness: every disclosure publishes the eight standard tables (表9 国有资本经营 only where it applies).
import { REQUIRED_TABLES, TABLE_NUMBER, type TableKind } from '../tables/model';
import type { Rule } from './rule';

/** The standard titles, for the finding's params (messages name the table in their own locale). */
export const STANDARD_TITLES: Record<TableKind, string> = {
  summary: '部门收支总表',
  income: '部门收入总表',
  expenditure: '部门支出总表',
  fiscal: '财政拨款收支总表',
  general: '一般公共预算支出表',
  basic: '一般公共预算基本支出表',
  threePublic: '一般公共预算“三公”经费支出表',
  fund: '政府性基金预算支出表',
  stateCapital: '国有资本经营预算支出表',
};

export const tableMissing: Rule = {
  id: 'table-missing',
  description: '部门预算公开应包含八张标准表，缺表即报错',
  severity: 'error',
  check(ctx, report) {
    for (const kind of REQUIRED_TABLES) {
      if (ctx.tables[kind]) continue;
      // No sheet holds the table, so there is no cell to point at: the path names the table.
      report({ code: 'table-missing', table: kind, path: [TABLE_NUMBER[kind]], params: { table: TABLE_NUMBER[kind], title: STANDARD_TITLES[kind] } });
    }
  },
};
