// Completeness: every disclosure publishes the eight standard tables (表9 国有资本经营 only where it applies).
import { REQUIRED_TABLES, TABLE_NUMBER, TABLE_TITLES } from '../tables/model';
import type { Rule } from './rule';

export const tableMissing: Rule = {
  id: 'table-missing',
  description: '部门预算公开应包含八张标准表，缺表即报错',
  severity: 'error',
  check(ctx, report) {
    for (const kind of REQUIRED_TABLES) {
      if (ctx.tables[kind]) continue;
      // No sheet holds the table, so there is no cell to point at: the path names the table.
      report({ code: 'table-missing', table: kind, path: [TABLE_NUMBER[kind]], params: { table: TABLE_NUMBER[kind], title: TABLE_TITLES[kind] } });
    }
  },
};
