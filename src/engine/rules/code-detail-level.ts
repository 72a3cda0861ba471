// Tables are detailed to the required level: in function tables every leaf row is a 项 (7 digits), in 表6 every leaf is a 款 (5 digits) — a parent with nothing under it hides what the money is for.
import { classRow, codeCellOf, codeIndex, codeTables, CODE_TABLE_NUMBERS, type CodeIndex } from '../catalog/code-tables';
import { digitsOfLevel, levelOfCode, type CodeLevel } from '../catalog/codes';
import { TABLE_NUMBER, type Table } from '../tables/model';
import { address } from '../workbook';
import type { Reporter, Rule } from './rule';

/** Required depth of leaf rows: 1 = 类, 2 = 款, 3 = 项. A settings screen may lower (or raise) these. */
export interface DetailLevelOptions {
  function: CodeLevel;
  economic: 1 | 2;
}

/** 支出功能分类 to 项 (表2/3/5/8/9 titles say 按功能科目到项级); 经济分类 to 款 (表6 按经济科目到款级). */
export const DEFAULT_DETAIL_LEVEL: DetailLevelOptions = { function: 3, economic: 2 };

/**
 * Rows whose code is short of the required level and would be a leaf unless something below it is
 * listed. A malformed code is code-format's to report, once, so it is never one of these.
 */
function shortCodes(index: CodeIndex, required: CodeLevel): Uint8Array {
  const short = new Uint8Array(index.rowCodes);
  for (let id = 0; id < index.rowCodes; id++) {
    const level = levelOfCode(index.codes[id]);
    if (level && level < required && !index.problem[id]) short[id] = 1;
  }
  return short;
}

function checkTable(report: Reporter, table: Table, required: CodeLevel): void {
  const index = codeIndex(table);
  const { ids, parent, blockStart } = index;
  const short = shortCodes(index, required);
  if (!short.includes(1)) return;
  // hasChild[id] === k + 1: in block k some code sits below id (by code, wherever it is written).
  // Blocks, because a table listing codes per unit restarts the hierarchy under each unit row.
  const hasChild = new Int32Array(index.codes.length);
  for (let k = 0; k + 1 < blockStart.length; k++) {
    const stamp = k + 1;
    const end = blockStart[k + 1];
    for (let i = blockStart[k]; i < end; i++) {
      // Marked ancestors were marked with all of theirs: stop there.
      for (let p = parent[ids[i]]; p >= 0 && hasChild[p] !== stamp; p = parent[p]) hasChild[p] = stamp;
    }
    for (let i = blockStart[k]; i < end; i++) {
      const id = ids[i];
      if (!short[id] || hasChild[id] === stamp) continue;
      const row = classRow(index, i);
      const cell = codeCellOf(row);
      report({
        code: 'code-detail-level',
        table: table.kind,
        sheet: table.sheet,
        address: address(cell),
        cell,
        path: [TABLE_NUMBER[table.kind], row.code],
        params: { code: row.code, system: index.system, level: levelOfCode(row.code), requiredLevel: required, digits: row.code.length, requiredDigits: digitsOfLevel(required) },
      });
    }
  }
}

export function makeCodeDetailLevel(options: DetailLevelOptions = DEFAULT_DETAIL_LEVEL): Rule {
  return {
    id: 'code-detail-level',
    description: '代码表须细化到规定级次：功能科目末级须到项级（7 位），经济科目末级须到款级（5 位）',
    severity: 'error',
    check(ctx, report) {
      const tables = codeTables(ctx.tables);
      if (!tables.length) return report.skip('table-missing', { tables: CODE_TABLE_NUMBERS });
      for (const { table, system } of tables) checkTable(report, table, system === 'function' ? options.function : options.economic);
    },
  };
}

export const codeDetailLevel: Rule = makeCodeDetailLevel();
