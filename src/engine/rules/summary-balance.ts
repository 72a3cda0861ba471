// 表1 and 表4 balance: 收入总计 = 支出总计, each 合计/总计 line = the numbered items above it, and each item = its sub-items.
import { TABLE_NUMBER, type Amount, type Item, type Table } from '../tables/model';
import { childKeys, TOP_LEVEL_EXPENSE, TOP_LEVEL_INCOME, type ItemKey } from '../tables/items';
import type { Reporter, Rule } from './rule';
import { checkSum, presentTables } from './sum-helpers';

const ID = 'summary-balance';

export const summaryBalance: Rule = {
  id: ID,
  description: '收支总表与财政拨款收支总表：收入总计等于支出总计，合计等于各项之和，各项等于其明细之和',
  severity: 'error',
  check(ctx, report) {
    for (const table of presentTables(ctx.tables, ['summary', 'fiscal'], report)) checkTable(table, report);
  },
};

type Lookup = (key: ItemKey) => Item | undefined;

function checkTable(table: Table, report: Reporter): void {
  const byKey = new Map<string, Item>();
  for (const item of table.items) if (item.key && item.amount && !byKey.has(item.key)) byKey.set(item.key, item);
  const get: Lookup = (key) => byKey.get(key);
  const missing = new Set<ItemKey>();
  const sum = (stated: ItemKey, parts: ItemKey[]) => {
    const item = get(stated);
    const present = parts.flatMap((k) => get(k) ?? []);
    if (item && present.length) compare(table, item, present, report);
    else for (const k of item ? parts : [stated]) missing.add(k);
  };

  sum('out.total', ['in.total']);
  checkBlock(get, sum, { top: TOP_LEVEL_INCOME, yearTotal: 'in.yearTotal', total: 'in.total', carried: 'in.carryover' });
  checkBlock(get, sum, { top: TOP_LEVEL_EXPENSE, yearTotal: 'out.yearTotal', total: 'out.total', carried: 'out.carryForward' });
  for (const item of byKey.values()) checkSubItems(table, item, get, report);
  if (missing.size) report.skip('item-not-found', { table: TABLE_NUMBER[table.kind], items: [...missing] }, true);
}

interface Block {
  top: ItemKey[];
  yearTotal: ItemKey;
  total: ItemKey;
  /** 上年结转 on the income side, 年末结转 on the expense side: in 总计 but not in 本年合计. */
  carried: ItemKey;
}

function checkBlock(get: Lookup, sum: (stated: ItemKey, parts: ItemKey[]) => void, b: Block): void {
  if (get(b.yearTotal)) {
    sum(b.yearTotal, b.top);
    sum(b.total, [b.yearTotal, b.carried]);
  } else {
    sum(b.total, [...b.top, b.carried]);
  }
}

/** Many templates print the sub-item lines and leave them empty: only filled-in sub-items must add up. */
function checkSubItems(table: Table, item: Item, get: Lookup, report: Reporter): void {
  const kids = childKeys(item.key as ItemKey).flatMap((k) => get(k) ?? []);
  if (kids.some((k) => k.amount!.fen !== 0)) compare(table, item, kids, report);
}

function compare(table: Table, stated: Item, parts: Item[], report: Reporter): void {
  checkSum(report, {
    code: ID,
    table,
    stated: stated.amount!,
    parts: parts.map((p) => p.amount as Amount),
    path: [stated.key!],
    params: { item: stated.key, label: stated.label, parts: parts.map((p) => p.key), partLabels: parts.map((p) => p.label) },
  });
}
