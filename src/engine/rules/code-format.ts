// A classification code has the digits its system allows: function codes 3/5/7 (类/款/项) starting with 2, economic codes 3/5 (表6 stops at 款) starting with 3 (部门) or 5 (政府).
import { classRow, codeCellOf, codeIndex, codeTables, CODE_TABLE_NUMBERS } from '../catalog/code-tables';
import { CODE_LENGTHS, FIRST_DIGIT } from '../catalog/codes';
import { TABLE_NUMBER } from '../tables/model';
import { address } from '../workbook';
import type { Rule } from './rule';

export const codeFormat: Rule = {
  id: 'code-format',
  description: '科目编码位数和首位须符合分类体系：功能科目 3/5/7 位、2 开头；经济科目 3/5 位（到款级）、部门经济 3 开头、政府经济 5 开头',
  severity: 'error',
  check(ctx, report) {
    const tables = codeTables(ctx.tables);
    if (!tables.length) return report.skip('table-missing', { tables: CODE_TABLE_NUMBERS });
    for (const { table, system } of tables) {
      // The index judged each distinct code once; a table of well-formed codes needs no pass over its rows.
      const index = codeIndex(table);
      const { ids, problem } = index;
      if (!index.anyProblem) continue;
      for (let i = 0; i < ids.length; i++) {
        const reason = problem[ids[i]];
        if (!reason) continue;
        const row = classRow(index, i);
        const cell = codeCellOf(row);
        report({
          code: 'code-format',
          table: table.kind,
          sheet: table.sheet,
          address: address(cell),
          cell,
          path: [TABLE_NUMBER[table.kind], row.code],
          params: { code: row.code, system, reason, lengths: [...CODE_LENGTHS[system]], firstDigit: FIRST_DIGIT[system] },
        });
      }
    }
  },
};
