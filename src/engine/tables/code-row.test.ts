import { AmountGrid } from './amounts';
import { RowPlace, SheetCodeRow } from './code-row';
import { Amount } from './model';

describe('SheetCodeRow', () => {
  const grid = new AmountGrid('表5', [{ key: 'total', header: '合计', col: 2 }], 2);
  grid.set(0, 1, 4_263_900_000, false);
  const place = new RowPlace(grid, 0, 1);
  const noCode = new RowPlace(grid, -1, 1);

  it('makes its code and name cells from the sheet, the row and the columns', () => {
    const row = new SheetCodeRow('code', '2150501', '行政运行', 3, 7, 1, place, undefined);
    expect([row.codeCell, row.nameCell]).toEqual([{ sheet: '表5', row: 7, col: 0 }, { sheet: '表5', row: 7, col: 1 }]);
  });

  it('has no code cell when the reader found none', () => {
    expect(new SheetCodeRow('other', undefined, '其他', undefined, 7, 1, noCode, undefined).codeCell).toBeUndefined();
  });

  it('reads its values from its own index in the grid, at its own sheet row', () => {
    const row = new SheetCodeRow('total', undefined, '合计', undefined, 6, 1, noCode, undefined);
    // Index 1 of the grid holds 4263.90 万元; the row sits on sheet row 6 (C7).
    expect(row.values).toEqual({ total: new Amount(4_263_900_000, false, '表5', 6, 2) });
  });
});
