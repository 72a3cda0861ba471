// The task pane in a real browser (Debian's Chromium), on the demo page over the bundled seed sample:
// what an accountant does — check, go to a cell, mark and clear, accept, export, build target sheets.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { checkWorkbook } from '../../src/engine/check';
import type { Severity } from '../../src/engine/findings';
import { STRINGS } from '../../src/taskpane/strings';
import { readXlsxFile } from '../../src/xlsx/read-file';
import { check, demo, openSeed, pane, row, T3, T5, widenPane, type CellState } from './flows';
import { openDemo, type Demo } from './harness';

jest.setTimeout(120_000);

const zh = STRINGS['zh-CN'];
const SEED = path.join(__dirname, '..', '..', 'samples', 'seed.xlsx');

let d: Demo;

beforeAll(async () => {
  d = await openDemo();
});

afterAll(async () => {
  await d?.close();
});

beforeEach(async () => {
  await openSeed(d.page, d.origin);
});

afterEach(() => {
  // No request may leave the page's own origin, and the page must not fail on its own.
  expect(d.outside).toEqual([]);
  expect(d.pageErrors).toEqual([]);
});

const userSheets = (cells: Record<string, Record<string, CellState>>) =>
  Object.fromEntries(Object.entries(cells).filter(([name]) => !name.startsWith('_budgetcheck')));

describe('校验 on the seed sample', () => {
  it('shows the known findings, grouped by table, with counts in the summary', async () => {
    const { page } = d;
    await check(page);

    // 表2 is missing from the seed workbook altogether.
    await expect(row(page, 'income', 'table-missing').count()).resolves.toBe(1);
    // 表3 合计 5,765.31 against 表1 支出总计 6,136.96: 5765.31 − 6136.96 = −371.65 (C6).
    const t3 = row(page, 'expenditure', 'cross-table-equal', 'C6');
    await expect(t3.textContent()).resolves.toMatch(/-371\.65/);
    // 表5 合计 4,263.90 against 表4 一般公共预算拨款 5,353.90: 4263.90 − 5353.90 = −1,090.00 (C7).
    const t5 = row(page, 'general', 'cross-table-equal', 'C7');
    await expect(t5.textContent()).resolves.toMatch(/-1,090\.00/);
    // The narrative says 其他商品和服务支出 83.67 where 表6 has 83.68, and dates itself 2021 in a 2022 workbook.
    const amount = await row(page, 'narrative', 'narrative-amount-matches-table').first().textContent();
    expect(amount).toMatch(/83\.67/);
    expect(amount).toMatch(/83\.68/);
    await expect(row(page, 'narrative', 'narrative-year').first().textContent()).resolves.toMatch(/2021/);

    // The summary counts what the grid lists, and both agree with the engine run on the same file in node.
    const expected = checkWorkbook(await readXlsxFile(SEED)).findings;
    const count = (s: Severity) => expected.filter((f) => f.severity === s).length;
    const counts = await pane(page).getByTestId('summary-counts').textContent();
    expect(counts).toBe(zh.summary(count('error'), count('warning'), count('info')));
    for (const s of ['error', 'warning', 'info'] as const) {
      await expect(pane(page).locator(`[role=row][data-severity="${s}"]`).count()).resolves.toBe(count(s));
    }
    // Checks that could not run (表2 is missing) are said, not silently passed.
    await expect(pane(page).getByTestId('summary').textContent()).resolves.toMatch(/项检查未运行/);
  });

  it('gives a wide pane typed columns: 应为, 实为, 差额 and 规则 beside 说明', async () => {
    const { page } = d;
    await widenPane(page, 1000);
    await check(page);
    const headers = await pane(page).locator('[data-group="general"] [role=columnheader]').allTextContents();
    expect(headers).toEqual(Object.values(zh.columns));
    // 表5 C7: expected 5,353.90 (表4), actual 4,263.90, difference 4263.90 − 5353.90 = −1,090.00.
    const cells = await row(page, 'general', 'cross-table-equal', 'C7').locator('[role=gridcell]').allTextContents();
    expect(cells.slice(3)).toEqual(['5,353.90', '4,263.90', '-1,090.00', 'cross-table-equal', zh.accept]);
  });

  it('shows a host error in words, and works again once the cell is no longer being edited', async () => {
    const { page } = d;
    await demo.setEditMode(page, true);
    await pane(page).getByTestId('check').click();
    await pane(page).getByTestId('host-error').filter({ hasText: zh.hostErrors['cell-edit-mode'] }).waitFor();
    await demo.setEditMode(page, false);
    await check(page);
    await expect(pane(page).getByTestId('host-error').count()).resolves.toBe(0);
  });
});

describe('the Excel page (taskpane.html) outside Excel', () => {
  it('loads office.js from its own origin, says it is not in Excel, and refuses office.js’s telemetry frame', async () => {
    const { page } = d;
    await page.goto(`${d.origin}/taskpane.html`);
    await page.getByRole('button', { name: zh.check, exact: true }).click();
    await page.getByTestId('host-error').filter({ hasText: zh.hostErrors['not-in-excel'] }).waitFor();
    // office.js opens its telemetry iframe 3 s after loading; the page's CSP (frame-src 'none') refuses it.
    await page.waitForTimeout(3500);
    const refused = d.pageErrors.filter((e) => /Content Security Policy/.test(e));
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.every((e) => e.includes('telemetryservice.firstpartyapps.oaspapps.com'))).toBe(true);
    // Those refusals are the page working as meant; anything else would fail in afterEach.
    d.pageErrors.splice(0, d.pageErrors.length, ...d.pageErrors.filter((e) => !refused.includes(e)));
  });
});

describe('narrative pasted into the pane', () => {
  it('offers the paste box when the workbook has no 说明 sheet, and checks the pasted text', async () => {
    const { page } = d;
    // The seed without its 说明 sheet, as a workbook whose narrative lives in a Word file.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(SEED) as unknown as ExcelJS.Buffer);
    wb.removeWorksheet(wb.getWorksheet('第四部分 编制说明')!.id);
    await demo.open(page, new Uint8Array(await wb.xlsx.writeBuffer()), 'no-narrative.xlsx');
    await check(page);
    await expect(row(page, 'narrative', 'narrative-year').count()).resolves.toBe(0);
    // The pasted heading dates the narrative 2021 in a 2022 workbook.
    await pane(page).getByTestId('narrative').fill('第四部分 2021 年部门预算编制情况及说明\n一、收支预算总体情况');
    await check(page);
    await expect(row(page, 'narrative', 'narrative-year').textContent()).resolves.toMatch(/2021/);
  });
});

describe('language', () => {
  it('switches the whole pane to English from the settings', async () => {
    const { page } = d;
    const en = STRINGS.en;
    await pane(page).getByRole('tab', { name: zh.tabs.settings }).click();
    await pane(page).getByRole('radio', { name: 'English' }).check();
    await pane(page).getByRole('tab', { name: en.tabs.findings }).click();
    await check(page);
    const expected = checkWorkbook(await readXlsxFile(SEED)).findings;
    const count = (s: Severity) => expected.filter((f) => f.severity === s).length;
    await expect(pane(page).getByTestId('summary-counts').textContent()).resolves.toBe(en.summary(count('error'), count('warning'), count('info')));
    await expect(pane(page).getByTestId('check').textContent()).resolves.toBe(en.check);
    // Finding messages come from the engine's English table too.
    await expect(row(page, 'general', 'cross-table-equal', 'C7').textContent()).resolves.toMatch(/they should be equal/);
  });
});

describe('going to a finding', () => {
  it('selects the finding’s cell and its operands on the same sheet, by click and by keyboard', async () => {
    const { page } = d;
    await check(page);
    // Operands of 表5 C7: C7 itself and 表4!B6 — another sheet, which Excel cannot select with it.
    await row(page, 'general', 'cross-table-equal', 'C7').click();
    await page.waitForFunction((sheet) => (window as unknown as { __demo: { selection: { sheet: string } | null } }).__demo.selection?.sheet === sheet, T5);
    expect(await demo.selection(page)).toEqual({ sheet: T5, areas: ['C7'] });
    expect(await demo.activeSheet(page)).toBe(T5);

    // By keyboard: focus 表3's C6 row, ArrowDown to the D6 row, Enter. D6's operands are D6 and D11 on 表3
    // (and 表1!D6 elsewhere).
    await row(page, 'expenditure', 'cross-table-equal', 'C6').focus();
    await page.keyboard.press('ArrowDown');
    await expect(row(page, 'expenditure', 'cross-table-equal', 'D6').evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForFunction((sheet) => (window as unknown as { __demo: { selection: { sheet: string } | null } }).__demo.selection?.sheet === sheet, T3);
    expect(await demo.selection(page)).toEqual({ sheet: T3, areas: ['D6', 'D11'] });

    // A rounding note whose parts are adjacent: 表6's 302 (C20) against its 13 款 in C21:C33, one range.
    const T6 = '表6 一般公共预算基本支出表';
    await row(page, 'basic', 'parent-equals-children', 'C20').click();
    await page.waitForFunction((sheet) => (window as unknown as { __demo: { selection: { sheet: string } | null } }).__demo.selection?.sheet === sheet, T6);
    expect(await demo.selection(page)).toEqual({ sheet: T6, areas: ['C20', 'C21:C33'] });
  });
});

describe('标出 and 清除', () => {
  it('colours and notes the findings’ cells, then restores every cell exactly', async () => {
    const { page } = d;
    // Cells the user had formatted and annotated, through the same Excel API the add-in uses: 表5 C7 gets
    // a green fill, 表3 C6 a note of its own. Both are finding cells, so 标出 changes both.
    await page.evaluate(
      async ([t5, t3]) => {
        await Excel.run(async (context) => {
          context.workbook.worksheets.getItem(t5).getRange('C7').format.fill.color = '#C6EFCE';
          context.workbook.worksheets.getItem(t3).notes.add('C6', '原有批注：请与表1核对');
          await context.sync();
        });
      },
      [T5, T3],
    );
    const before = userSheets(await demo.cells(page));
    expect(before[T3].C6.note).toBe('原有批注：请与表1核对');
    await check(page);
    await pane(page).getByTestId('mark').click();
    await pane(page).getByTestId('notice').filter({ hasText: /已标出 \d+ 个单元格/ }).waitFor();

    const marked = await demo.cells(page);
    expect(marked[T5].C7.fill).not.toEqual(before[T5].C7.fill);
    expect(marked[T5].C7.note).toMatch(/4,263\.90/);
    expect(marked[T3].C6.note).not.toBe(before[T3].C6.note);
    expect((await demo.sheets(page)).some((s) => s.name.startsWith('_budgetcheck') && s.visibility === 'VeryHidden')).toBe(true);

    await pane(page).getByTestId('clear').click();
    await pane(page).getByTestId('notice').filter({ hasText: /已恢复 \d+ 个单元格/ }).waitFor();
    // Every value, format, fill and note of every user sheet is as it was before 标出.
    expect(userSheets(await demo.cells(page))).toEqual(before);
    expect((await demo.sheets(page)).map((s) => s.name)).not.toContain('_budgetcheck_marks');
  });
});

describe('accepting a finding', () => {
  it('keeps the reason across a re-run and a save-and-reopen, and can be taken back', async () => {
    const { page } = d;
    await check(page);
    const errorsBefore = await pane(page).locator('[role=row][data-severity="error"]').count();
    const t5 = () => row(page, 'general', 'cross-table-equal', 'C7');
    await t5().getByRole('button', { name: zh.accept }).click();
    const reason = '表4 含上年结转 1,090 万元，已与财政核实';
    await page.getByTestId('accept-reason').fill(reason);
    await page.getByTestId('accept-by').fill('李审核');
    await page.getByRole('dialog').getByRole('button', { name: zh.acceptConfirm, exact: true }).click();
    await t5().filter({ hasText: reason }).waitFor();

    // Counted apart: one error fewer, one accepted.
    const summary = () => pane(page).getByTestId('summary-counts').textContent();
    await expect(summary()).resolves.toContain(zh.summaryAccepted(1));
    await expect(summary()).resolves.toContain(`错误 ${errorsBefore - 1}`);

    await check(page);
    await expect(t5().textContent()).resolves.toContain(reason);
    await expect(t5().textContent()).resolves.toContain('李审核');

    // Stored in the workbook: it survives the .xlsx round trip a save and reopen is.
    await demo.saveAndReopen(page);
    await pane(page).getByTestId('check').waitFor();
    await check(page);
    await expect(t5().textContent()).resolves.toContain(reason);

    await t5().getByRole('button', { name: zh.unaccept }).click();
    await t5().getByRole('button', { name: zh.accept }).waitFor();
    await check(page);
    await expect(t5().textContent()).resolves.not.toContain(reason);
    await expect(summary()).resolves.not.toContain(zh.summaryAccepted(1));
  });
});

describe('export', () => {
  it('writes the 校验报告 sheet and downloads CSV and JSON made in the page', async () => {
    const { page } = d;
    await check(page);
    const errors = await pane(page).locator('[role=row][data-severity="error"]').count();
    await pane(page).getByTestId('export-sheet').click();
    await pane(page).getByTestId('notice').filter({ hasText: '校验报告' }).waitFor();
    expect((await demo.sheets(page)).map((s) => s.name)).toContain('校验报告');

    const download = async (item: 'download-csv' | 'download-json') => {
      await pane(page).getByTestId('download').click();
      const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(item).click()]);
      return readFileSync((await file.path())!, 'utf8');
    };
    const csv = await download('download-csv');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1).split('\r\n')[0]).toBe(zh.csvHeader.join(','));
    const json = JSON.parse(await download('download-json'));
    expect(json.summary.error).toBe(errors);
    expect(json.findings.some((f: { code: string; table?: string }) => f.code === 'table-missing' && f.table === 'income')).toBe(true);
  });
});

describe('performance targets', () => {
  it('builds one sheet per project and the summary sheet, and lists them', async () => {
    const { page } = d;
    const before = (await demo.sheets(page)).map((s) => s.name);
    await pane(page).getByRole('tab', { name: zh.tabs.targets }).click();
    await pane(page).getByTestId('targets-build').click();
    await pane(page).getByTestId('targets-written').waitFor();
    const after = (await demo.sheets(page)).filter((s) => s.visibility === 'Visible').map((s) => s.name);
    const added = after.filter((n) => !before.includes(n));
    // The seed's 绩效目标 sheet has four projects.
    expect(added.filter((n) => n.startsWith('目标表'))).toHaveLength(4);
    expect(added).toContain('绩效目标汇总');
    const listed = await pane(page).getByTestId('targets-written').locator('li').allTextContents();
    expect(listed.sort()).toEqual(added.sort());
  });
});
