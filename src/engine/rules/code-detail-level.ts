// Tables are detailed to the required level: in function tables every leaf row is a 项 (7 digits), in 表6 every leaf is a 款 (5 digits) — a parent with nothing under it hides what the money is for.
import { codeCellOf, codeTables, unitBlocks, CODE_TABLE_NUMBERS } from '../catalog/code-tables';
import { codeFormatProblem, digitsOfLevel, levelOfCode, type CodeLevel } from '../catalog/codes';
import { TABLE_NUMBER } from '../tables/model';
import { address } from '../workbook';
import type { Rule } from './rule';

/** Required depth of leaf rows: 1 = 类, 2 = 款, 3 = 项. A settings screen may lower (or raise) these. */
export interface DetailLevelOptions {
  function: CodeLevel;
  economic: 1 | 2;
}

/** 支出功能分类 to 项 (表2/3/5/8/9 titles say 按功能科目到项级); 经济分类 to 款 (表6 按经济科目到款级). */
export const DEFAULT_DETAIL_LEVEL: DetailLevelOptions = { function: 3, economic: 2 };

/** Codes that have at least one descendant among `codes` (by code, wherever the descendant sits). */
function codesWithChildren(codes: string[]): Set<string> {
  const parents = new Set<string>();
  for (const c of codes) for (let n = 3; n < c.length; n += 2) parents.add(c.slice(0, n));
  return parents;
}

export function makeCodeDetailLevel(options: DetailLevelOptions = DEFAULT_DETAIL_LEVEL): Rule {
  return {
    id: 'code-detail-level',
    description: '代码表须细化到规定级次：功能科目末级须到项级（7 位），经济科目末级须到款级（5 位）',
    severity: 'error',
    check(ctx, report) {
      const tables = codeTables(ctx.tables);
      if (!tables.length) return report.skip('table-missing', { tables: CODE_TABLE_NUMBERS });
      for (const { table, system } of tables) {
        const required = system === 'function' ? options.function : options.economic;
        // Blocks, because a table listing codes per unit restarts the hierarchy under each unit row.
        for (const rows of unitBlocks(table)) {
          const parents = codesWithChildren(rows.map((r) => r.code));
          for (const row of rows) {
            const level = levelOfCode(row.code);
            // A malformed code is code-format's to report, once.
            if (!level || codeFormatProblem(row.code, system) || level >= required || parents.has(row.code)) continue;
            const cell = codeCellOf(row);
            report({
              code: 'code-detail-level',
              table: table.kind,
              sheet: table.sheet,
              address: address(cell),
              cell,
              path: [TABLE_NUMBER[table.kind], row.code],
              params: { code: row.code, system, level, requiredLevel: required, digits: row.code.length, requiredDigits: digitsOfLevel(required) },
            });
          }
        }
      }
    },
  };
}

export const codeDetailLevel: Rule = makeCodeDetailLevel();
