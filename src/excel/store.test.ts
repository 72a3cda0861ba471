import { batchRows, parseStoreRows, storeRows } from './store';

describe('JSON row store', () => {
  const header = { store: 'acceptances', version: 1 };

  it('writes a header row and one JSON entry per row, read back the same', () => {
    const entries = [{ key: 'a', reason: '=1+1' }, { key: 'b', reason: '0012' }];
    const rows = storeRows(header, entries);
    expect(rows).toEqual([[JSON.stringify(header)], [JSON.stringify(entries[0])], [JSON.stringify(entries[1])]]);
    expect(parseStoreRows(rows, 'acceptances')).toEqual(entries);
  });

  it('splits an entry longer than a cell holds across columns and joins it back', () => {
    const long = { reason: 'x'.repeat(70_000) };
    const rows = storeRows(header, [long]);
    // JSON is 70,013 characters: 30,000 + 30,000 + 10,013.
    expect(rows[1].map((p) => p.length)).toEqual([30_000, 30_000, 10_013]);
    expect(parseStoreRows(rows, 'acceptances')).toEqual([long]);
  });

  it('reads nothing from a sheet that is not this store, and skips rows that are not JSON', () => {
    expect(parseStoreRows([['{"store":"marks","version":1}'], ['{"a":1}']], 'acceptances')).toEqual([]);
    expect(parseStoreRows([[JSON.stringify(header)], ['not json'], [''], ['{"a":1}']], 'acceptances')).toEqual([{ a: 1 }]);
  });

  it('groups rows into requests of a bounded size', () => {
    const rows = [['aaaa'], ['bbbb'], ['cccc'], ['dd']];
    // limit 8: "aaaa"+"bbbb" = 8 fits; "cccc" starts a new request with "dd" (6).
    expect(batchRows(rows, 8)).toEqual([
      { start: 0, rows: [['aaaa'], ['bbbb']] },
      { start: 2, rows: [['cccc'], ['dd']] },
    ]);
  });
});
