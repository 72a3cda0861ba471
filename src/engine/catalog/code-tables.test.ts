import { classRow, codeIndex, codeTables, rowCodeId, systemOfTable } from './code-tables';
import { codeTable } from '../tables/build';
import { withTableMemo } from '../tables/memo';

// Rows start at sheet row 5 (tables/build.ts); positions in table.rows are given per row below.
const table = (rows: [string, string][], unitCodes?: string[]) =>
  codeTable({ kind: 'expenditure', columns: ['total'], unitCodes, rows: rows.map(([c, n]) => [c, n, 1]) });

describe('codeIndex', () => {
  const t = table(
    [
      ['', '合计'], // 0: total, not a classification row
      ['209001', '单位甲'], // 1: unit
      ['2150501', '行政运行'], // 2 → row 0, id 0
      ['215', '资源勘探'], // 3 → row 1, id 1
      ['2150501', '一般行政'], // 4 → row 2, id 0 again, a second name
      ['209002', '单位乙'], // 5: unit, with no rows of its own: no block
      ['209003', '单位丙'], // 6: unit
      ['2150501', '行政运行'], // 7 → row 3
      ['2160', '四位'], // 8 → row 4, id 2 (malformed: even length)
    ],
    ['209001', '209002', '209003'],
  );
  const index = codeIndex(t);

  it('keeps the classification rows only, by their place in table.rows', () => {
    expect([...index.pos]).toEqual([2, 3, 4, 7, 8]);
    expect([0, 1, 2, 3, 4].map((i) => classRow(index, i).code)).toEqual(['2150501', '215', '2150501', '2150501', '2160']);
    // build.ts numbers every row in order, so the grid position is the place in table.rows.
    expect([...index.at]).toEqual([2, 3, 4, 7, 8]);
  });

  it('numbers the rows\' codes by first appearance, then the prefixes no row carries', () => {
    // 2150501 → 21505 (new, id 3) → 215 (id 1); 2160 → 216 (new, id 4)
    expect(index.codes).toEqual(['2150501', '215', '2160', '21505', '216']);
    expect(index.rowCodes).toBe(3);
    expect([...index.ids]).toEqual([0, 1, 0, 0, 2]);
    expect([...index.first]).toEqual([0, 1, 4, -1, -1]);
    expect([...index.parent]).toEqual([3, -1, 4, 1, -1]);
    // 21505 is a prefix only: no row carries it.
    expect([rowCodeId(index, '215'), rowCodeId(index, '21505'), rowCodeId(index, '999')]).toEqual([1, -1, -1]);
  });

  it('judges each code\'s format once, in the table\'s system', () => {
    expect(index.problem.slice(0, 3)).toEqual([undefined, undefined, 'length']);
    expect(index.anyProblem).toBe(true);
    expect(codeIndex(table([['215', 'a'], ['21505', 'b']])).anyProblem).toBe(false);
  });

  it('splits the rows into unit blocks, leaving out blocks without rows', () => {
    // 单位甲: rows 0–2; 单位乙 has none; 单位丙: rows 3–4.
    expect(index.blockStart).toEqual([0, 3, 5]);
    expect(index.blockUnit).toEqual(['209001', '209003']);
    // Rows above any unit row are a block of no unit.
    expect(codeIndex(table([['215', 'a']])).blockUnit).toEqual([undefined]);
  });

  it('counts each code\'s rows by the name they are written with', () => {
    expect(index.names).toEqual(['行政运行', '资源勘探', '一般行政', '四位']);
    expect([...index.nameIds]).toEqual([0, 1, 2, 0, 3]);
    // 2150501: 行政运行 at rows 0 and 3, 一般行政 at row 2 (a return to a name is counted, not added).
    expect(index.nameCounts[0]).toEqual([
      { nameId: 0, count: 2, first: 0 },
      { nameId: 2, count: 1, first: 2 },
    ]);
    expect(index.nameCounts[1]).toEqual([{ nameId: 1, count: 1, first: 1 }]);
  });

  it('finds a code again when the unit blocks list codes in another order', () => {
    // The guess "the code after 215 is 21505 again" is wrong in block 2 and must not stick.
    const i = codeIndex(table([['209001', 'A'], ['215', 'a'], ['21505', 'b'], ['209002', 'B'], ['215', 'a'], ['221', 'c'], ['21505', 'b']], ['209001', '209002']));
    expect(i.codes.slice(0, i.rowCodes)).toEqual(['215', '21505', '221']);
    expect([...i.ids]).toEqual([0, 1, 0, 2, 1]);
  });

  it('is built once per table in a check run, and afresh outside one', () => {
    expect(codeIndex(t)).not.toBe(codeIndex(t));
    withTableMemo(() => expect(codeIndex(t)).toBe(codeIndex(t)));
  });
});

describe('codeTables', () => {
  it('lists the code tables in table order with their code systems', () => {
    const basic = codeTable({ kind: 'basic', columns: ['total'], rows: [] });
    const general = table([]);
    general.kind = 'general';
    expect(codeTables({ basic, general }).map((c) => [c.table.kind, c.system])).toEqual([
      ['general', 'function'],
      ['basic', 'economicDept'],
    ]);
    // A table that does not say falls back on its kind.
    expect(systemOfTable({ ...basic, codeSystem: undefined })).toBe('economicDept');
    expect(systemOfTable({ ...basic, codeSystem: 'economicGov' })).toBe('economicGov');
  });
});
