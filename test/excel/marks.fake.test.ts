// "标出" then "清除" on the demo host: every cell must end exactly as it was — fills (none, solid,
// patterned), notes (none, the user's own), values and formats — across re-marking, a failed write,
// a host without notes, and saving and reopening the file in between.
import { checkWorkbook } from '../../src/engine/check';
import type { Finding } from '../../src/engine/findings';
import { renderMessage } from '../../src/engine/messages';
import { a1 } from '../../src/engine/workbook';
import { workbookFromXlsx, workbookToXlsx } from '../../src/demo/fake/xlsx';
import type { FakeWorkbook } from '../../src/demo/fake/model';
import { clearMarks, hasMarks, markFindings, MARKS_SHEET, snapshotWorkbook } from '../../src/excel';
import { MARK_FILL, NOTE_SEPARATOR } from '../../src/excel/marks-plan';
import { everything, openSeed, release, use } from './fake-helpers';

afterEach(release);

const located = (fs: Finding[]) => fs.filter((f) => f.cell);

/** The seed with some cells already dressed by their owner: what must come back after 清除. */
async function dressedSeed(): Promise<{ book: FakeWorkbook; findings: Finding[] }> {
  const book = await openSeed();
  const findings = located(checkWorkbook(await snapshotWorkbook()).findings);
  const [f1, f2] = findings;
  const s1 = book.sheet(f1.cell!.sheet)!;
  s1.touch(f1.cell!.row, f1.cell!.col).fill = { pattern: 'Solid', color: '#FFFF00', patternColor: null };
  s1.notes.set(a1(f1.cell!.row, f1.cell!.col), { content: '原有批注：请核对', author: '张三' });
  const s2 = book.sheet(f2.cell!.sheet)!;
  s2.touch(f2.cell!.row, f2.cell!.col).fill = { pattern: 'Gray25', color: '#E2EFDA', patternColor: '#70AD47' };
  // A dressed cell no finding points at stays out of it all.
  s1.touch(0, 5).fill = { pattern: 'Solid', color: '#00B0F0', patternColor: null };
  book.syncCount = 0;
  return { book, findings };
}

describe('markFindings / clearMarks on the demo host', () => {
  it('colours each finding cell by its worst severity, notes every message, and keeps the user\'s note', async () => {
    const { book, findings } = await dressedSeed();
    const { marked } = await markFindings(findings);
    const cells = new Map<string, Finding[]>();
    for (const f of findings) cells.set(`${f.cell!.sheet}!${a1(f.cell!.row, f.cell!.col)}`, [...(cells.get(`${f.cell!.sheet}!${a1(f.cell!.row, f.cell!.col)}`) ?? []), f]);
    expect(marked).toBe(cells.size);
    for (const fs of cells.values()) {
      const { sheet, row, col } = fs[0].cell!;
      const worst = fs.some((f) => f.severity === 'error') ? 'error' : fs.some((f) => f.severity === 'warning') ? 'warning' : 'info';
      expect(book.sheet(sheet)!.cell(row, col)!.fill!.color).toBe(MARK_FILL[worst]);
      const note = book.sheet(sheet)!.notes.get(a1(row, col))!.content;
      for (const f of fs) expect(note).toContain(renderMessage(f));
    }
    const first = findings[0].cell!;
    expect(book.sheet(first.sheet)!.notes.get(a1(first.row, first.col))!.content.endsWith(`${NOTE_SEPARATOR}原有批注：请核对`)).toBe(true);
    expect(book.sheet(MARKS_SHEET)!.visibility).toBe('VeryHidden');
    expect(await hasMarks()).toBe(true);
  });

  it('清除 puts back every fill and note exactly, and removes its store', async () => {
    const { book, findings } = await dressedSeed();
    const before = everything(book);
    await markFindings(findings);
    expect(everything(book)).not.toEqual(before);
    const { restored } = await clearMarks();
    expect(restored).toBe(new Set(findings.map((f) => `${f.cell!.sheet}!${f.cell!.row},${f.cell!.col}`)).size);
    expect(everything(book)).toEqual(before);
    expect(book.sheet(MARKS_SHEET)).toBeUndefined();
    expect(await hasMarks()).toBe(false);
  });

  it('marking again never takes its own colours for the originals; a cell no longer found is put back at once', async () => {
    const { book, findings } = await dressedSeed();
    const before = everything(book);
    await markFindings(findings);
    await markFindings(findings);
    // Only the errors now: warning and info cells go back to what they were before any marking.
    const errors = findings.filter((f) => f.severity === 'error');
    await markFindings(errors);
    const info = findings.find((f) => f.severity === 'info' && !errors.some((e) => e.cell!.sheet === f.cell!.sheet && e.cell!.row === f.cell!.row && e.cell!.col === f.cell!.col))!;
    expect(everything(book)[info.cell!.sheet][a1(info.cell!.row, info.cell!.col)]).toEqual(before[info.cell!.sheet][a1(info.cell!.row, info.cell!.col)]);
    await clearMarks();
    expect(everything(book)).toEqual(before);
  });

  it('survives saving and reopening the file: another session clears the marks', async () => {
    const { book, findings } = await dressedSeed();
    const reopenedOriginal = await workbookFromXlsx(await workbookToXlsx(book));
    await markFindings(findings);
    const reopened = use(await workbookFromXlsx(await workbookToXlsx(book)));
    expect(await hasMarks()).toBe(true);
    await clearMarks();
    expect(everything(reopened)).toEqual(everything(reopenedOriginal));
  });

  it('a write refused half-way (a protected sheet) still leaves every original in the store for 清除', async () => {
    const { book, findings } = await dressedSeed();
    const before = everything(book);
    const last = findings[findings.length - 1].cell!.sheet;
    book.sheet(last)!.protected = true;
    await expect(markFindings(findings)).rejects.toMatchObject({ kind: 'sheet-protected' });
    book.sheet(last)!.protected = false;
    await clearMarks();
    expect(everything(book)).toEqual(before);
  });

  it('on a host without notes (ExcelApi 1.9) marks with fills only and still restores exactly', async () => {
    const { book, findings } = await dressedSeed();
    book.apiVersion = '1.9';
    const before = everything(book);
    const notesBefore = book.sheets.map((s) => [...s.notes.entries()]);
    await markFindings(findings);
    expect(book.sheets.filter((s) => s.name !== MARKS_SHEET).map((s) => [...s.notes.entries()])).toEqual(notesBefore);
    await clearMarks();
    expect(everything(book)).toEqual(before);
  });

  it('skips findings on sheets that are gone, and says so by the count', async () => {
    const { findings } = await dressedSeed();
    const ghost: Finding = { ...findings[0], cell: { sheet: '不存在', row: 0, col: 0 }, address: "'不存在'!A1" };
    const { marked } = await markFindings([ghost]);
    expect(marked).toBe(0);
  });
});
