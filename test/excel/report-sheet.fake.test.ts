// "导出报告" on the demo host: 校验报告 with a row per finding and a working link to each cell; written
// again in place; a user's own sheet of that name is never touched.
import { checkWorkbook } from '../../src/engine/check';
import { findingKey } from '../../src/engine/findings';
import { renderMessage } from '../../src/engine/messages';
import { REPORT_SHEET, snapshotWorkbook, writeReportSheet } from '../../src/excel';
import { bookOf, openSeed, release, use } from './fake-helpers';

afterEach(release);

describe('writeReportSheet on the demo host', () => {
  it('writes one row per finding with its link, message, amounts and acceptance', async () => {
    const book = await openSeed();
    const { findings } = checkWorkbook(await snapshotWorkbook());
    const withCell = findings.find((f) => f.address && typeof f.params.difference === 'number')!;
    const acceptance = { key: findingKey(withCell), reason: '上年结转', by: '李四', at: '2024-03-01T09:30' };
    const name = await writeReportSheet(findings, [acceptance]);
    expect(name).toBe(REPORT_SHEET);
    const sheet = book.sheet(name)!;
    expect(sheet.cell(0, 0)!.value).toBe('部门预算公开校验报告');
    expect(sheet.cell(2, 0)!.value).toBe('级别');
    expect(sheet.freezeRows).toBe(3);
    // Findings start on row 4 (index 3), in the order given.
    const row = 3 + findings.indexOf(withCell);
    expect(sheet.cell(row, 3)!.formula).toBe(`=HYPERLINK("#${withCell.address}","${withCell.address}")`);
    expect(sheet.cell(row, 3)!.hyperlink?.documentReference).toBe(withCell.address);
    expect(sheet.cell(row, 4)!.value).toBe(renderMessage(withCell));
    expect(sheet.cell(row, 7)!.value).toBe(withCell.params.difference);
    expect(sheet.cell(row, 10)!.value).toBe(withCell.ruleId);
    expect([sheet.cell(row, 11)!.value, sheet.cell(row, 12)!.value, sheet.cell(row, 13)!.value]).toEqual(['是', '上年结转', '李四']);
    expect(book.activeSheet).toBe(REPORT_SHEET);
    // The report is ours: the next snapshot leaves it out.
    expect((await snapshotWorkbook()).sheets.map((s) => s.name)).not.toContain(REPORT_SHEET);
  });

  it('replaces its own earlier report in place, leaving no old rows behind', async () => {
    const book = use(bookOf({ 表1: [['x']] }));
    const f = (n: number) => ({ ruleId: 'r', code: 'c', severity: 'warning' as const, path: [`p${n}`], params: {} });
    await writeReportSheet([f(1), f(2), f(3)], []);
    await writeReportSheet([f(9)], [], 'en');
    const sheet = book.sheet(REPORT_SHEET)!;
    expect(book.sheets.map((s) => s.name)).toEqual(['表1', REPORT_SHEET]);
    expect(sheet.cell(0, 0)!.value).toBe('Budget disclosure check report');
    expect(sheet.cell(3, 3)!.value).toBe('p9');
    expect(sheet.cell(4, 3)).toBeUndefined();
  });

  it('never overwrites a sheet 校验报告 it did not write', async () => {
    const book = use(bookOf({ 表1: [['x']], 校验报告: [['我的笔记', 42]] }));
    const name = await writeReportSheet([], []);
    expect(name).toBe('校验报告 (2)');
    expect(book.sheet('校验报告')!.cell(0, 0)!.value).toBe('我的笔记');
    expect(book.sheet('校验报告')!.cell(0, 1)!.value).toBe(42);
  });
});
