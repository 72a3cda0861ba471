// Indexes several rules build over the same table (its code rows, unit blocks, rows by code), built
// once per check run instead of once per rule or per lookup: on a 300,000-row workbook each build is
// a full pass and a large array. The cache lives only while runRules runs, so a CheckResult does not
// keep the indexes alive, and a table read again is indexed afresh. Outside a run (a rule's unit
// test calling a helper directly) every call builds anew. Values are shared: callers must not mutate them.
import type { Table } from './model';

let current: WeakMap<Table, Map<symbol, unknown>> | undefined;

/** Runs `fn` with a fresh cache for memoByTable. */
export function withTableMemo<T>(fn: () => T): T {
  const outer = current;
  current = new WeakMap();
  try {
    return fn();
  } finally {
    current = outer;
  }
}

/** build(table), once per table and key while a cache is open. */
export function memoByTable<T>(table: Table, key: symbol, build: (table: Table) => T): T {
  if (!current) return build(table);
  let entries = current.get(table);
  if (!entries) current.set(table, (entries = new Map()));
  if (entries.has(key)) return entries.get(key) as T;
  const value = build(table);
  entries.set(key, value);
  return value;
}
