import { AmountGrid } from './amounts';
import { Amount, type Column } from './model';

const columns: Column[] = [
  { key: 'total', header: '合计', col: 2 },
  { key: 'basic', header: '基本支出', col: 3 },
  { key: 'project', header: '项目支出', col: 4 },
];

describe('AmountGrid', () => {
  it('keeps each cell in 分 with its blank flag, and names it by sheet row and column', () => {
    const grid = new AmountGrid('表3', columns, 2);
    grid.set(grid.slot('basic'), 1, 123_400, false);
    expect(grid.fen(1, 1)).toBe(123_400);
    expect(grid.isBlank(1, 1)).toBe(false);
    // Row index 1 sits on sheet row 7 here: the grid knows positions, the row knows where it is.
    expect(grid.amount(1, 1, 7)).toEqual(new Amount(123_400, false, '表3', 7, 3));
  });

  it('starts every cell blank and 0, so a row never written reads as empty', () => {
    const grid = new AmountGrid('表3', columns, 3);
    expect([grid.fen(0, 2), grid.isBlank(0, 2)]).toEqual([0, true]);
  });

  it('has no slot for a column the table lacks', () => {
    expect(new AmountGrid('表3', columns, 1).slot('personnel')).toBe(-1);
  });

  it('adds a column over the given rows only', () => {
    const grid = new AmountGrid('表3', columns, 4);
    [100, 200, 400, 800].forEach((fen, i) => grid.set(0, i, fen, false));
    const rows = [{ index: 0, row: 5 }, { index: 2, row: 7 }, { index: 3, row: 8 }];
    expect(grid.sum(0, rows)).toBe(1_300);
    expect(grid.amountsOf(0, rows).map((a) => [a.fen, a.row, a.col])).toEqual([[100, 5, 2], [400, 7, 2], [800, 8, 2]]);
  });

  it('gives a row its values by key, in column order', () => {
    const grid = new AmountGrid('表3', columns, 1);
    grid.set(0, 0, 500, false);
    grid.set(2, 0, 500, false);
    const values = grid.values(0, 5);
    expect(Object.keys(values)).toEqual(['total', 'basic', 'project']);
    expect(values.basic).toEqual(new Amount(0, true, '表3', 5, 3));
    expect(values.project?.fen).toBe(500);
  });

  it('lets the later of two columns read as the same key win, as a row filled column by column would', () => {
    const twice: Column[] = [...columns, { key: 'basic', header: '基本支出', col: 6 }];
    const grid = new AmountGrid('表3', twice, 1);
    expect(grid.slot('basic')).toBe(3);
    // Both 基本支出 columns of the table read the same (last) cells.
    expect([0, 1, 2, 3].map((i) => grid.columnSlot(i))).toEqual([0, 3, 2, 3]);
    grid.set(3, 0, 42, false);
    const values = grid.values(0, 5);
    expect(Object.keys(values)).toEqual(['total', 'basic', 'project']);
    expect(values.basic).toEqual(new Amount(42, false, '表3', 5, 6));
  });
});
