// `npm run screenshots`: the pane on the seed sample, photographed in the demo page for the README
// (docs/pane-*.png). Builds dist/web first unless E2E_SKIP_BUILD=1; needs Debian's Chromium.
import path from 'node:path';
import build from '../test/e2e/global-setup';
import { check, openSeed, pane, row, widenPane } from '../test/e2e/flows';
import { openDemo } from '../test/e2e/harness';
import { STRINGS } from '../src/taskpane/strings';

const DOCS = path.join(__dirname, '..', 'docs');
const zh = STRINGS['zh-CN'];

async function main(): Promise<void> {
  await build();
  const d = await openDemo({ width: 1440, height: 960 });
  const { page } = d;
  const shot = (name: string) => page.screenshot({ path: path.join(DOCS, name) });
  try {
    await openSeed(page, d.origin);
    await check(page);
    // A finding clicked: the workbook shows its sheet with the cells selected.
    await row(page, 'general', 'cross-table-equal', 'C7').click();
    await page.waitForTimeout(300);
    await pane(page).evaluate((el) => el.scrollTo(0, 0));
    await shot('pane-findings.png');

    await pane(page).getByTestId('mark').click();
    await pane(page).getByTestId('notice').filter({ hasText: /已标出/ }).waitFor();
    await row(page, 'expenditure', 'cross-table-equal', 'C6').click();
    await page.waitForTimeout(300);
    await shot('pane-marks.png');
    await pane(page).getByTestId('clear').click();
    await pane(page).getByTestId('notice').filter({ hasText: /已恢复/ }).waitFor();

    await row(page, 'general', 'cross-table-equal', 'C7').getByRole('button', { name: zh.accept }).click();
    await page.getByTestId('accept-reason').fill('表4 含上年结转 1,090 万元，已与财政局核实，不属于表5 口径。');
    await page.getByTestId('accept-by').fill('李审核');
    // Past the dialog's fade-in, and without the caret's blink.
    await page.getByTestId('accept-reason').blur();
    await page.waitForTimeout(800);
    await shot('pane-accept.png');
    await page.getByRole('dialog').getByRole('button', { name: zh.acceptConfirm, exact: true }).click();

    // A widened pane shows the typed columns.
    await openSeed(page, d.origin);
    await widenPane(page, 1040);
    await check(page);
    await row(page, 'expenditure', 'cross-table-equal', 'C6').click();
    await page.waitForTimeout(300);
    await shot('pane-wide.png');

    await pane(page).getByRole('tab', { name: zh.tabs.targets }).click();
    await pane(page).getByTestId('targets-build').click();
    await pane(page).getByTestId('targets-written').waitFor();
    await page.waitForTimeout(300);
    await shot('pane-targets.png');
    if (d.outside.length) throw new Error(`requests left the page: ${d.outside.join(', ')}`);
    process.stdout.write(`screenshots: ${['pane-findings', 'pane-marks', 'pane-accept', 'pane-wide', 'pane-targets'].map((n) => `docs/${n}.png`).join(', ')}\n`);
  } finally {
    await d.close();
  }
}

main().catch((e: Error) => {
  process.stderr.write(`screenshots: ${e.message}\n`);
  process.exitCode = 1;
});
