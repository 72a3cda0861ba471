// Steps on the demo page shared by the e2e tests and scripts/screenshots.ts.
import type { Locator, Page } from 'playwright-core';

/** What the tests read from window.__demo (src/demo/handle.ts). */
export interface CellState {
  value: unknown;
  formula?: string;
  numberFormat?: string;
  fill?: unknown;
  font?: unknown;
  note?: string;
}
interface DemoHandle {
  ready: Promise<void>;
  syncCount: number;
  selection: { sheet: string; areas: string[] } | null;
  activeSheet: string;
  sheets(): { name: string; visibility: string }[];
  cells(sheet?: string): Record<string, Record<string, CellState>>;
  xlsx(): Promise<Uint8Array>;
  loadBytes(bytes: Uint8Array, name: string): Promise<void>;
  setEditMode(on: boolean): void;
}
type DemoWindow = Window & { __demo: DemoHandle };

export const T1 = '表1 部门收支总表';
export const T3 = '表3 部门支出总表';
export const T5 = '表5 一般公共预算支出表';

export function pane(page: Page): Locator {
  return page.getByTestId('pane');
}

/** Opens the demo on the seed sample, with the pane's settings (kept in localStorage) back to their defaults. */
export async function openSeed(page: Page, origin: string): Promise<void> {
  if (page.url().startsWith(origin)) await page.evaluate(() => localStorage.clear());
  await page.goto(`${origin}/demo.html`);
  await page.waitForFunction(() => !!(window as unknown as DemoWindow).__demo);
  await page.evaluate(() => (window as unknown as DemoWindow).__demo.ready);
  await pane(page).getByTestId('check').waitFor();
}

/** Clicks 校验 and waits until the summary is up and the buttons are back. */
export async function check(page: Page): Promise<void> {
  const p = pane(page);
  await p.getByTestId('check').click();
  await p.getByTestId('summary').waitFor();
  await page.waitForFunction(() => !document.querySelector('[data-testid=pane] [data-testid=check]')?.hasAttribute('disabled'));
}

/** The grid row of a finding: its group (table kind, 'narrative'…), rule and cell. */
export function row(page: Page, group: string, rule: string, cell?: string): Locator {
  return pane(page).locator(`[data-group="${group}"] [role=row][data-rule="${rule}"]${cell ? `[data-cell="${cell}"]` : ''}`);
}

export const demo = {
  /** Opens .xlsx bytes made in node, as if the visitor had picked the file. */
  open: async (page: Page, bytes: Uint8Array, name: string) => {
    await page.evaluate(
      async ([b64, n]) => {
        const raw = atob(b64);
        const data = new Uint8Array(raw.length);
        for (let i = 0; i < raw.length; i++) data[i] = raw.charCodeAt(i);
        await (window as unknown as DemoWindow).__demo.loadBytes(data, n);
      },
      [Buffer.from(bytes).toString('base64'), name] as const,
    );
    await pane(page).getByTestId('check').waitFor();
  },
  selection: (page: Page) => page.evaluate(() => (window as unknown as DemoWindow).__demo.selection),
  activeSheet: (page: Page) => page.evaluate(() => (window as unknown as DemoWindow).__demo.activeSheet),
  sheets: (page: Page) => page.evaluate(() => (window as unknown as DemoWindow).__demo.sheets()),
  cells: (page: Page) => page.evaluate(() => (window as unknown as DemoWindow).__demo.cells()),
  setEditMode: (page: Page, on: boolean) => page.evaluate((v) => (window as unknown as DemoWindow).__demo.setEditMode(v), on),
  /** Saves the workbook as .xlsx and opens the bytes again, as closing and reopening the file would. */
  saveAndReopen: (page: Page) =>
    page.evaluate(async () => {
      const d = (window as unknown as DemoWindow).__demo;
      await d.loadBytes(await d.xlsx(), 'reopened.xlsx');
    }),
};

/** Makes the demo's pane wide, as a user widens the task pane in Excel: the grid then shows every column. */
export async function widenPane(page: Page, width: number): Promise<void> {
  await page.addStyleTag({ content: `.main { grid-template-columns: minmax(0, 1fr) ${width}px !important; }` });
}

/** Waits for the pane's notice (标出/清除/导出 say what they did) and returns its text. */
export async function notice(page: Page): Promise<string> {
  const n = pane(page).getByTestId('notice');
  await n.waitFor();
  return (await n.textContent()) ?? '';
}
