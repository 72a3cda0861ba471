// The demo's fake Excel behaves like office.js where the add-in depends on it: loads need a sync,
// commands run in order at sync, errors carry Office's codes, typed input is read as Excel reads it.
import { displayNumber } from './cells';
import { fakeExcelGlobals, FakeRequestContext } from './install';
import { FakeSheet, FakeWorkbook } from './model';

function book(): FakeWorkbook {
  const b = new FakeWorkbook();
  b.sheets.push(new FakeSheet('表1'), new FakeSheet('表2'));
  b.activeSheet = '表1';
  return b;
}

describe('fake Excel', () => {
  it('lets a property be read only after load and sync, with the values at sync time', async () => {
    const b = book();
    const ctx = new FakeRequestContext(b);
    const range = ctx.workbook.worksheets.getItem('表1').getRange('A1:B1');
    range.values = [[1, 'x']];
    range.load('values');
    expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    await ctx.sync();
    expect(range.values).toEqual([[1, 'x']]);
    expect(b.syncCount).toBe(1);
  });

  it('reads typed text as Excel does: numbers, formulas, and text kept as text under "@"', async () => {
    const b = book();
    const ctx = new FakeRequestContext(b);
    const ws = ctx.workbook.worksheets.getItem('表1');
    ws.getRange('A1:C1').values = [['0012', '=HYPERLINK("#\'表2\'!A1","去表2")', '95%']];
    const text = ws.getRange('A2:B2');
    text.numberFormat = [['@', '@']];
    text.values = [['0012', '=1+1']];
    await ctx.sync();
    const s = b.sheet('表1')!;
    expect([s.cell(0, 0)!.value, s.cell(0, 1)!.value, s.cell(0, 2)!.value]).toEqual([12, '去表2', 0.95]);
    expect(s.cell(0, 1)!.hyperlink).toEqual({ address: undefined, documentReference: "'表2'!A1" });
    expect([s.cell(1, 0)!.value, s.cell(1, 1)!.value]).toEqual(['0012', '=1+1']);
  });

  it('fails a sync with Office\'s codes: a missing sheet, a very hidden delete, a wrong-sized write', async () => {
    const b = book();
    const attempt = async (batch: (ctx: FakeRequestContext) => void) => {
      const ctx = new FakeRequestContext(b);
      batch(ctx);
      return ctx.sync().then(() => 'ok', (e) => e.code);
    };
    expect(await attempt((ctx) => ctx.workbook.worksheets.getItem('无').activate())).toBe('ItemNotFound');
    b.sheet('表2')!.visibility = 'VeryHidden';
    expect(await attempt((ctx) => ctx.workbook.worksheets.getItem('表2').delete())).toBe('InvalidOperation');
    expect(await attempt((ctx) => (ctx.workbook.worksheets.getItem('表1').getRange('A1:B1').values = [[1]]))).toBe('InvalidArgument');
    b.sheet('表1')!.protected = true;
    expect(await attempt((ctx) => (ctx.workbook.worksheets.getItem('表1').getRange('A1').format.fill.color = '#FF0000'))).toBe('AccessDenied');
  });

  it('runs commands in order and keeps those before a failure (no rollback), as Excel does', async () => {
    const b = book();
    const ctx = new FakeRequestContext(b);
    const ws = ctx.workbook.worksheets.getItem('表1');
    ws.getRange('A1').values = [['先']];
    ctx.workbook.worksheets.getItem('无').activate();
    ws.getRange('A2').values = [['后']];
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
    expect(b.sheet('表1')!.cell(0, 0)!.value).toBe('先');
    expect(b.sheet('表1')!.cell(1, 0)).toBeUndefined();
  });

  it('answers isSetSupported from the version it claims, and Excel.run sends what is left queued', async () => {
    const b = book();
    const g = fakeExcelGlobals(b);
    expect(g.Office.context.requirements.isSetSupported('ExcelApi', '1.18')).toBe(true);
    b.apiVersion = '1.9';
    expect(g.Office.context.requirements.isSetSupported('ExcelApi', '1.18')).toBe(false);
    expect(g.Office.context.requirements.isSetSupported('ExcelApi', '1.10')).toBe(false);
    await g.Excel.run(async (ctx) => ctx.workbook.worksheets.getItem('表2').activate());
    expect(b.activeSheet).toBe('表2');
  });
});

describe('displayNumber', () => {
  it('shows a number as its format would', () => {
    expect(displayNumber(4263.9, '#,##0.00')).toBe('4,263.90');
    expect(displayNumber(-1090, '#,##0.00')).toBe('-1,090.00');
    expect(displayNumber(0.955, '0.0%')).toBe('95.5%');
    expect(displayNumber(12, 'General')).toBe('12');
  });
});
