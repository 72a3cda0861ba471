// Acceptances on the demo host: stored in the workbook, replaced by key, removable, kept as written
// (text that looks like a formula or a number stays text), and still there after save and reopen.
import { findingKey, type Acceptance, type Finding } from '../../src/engine/findings';
import { workbookFromXlsx, workbookToXlsx } from '../../src/demo/fake/xlsx';
import { ACCEPT_SHEET, loadAcceptances, removeAcceptance, saveAcceptance, snapshotWorkbook } from '../../src/excel';
import { bookOf, release, use } from './fake-helpers';

afterEach(release);

const finding = (address: string): Finding => ({ ruleId: 'cross-table-equal', code: 'cross-mismatch', severity: 'error', address, path: ['表5', '合计'], params: {} });
const accept = (f: Finding, reason: string, by = '李四'): Acceptance => ({ key: findingKey(f), reason, by, at: '2024-03-01T09:30:00.000Z' });

describe('acceptances on the demo host', () => {
  it('round trip: saved, listed, replaced by key, removed', async () => {
    const book = use(bookOf({ 表5: [['x']] }));
    expect(await loadAcceptances()).toEqual([]);
    const a = accept(finding("'表5'!C20"), '上年结转资金，另附说明');
    const b = accept(finding("'表5'!C21"), '口径不同');
    await saveAcceptance(a);
    await saveAcceptance(b);
    expect(await loadAcceptances()).toEqual([a, b]);
    expect(book.sheet(ACCEPT_SHEET)!.visibility).toBe('VeryHidden');

    const a2 = { ...a, reason: '经复核，差额为上年结转', by: '王五' };
    await saveAcceptance(a2);
    expect(await loadAcceptances()).toEqual([b, a2]);
    await removeAcceptance(b.key);
    expect(await loadAcceptances()).toEqual([a2]);
  });

  it('keeps reasons as written, even ones Excel would read as a formula, a number or a date', async () => {
    use(bookOf({ 表5: [['x']] }));
    const reasons = ['=SUM(A1:A3)', '0012', '2024-03-01', '-1090.00', "'引号", '多行\n说明'];
    for (const [i, r] of reasons.entries()) await saveAcceptance(accept(finding(`'表5'!C${i + 1}`), r));
    expect((await loadAcceptances()).map((a) => a.reason)).toEqual(reasons);
  });

  it('survives saving and reopening the file, and stays out of the snapshot the engine checks', async () => {
    const book = use(bookOf({ 表5: [['x']] }));
    const a = accept(finding("'表5'!C20"), '上年结转');
    await saveAcceptance(a);
    use(await workbookFromXlsx(await workbookToXlsx(book)));
    expect(await loadAcceptances()).toEqual([a]);
    expect((await snapshotWorkbook()).sheets.map((s) => s.name)).toEqual(['表5']);
  });

  it('keeps a very long reason whole (an Excel cell holds 32,767 characters)', async () => {
    use(bookOf({ 表5: [['x']] }));
    const long = '理由'.repeat(40_000);
    await saveAcceptance(accept(finding("'表5'!C20"), long));
    expect((await loadAcceptances())[0].reason).toBe(long);
  });

  it('refuses an acceptance without a written reason', async () => {
    use(bookOf({ 表5: [['x']] }));
    await expect(saveAcceptance(accept(finding("'表5'!C20"), '   '))).rejects.toThrow(/reason/);
  });
});
