// A table with no amounts must say why: a note (无…预算 / 本表无数据) or the narrative (无政府性基金预算).
// Also home of what notes and narrative sentences say about a kind of budget being empty, which
// table-note-agrees reads too.
import { toHalfWidth } from '../money';
import { TABLE_KINDS, TABLE_NUMBER, type Table, type TableKind } from '../tables/model';
import { address } from '../workbook';
import type { NarrativeParagraph, Rule } from './rule';

export type BudgetKind = 'general' | 'fund' | 'capital' | 'social' | 'threePublic' | 'fiscal';

/** How a kind of budget is named in notes and in the narrative. */
const KIND_WORDS: Record<BudgetKind, RegExp> = {
  general: /一般公共预算/,
  fund: /政府性基金/,
  capital: /国有资本经营/,
  social: /社保基金|社会保险基金/,
  threePublic: /三公/,
  fiscal: /财政拨款/,
};

/** zh-CN names of the budget kinds, for finding params. */
export const BUDGET_LABELS: Record<BudgetKind, string> = {
  general: '一般公共预算',
  fund: '政府性基金预算',
  capital: '国有资本经营预算',
  social: '社保基金',
  threePublic: '“三公”经费',
  fiscal: '财政拨款',
};

/** The budgets a table reports. 表1–表3 cover every kind of money; 表4 only appropriations. */
export const TABLE_BUDGETS: Record<TableKind, readonly BudgetKind[]> = {
  summary: ['general', 'fund', 'capital', 'social', 'threePublic', 'fiscal'],
  income: ['general', 'fund', 'capital', 'social', 'threePublic', 'fiscal'],
  expenditure: ['general', 'fund', 'capital', 'social', 'threePublic', 'fiscal'],
  fiscal: ['fiscal', 'general', 'fund', 'capital'],
  general: ['general'],
  basic: ['general'],
  threePublic: ['threePublic', 'general'],
  fund: ['fund'],
  stateCapital: ['capital'],
};

/** Tables that report a single kind of budget: a note naming another kind is about something else. */
export const SINGLE_BUDGET_TABLES: readonly TableKind[] = ['general', 'basic', 'threePublic', 'fund', 'stateCapital'];

// A clause: no sentence or clause punctuation inside, so "无" and the budget word belong together.
const CLAUSE = '[^。；;，,！!？?\\n]';
/** "无相关政府性基金预算", "没有国有资本经营预算支出", "不涉及…", "未安排…". */
const NONE_OF = new RegExp(`(?:无|没有|未安排|不涉及)(${CLAUSE}{0,20}?)(?:预算|支出|经费|收入|资金|拨款|数据)`);
/** "政府性基金预算支出为 0", "…为零". */
const IS_ZERO = new RegExp(`(${CLAUSE}{0,20}?)(?:预算|支出|经费|收入)${CLAUSE}{0,6}?为\\s*(?:0(?:\\.0+)?|零)\\s*(?:万元|元)?(?![.\\d%])`);
/** Notes that say the table itself is empty, with no budget named. */
const TABLE_EMPTY = /本表无|空表|表为空|无数据|无相关数据|无此项/;

export interface EmptyClaim {
  /** The budget kinds the claim names ("无相关政府性基金预算" → fund). */
  kinds: BudgetKind[];
  /** The claim is about the table as a whole ("本表无数据", "无相关预算"), not a budget or an item. */
  wholeTable: boolean;
}

function kindsIn(text: string): BudgetKind[] {
  return (Object.keys(KIND_WORDS) as BudgetKind[]).filter((k) => KIND_WORDS[k].test(text));
}

/** Words between 无 and 预算 that name nothing: "无相关预算" is about the table's own budget. */
const FILLER = /^(?:相关|此项|该项|此类|任何|本年度?|该|此|的)*$/;

/**
 * Whether a text says something has no money, and what: named budgets, the whole table, or neither
 * (e.g. "无因公出国（境）费用预算" is about one item).
 */
export function emptyClaim(text: string): EmptyClaim | undefined {
  const t = toHalfWidth(text).replace(/\s+/g, '');
  const none = NONE_OF.exec(t);
  const m = none ?? IS_ZERO.exec(t);
  if (m) {
    const kinds = kindsIn(m[0]);
    return { kinds, wholeTable: !kinds.length && none !== null && FILLER.test(none[1]) };
  }
  return TABLE_EMPTY.test(t) ? { kinds: [], wholeTable: true } : undefined;
}

/** A table has amounts when any value is not 0 (blank cells are 0). */
export function hasAmounts(t: Table): boolean {
  return t.rows.some((r) => Object.values(r.values).some((a) => a !== undefined && a.fen !== 0)) || t.items.some((i) => (i.amount?.fen ?? 0) !== 0);
}

/** The first narrative paragraph saying one of these budgets is empty. */
export function narrativeSaysEmpty(paragraphs: readonly NarrativeParagraph[], kinds: readonly BudgetKind[]): NarrativeParagraph | undefined {
  return paragraphs.find((p) =>
    // A paragraph may hold several sentences: look at each claim, not just the first.
    p.text.split(/[。；;\n]/).some((s) => emptyClaim(s)?.kinds.some((k) => kinds.includes(k))),
  );
}

/**
 * The budget whose absence explains an empty table, as the narrative would name it. 表1–表3 cover all
 * of a department's money: no single "无…预算" sentence explains them being empty, only a note.
 */
const EXPLAINED_BY: Record<TableKind, readonly BudgetKind[]> = {
  summary: [],
  income: [],
  expenditure: [],
  fiscal: ['fiscal'],
  general: ['general'],
  basic: ['general'],
  threePublic: ['threePublic'],
  fund: ['fund'],
  stateCapital: ['capital'],
};

export const tableEmptyNote: Rule = {
  id: 'table-empty-note',
  description: '没有数据的表应在表内注明或在说明中说明“无…预算”，不能只公开空表',
  severity: 'warning',
  check(ctx, report) {
    for (const kind of TABLE_KINDS) {
      const t = ctx.tables[kind];
      if (!t || hasAmounts(t)) continue;
      // Any emptiness note is accepted here; whether it names the right budget is table-note-agrees' job.
      if (t.notes.some((n) => emptyClaim(n.text))) continue;
      if (narrativeSaysEmpty(ctx.narrative, EXPLAINED_BY[kind])) continue;
      const cell = t.titleCell ?? { sheet: t.sheet, row: 0, col: 0 };
      report({
        code: 'table-empty-no-note',
        table: kind,
        sheet: cell.sheet,
        address: address(cell),
        cell,
        path: [TABLE_NUMBER[kind]],
        params: { table: TABLE_NUMBER[kind], title: t.title, narrativeChecked: ctx.narrative.length > 0 },
      });
    }
  },
};
