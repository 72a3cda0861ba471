import { markerRows, readMarker, valuesHash } from './marker';

describe('marker', () => {
  it('round-trips its entries through plain cells', () => {
    const entries = [{ key: 'summary', sheet: '绩效目标汇总', hash: '0badf00d' }];
    expect(readMarker(markerRows(entries))).toEqual(entries);
  });

  it('reads nothing from a sheet that is not a marker', () => {
    expect(readMarker([['key', 'sheet', 'hash'], ['summary', '绩效目标汇总', 'x']])).toEqual([]);
  });

  it('hashes values by position, ignoring empty cells', () => {
    const a = valuesHash([{ row: 0, col: 0, value: 'x' }, { row: 1, col: 0, value: 5 }, { row: 2, col: 0, value: null }]);
    expect(valuesHash([{ row: 1, col: 0, value: 5 }, { row: 0, col: 0, value: 'x' }])).toBe(a);
    expect(valuesHash([{ row: 0, col: 0, value: 'x' }, { row: 1, col: 0, value: 6 }])).not.toBe(a);
    expect(valuesHash([{ row: 0, col: 1, value: 'x' }, { row: 1, col: 0, value: 5 }])).not.toBe(a);
  });
});
