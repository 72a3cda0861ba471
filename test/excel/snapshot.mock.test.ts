// src/excel against office-addin-mock: what a snapshot holds, what it costs in syncs, how errors arrive.
import { ExcelHostError, selectCells, snapshotWorkbook } from '../../src/excel';
import { budgetSheet, mockExcel, type MockExcel } from './mock-workbook';

const g = globalThis as unknown as Record<string, unknown>;

function install(m: MockExcel): void {
  g.Excel = m.Excel;
  g.Office = m.Office;
}

afterEach(() => {
  delete g.Excel;
  delete g.Office;
});

describe('snapshotWorkbook (office-addin-mock)', () => {
  it('reads values, number formats, merged areas and visibility of every sheet', async () => {
    const m = mockExcel([
      budgetSheet('表5', 2),
      { name: '说明', values: [['一、部门职责'], ['', '#REF!', true]], visibility: 'Hidden' },
      { name: '空表', values: [] },
    ]);
    install(m);
    const snapshot = await snapshotWorkbook();
    expect(snapshot.sheets.map((s) => s.name)).toEqual(['表5', '说明', '空表']);
    const [t5, note, empty] = snapshot.sheets;
    expect(t5.values).toEqual([
      ['表5 一般公共预算支出表'],
      ['科目编码', '科目名称', '合计'],
      ['2010000', '科目0', 100.25],
      ['2010001', '科目1', 101.25],
    ]);
    // "General" is no format; the amount column keeps its own.
    expect(t5.numberFormats![2]).toEqual([null, null, '#,##0.00']);
    expect(t5.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 2 }]);
    expect(t5.hidden).toBe(false);
    // Excel's error strings become error values; an empty string is an empty cell.
    expect(note.values).toEqual([['一、部门职责'], [null, { error: '#REF!' }, true]]);
    expect(note.hidden).toBe(true);
    expect(empty.values).toEqual([]);
  });

  it('costs the same two syncs for 8 sheets as for 30', async () => {
    const counts: number[] = [];
    for (const n of [8, 30]) {
      const m = mockExcel(Array.from({ length: n }, (_, i) => budgetSheet(`表${i + 1}`, 40)));
      install(m);
      const snapshot = await snapshotWorkbook();
      expect(snapshot.sheets).toHaveLength(n);
      // 2 + 40 rows on every sheet: nothing was cut off by the first-rows read.
      expect(snapshot.sheets.every((s) => s.values.length === 42)).toBe(true);
      counts.push(m.syncs());
    }
    expect(counts).toEqual([2, 2]);
  });

  it('reports progress by sheet', async () => {
    install(mockExcel([budgetSheet('表1'), budgetSheet('表2')]));
    const progress: [number, number][] = [];
    await snapshotWorkbook((done, total) => progress.push([done, total]));
    expect(progress).toEqual([
      [0, 2],
      [2, 2],
    ]);
  });

  it('leaves out the add-in\'s own sheets but keeps the targets marker the engine reads', async () => {
    install(mockExcel([budgetSheet('表1'), budgetSheet('_budgetcheck_marks'), budgetSheet('_budgetcheck_accept'), budgetSheet('校验报告'), budgetSheet('_budgetcheck')]));
    const snapshot = await snapshotWorkbook();
    expect(snapshot.sheets.map((s) => s.name)).toEqual(['表1', '_budgetcheck']);
  });

  it.each([
    ['InvalidOperationInCellEditMode', 'cell-edit-mode'],
    ['RequestPayloadSizeLimitExceeded', 'payload-too-large'],
    ['AccessDenied', 'sheet-protected'],
    ['GeneralException', 'unknown'],
  ])('turns an Office error %s into an ExcelHostError of kind %s', async (code, kind) => {
    const m = mockExcel([budgetSheet('表1')]);
    install(m);
    const office = Object.assign(new Error(`failed: ${code}`), { code, name: 'RichApi.Error' });
    m.failNextSync(office);
    const error = await snapshotWorkbook().catch((e) => e);
    expect(error).toBeInstanceOf(ExcelHostError);
    expect(error).toMatchObject({ kind, code, cause: office });
  });

  it('says "not in Excel" when there is no Excel API', async () => {
    await expect(snapshotWorkbook()).rejects.toMatchObject({ kind: 'not-in-excel' });
  });
});

describe('selectCells (office-addin-mock)', () => {
  it('activates the sheet and selects the cells and ranges there, in one sync', async () => {
    const m = mockExcel([budgetSheet('表3'), budgetSheet('表1')]);
    install(m);
    await selectCells([
      { sheet: '表3', top: 5, left: 2, bottom: 5, right: 2 },
      { sheet: '表3', top: 10, left: 2, bottom: 15, right: 2 },
      { sheet: '表1', top: 0, left: 0, bottom: 0, right: 0 }, // another sheet: a selection cannot span sheets
    ]);
    expect(m.calls).toEqual(['表3:activate', '表3:select(C6,C11:C16)']);
    expect(m.syncs()).toBe(1);
  });
});
