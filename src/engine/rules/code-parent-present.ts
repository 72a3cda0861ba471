// Every 项 row's 款 and every 款 row's 类 is in the same table, above it: a table lists a parent before its children, and a missing parent row leaves the children's money without its subtotal.
import { classRow, codeCellOf, codeIndex, codeTables, CODE_TABLE_NUMBERS, type ClassRow, type CodeIndex } from '../catalog/code-tables';
import { TABLE_NUMBER, type Table } from '../tables/model';
import { address } from '../workbook';
import type { Reporter, Rule } from './rule';

function reportAt(report: Reporter, table: Table, row: ClassRow, code: string, params: Record<string, unknown>): void {
  const cell = codeCellOf(row);
  report({ code, table: table.kind, sheet: table.sheet, address: address(cell), cell, path: [TABLE_NUMBER[table.kind], row.code], params });
}

/** Per-block marks over code ids, reused across blocks: a mark counts only when it is the block's stamp. */
interface Marks {
  /** present[id] === stamp: the code has a row in the block; its first is row firstAt[id] of the index. */
  present: Int32Array;
  firstAt: Int32Array;
  /** reported[id] === stamp: the block's missing code was already reported. */
  reported: Int32Array;
  /** seen[id] === stamp: inOrder has passed a row of the code. */
  seen: Int32Array;
}

/**
 * Whether every well-formed row of block k has a row of its parent above it: then the block has
 * nothing to report (the parent's row was held to the same, so every ancestor is there, in order).
 * One pass, where checkBlock needs two: most blocks are in order.
 */
function inOrder(index: CodeIndex, k: number, seen: Int32Array): boolean {
  const { ids, parent, problem } = index;
  const stamp = k + 1;
  for (let i = index.blockStart[k]; i < index.blockStart[k + 1]; i++) {
    const id = ids[i];
    if (!problem[id] && parent[id] >= 0 && seen[parent[id]] !== stamp) return false;
    seen[id] = stamp;
  }
  return true;
}

/**
 * Block k of a table. A missing ancestor is reported once, at its first child: adding that one row
 * fixes every child. A present parent below its child is reported at the child; only the nearest
 * present ancestor is compared, since the ancestor's own position is checked on its own row.
 */
function checkBlock(report: Reporter, table: Table, index: CodeIndex, k: number, marks: Marks): void {
  const { ids, parent, problem, codes } = index;
  const { present, firstAt, reported } = marks;
  const stamp = k + 1;
  const start = index.blockStart[k];
  const end = index.blockStart[k + 1];
  for (let i = start; i < end; i++) {
    const id = ids[i];
    if (present[id] !== stamp) {
      present[id] = stamp;
      firstAt[id] = i;
    }
  }
  for (let i = start; i < end; i++) {
    const id = ids[i];
    // A malformed code is code-format's. A well-formed code's parent chain is its ancestors, nearest first.
    if (problem[id]) continue;
    const row = classRow(index, i);
    let nearest = -1;
    for (let p = parent[id]; p >= 0; p = parent[p]) {
      if (present[p] === stamp) {
        if (nearest < 0) nearest = p;
      } else if (reported[p] !== stamp) {
        reported[p] = stamp;
        reportAt(report, table, row, 'code-parent-missing', { code: row.code, parent: codes[p] });
      }
    }
    if (nearest < 0) continue;
    const parentRow = classRow(index, firstAt[nearest]);
    if (parentRow.row > row.row) {
      reportAt(report, table, row, 'code-parent-order', { code: row.code, parent: parentRow.code, parentAddress: address(codeCellOf(parentRow)) });
    }
  }
}

export const codeParentPresent: Rule = {
  id: 'code-parent-present',
  description: '每个项级科目的款级、每个款级科目的类级科目须在同一表中列出，且排在其下级之前',
  severity: 'error',
  check(ctx, report) {
    const tables = codeTables(ctx.tables);
    if (!tables.length) return report.skip('table-missing', { tables: CODE_TABLE_NUMBERS });
    for (const { table } of tables) {
      const index = codeIndex(table);
      const n = index.codes.length;
      const marks: Marks = { present: new Int32Array(n), firstAt: new Int32Array(n), reported: new Int32Array(n), seen: new Int32Array(n) };
      for (let k = 0; k + 1 < index.blockStart.length; k++) if (!inOrder(index, k, marks.seen)) checkBlock(report, table, index, k, marks);
    }
  },
};
