import { noteOfRow } from './notes';

describe('noteOfRow', () => {
  it('reads 注：/备注：/说明： lines', () => {
    expect(noteOfRow(['注：2022 年咸宁市经信局无相关政府性基金预算'], '表8', 9)).toEqual({
      text: '注：2022 年咸宁市经信局无相关政府性基金预算',
      cell: { sheet: '表8', row: 9, col: 0 },
    });
    expect(noteOfRow([null, '备注:本表收支包含社保基金发放退休人员的退休金'], '表1', 3)?.cell.col).toBe(1);
    expect(noteOfRow(['说明：本表无数据'], 'x', 0)).toBeDefined();
    expect(noteOfRow(['注1.单位为万元'], 'x', 0)).toBeDefined();
  });

  it('reads a prefixless sentence saying the table is empty', () => {
    expect(noteOfRow(['本部门无国有资本经营预算支出'], 'x', 0)?.text).toBe('本部门无国有资本经营预算支出');
  });

  it('does not take data or header rows for notes', () => {
    expect(noteOfRow(['注：', 12.5], 'x', 0)).toBeUndefined(); // a value beside it: not a note line
    expect(noteOfRow(['2150501', '行政运行'], 'x', 0)).toBeUndefined();
    expect(noteOfRow(['注册登记事务'], 'x', 0)).toBeUndefined();
    expect(noteOfRow([null, null], 'x', 0)).toBeUndefined();
  });
});
