// 表7 “三公”经费: 合计 = 因公出国（境） + 公务接待 + 公车购置及运行维护, and 公车 = 运行维护 + 购置.
import { TABLE_NUMBER, type Amount, type Item, type Table } from '../tables/model';
import type { ItemKey } from '../tables/items';
import type { Reporter, Rule } from './rule';
import { checkSum, presentTables } from './sum-helpers';

const ID = 'three-public-sums';
const TOTAL_PARTS: ItemKey[] = ['tp.abroad', 'tp.reception', 'tp.vehicle'];
const VEHICLE_PARTS: ItemKey[] = ['tp.vehicle.operation', 'tp.vehicle.purchase'];

export const threePublicSums: Rule = {
  id: ID,
  description: '“三公”经费表：合计等于因公出国（境）费、公务接待费与公车购置及运行维护费之和，公车费用等于运行维护费加购置费',
  severity: 'error',
  check(ctx, report) {
    for (const table of presentTables(ctx.tables, ['threePublic'], report)) checkTable(table, report);
  },
};

function checkTable(table: Table, report: Reporter): void {
  const get = (key: ItemKey) => table.items.find((i) => i.key === key && i.amount);
  const total = get('tp.total');
  const parts = TOTAL_PARTS.map(get);
  // Every template prints all three lines: one we could not read must not be taken for 0.
  const missing = [...(total ? [] : ['tp.total']), ...TOTAL_PARTS.filter((_, i) => !parts[i])];
  if (missing.length) report.skip('item-not-found', { table: TABLE_NUMBER[table.kind], items: missing }, true);
  else compare(table, total!, parts as Item[], report);

  const vehicle = parts[2];
  const kids = VEHICLE_PARTS.flatMap((k) => get(k) ?? []);
  // The 其中 lines are often left empty; only filled-in ones must add up to 公车.
  if (vehicle && kids.some((k) => k.amount!.fen !== 0)) compare(table, vehicle, kids, report);
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
