// A table's note must agree with it: no "无…预算/本表无数据" on a table with amounts, no other budget named.
import type { ItemKey } from '../tables/items';
import { TABLE_KINDS, TABLE_NUMBER, type ColumnKey, type Note, type Table } from '../tables/model';
import { address } from '../workbook';
import type { Reporter, Rule } from './rule';
import { BUDGET_LABELS, SINGLE_BUDGET_TABLES, TABLE_BUDGETS, emptyClaim, hasAmounts, type BudgetKind } from './table-empty-note';

/** Where tables covering several budgets show one of them: a 表1/表4 item or a 表2 income column. */
const BUDGET_SLICES: Partial<Record<BudgetKind, { item: ItemKey; column: ColumnKey }>> = {
  general: { item: 'in.general', column: 'generalGrant' },
  fund: { item: 'in.fund', column: 'fundGrant' },
  capital: { item: 'in.capital', column: 'capitalGrant' },
  social: { item: 'in.social', column: 'socialGrant' },
};

/** Whether the table shows amounts for any of these budgets; unknown when it has no place for them. */
function sliceHasAmounts(t: Table, kinds: readonly BudgetKind[]): boolean {
  return kinds.some((k) => {
    const slice = BUDGET_SLICES[k];
    if (!slice) return false;
    const item = t.items.find((i) => i.key === slice.item);
    return (item?.amount?.fen ?? 0) !== 0 || t.rows.some((r) => (r.values[slice.column]?.fen ?? 0) !== 0);
  });
}

function noteFinding(report: Reporter, t: Table, note: Note, i: number, code: string, params: Record<string, unknown>): void {
  report({
    code,
    table: t.kind,
    sheet: note.cell.sheet,
    address: address(note.cell),
    cell: note.cell,
    path: [TABLE_NUMBER[t.kind], 'notes', i],
    params: { table: TABLE_NUMBER[t.kind], note: note.text, ...params },
  });
}

function checkNote(report: Reporter, t: Table, note: Note, i: number): void {
  const claim = emptyClaim(note.text);
  if (!claim) return;
  const own = TABLE_BUDGETS[t.kind];
  const single = SINGLE_BUDGET_TABLES.includes(t.kind);
  if (single && claim.kinds.length && !claim.kinds.some((k) => own.includes(k))) {
    const named = claim.kinds.map((k) => BUDGET_LABELS[k]);
    return noteFinding(report, t, note, i, 'note-names-other-budget', { named, expected: own.map((k) => BUDGET_LABELS[k]) });
  }
  // A claim about one item ("无因公出国（境）费用预算") is not checked here.
  if (!claim.kinds.length && !claim.wholeTable) return;
  // On a table of several budgets, "无政府性基金预算" speaks of that budget's line only.
  const contradicted = single || claim.wholeTable ? hasAmounts(t) : sliceHasAmounts(t, claim.kinds);
  if (contradicted) noteFinding(report, t, note, i, 'note-says-empty', { named: claim.kinds.map((k) => BUDGET_LABELS[k]) });
}

export const tableNoteAgrees: Rule = {
  id: 'table-note-agrees',
  description: '表注应与表一致：有数据的表不应注明“无…预算/无数据”，注明的预算种类应与本表相符',
  severity: 'warning',
  check(ctx, report) {
    for (const kind of TABLE_KINDS) {
      const t = ctx.tables[kind];
      t?.notes.forEach((note, i) => checkNote(report, t, note, i));
    }
  },
};
