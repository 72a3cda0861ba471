// A workbook built from office-addin-mock objects: each range is an OfficeMockObject, so a property read
// without load + sync gives the mock's error string instead of data (and the test fails). The mock has
// no collections or methods of its own; the few the add-in calls are added here, and sync is counted.
import { OfficeMockObject } from 'office-addin-mock';

export interface MockSheet {
  name: string;
  values: unknown[][];
  formats?: string[][];
  /** "A1:B2" per merged area. */
  merges?: string[];
  visibility?: 'Visible' | 'Hidden' | 'VeryHidden';
}

export interface MockExcel {
  Excel: { run: (batch: (context: unknown) => Promise<unknown>) => Promise<unknown> };
  Office: { context: { requirements: { isSetSupported: (name: string, version?: string) => boolean } } };
  syncs: () => number;
  /** Every call the add-in made on a sheet: "表1:activate", "表1:getRanges(C6,C11)", "表1:select"… */
  calls: string[];
  /** Make the next sync fail with this error. */
  failNextSync: (error: unknown) => void;
}

type Mock = OfficeMockObject & Record<string, unknown>;

export function mockExcel(sheets: MockSheet[]): MockExcel {
  const created: Mock[] = [];
  const calls: string[] = [];
  let syncs = 0;
  let failure: unknown;
  const mock = (data: Record<string, unknown>, isNull = false): Mock => {
    const m = new OfficeMockObject(data) as Mock;
    // isNullObject is known after any sync without a load in office.js: a plain field, not a mocked property.
    m.isNullObject = isNull;
    created.push(m);
    return m;
  };

  const worksheet = (s: MockSheet) => {
    const width = Math.max(0, ...s.values.map((r) => r.length));
    const rows = s.values.length;
    const full = s.values.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? ''));
    const formats = full.map((r, i) => r.map((_, c) => s.formats?.[i]?.[c] ?? 'General'));
    const used = rows ? mock({ rowIndex: 0, rowCount: rows, columnCount: width }) : mock({ rowIndex: 0, rowCount: 0, columnCount: 0 }, true);
    const block = (from: number, to: number) => {
      const slice = full.slice(from, to + 1);
      return slice.length ? mock({ values: slice, numberFormat: formats.slice(from, to + 1), rowIndex: from, columnIndex: 0 }) : mock({ values: [], numberFormat: [], rowIndex: 0, columnIndex: 0 }, true);
    };
    const merged = () => {
      const areas = mock({}, !(s.merges ?? []).length);
      const items = (s.merges ?? []).map((address) => mock({ address: `${s.name}!${address}` }));
      areas.load = ((props: string) => {
        if (props !== 'areas/items/address') throw new Error(`unexpected load ${props}`);
        items.forEach((i) => i.load('address'));
        return areas;
      }) as Mock['load'];
      areas.areas = { items };
      return areas;
    };
    const ws = mock({ name: s.name, visibility: s.visibility ?? 'Visible' });
    Object.assign(ws, {
      getUsedRangeOrNullObject: () => used,
      getRange: (address?: string) => {
        if (address === undefined) return { getMergedAreasOrNullObject: merged };
        const m = /^(\d+):(\d+)$/.exec(address);
        if (m) return { getUsedRangeOrNullObject: () => block(Number(m[1]) - 1, Math.min(Number(m[2]), rows) - 1) };
        return { select: () => calls.push(`${s.name}:select(${address})`) };
      },
      getRanges: (address: string) => ({ select: () => calls.push(`${s.name}:select(${address})`) }),
      activate: () => calls.push(`${s.name}:activate`),
    });
    return ws;
  };

  const all = sheets.map(worksheet);
  const worksheets = {
    items: undefined as unknown,
    load(props: string) {
      // A collection load: the mock loads each item's scalars; items appear after the sync.
      all.forEach((ws) => ws.load(props.split(',').map((p) => p.replace(/^items\//, '')).join(',')));
      pendingItems = true;
    },
    getItem: (name: string) => all[sheets.findIndex((s) => s.name === name)] ?? (() => { throw Object.assign(new Error('not found'), { code: 'ItemNotFound' }); })(),
  };
  let pendingItems = false;
  const context = {
    workbook: { worksheets },
    async sync() {
      syncs++;
      if (failure) {
        const e = failure;
        failure = undefined;
        throw e;
      }
      for (const m of created) await m.sync();
      // The mock settles loaded values a microtask later.
      await new Promise((r) => setTimeout(r, 0));
      if (pendingItems) worksheets.items = all;
      pendingItems = false;
    },
  };
  return {
    Excel: { run: (batch) => batch(context) },
    Office: { context: { requirements: { isSetSupported: (name, version = '1.1') => name === 'ExcelApi' && Number(version.split('.')[1]) <= 18 } } },
    syncs: () => syncs,
    calls,
    failNextSync: (e) => (failure = e),
  };
}

/** A small budget-like sheet: a title, a header and `rows` rows of code, name, amount. */
export function budgetSheet(name: string, rows = 12): MockSheet {
  const values: unknown[][] = [[`${name} 一般公共预算支出表`], ['科目编码', '科目名称', '合计']];
  for (let i = 0; i < rows; i++) values.push([`2010${String(i).padStart(3, '0')}`, `科目${i}`, 100 + i + 0.25]);
  const formats = values.map((r, i) => r.map((_, c) => (i >= 2 && c === 2 ? '#,##0.00' : 'General')));
  return { name, values, formats, merges: ['A1:C1'] };
}
