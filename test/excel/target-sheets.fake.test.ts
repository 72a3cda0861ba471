// "生成绩效目标表" on the demo host gives the same sheets as the CLI's exceljs writer, replaces its own
// sheets on a second run, and never takes a name a user's sheet holds.
import { MARKER_SHEET } from '../../src/engine/targets/marker';
import { buildTargetsPlans } from '../../src/engine/targets/layout';
import { prepareTargets } from '../../src/engine/targets/prepare';
import { FakeSheet } from '../../src/demo/fake/model';
import { applyTargetSheets, snapshotWorkbook } from '../../src/excel';
import { writeTargetsWorkbook } from '../../src/xlsx/targets-writer';
import { readXlsx } from '../../src/xlsx/read';
import { openSeed, release, SEED } from './fake-helpers';

afterEach(release);

async function seedLayout() {
  const run = prepareTargets(await snapshotWorkbook());
  expect(run).toBeDefined();
  return run!.layout;
}

describe('applyTargetSheets on the demo host', () => {
  it('writes the four project sheets and the summary with the same values as the CLI writer', async () => {
    const book = await openSeed();
    const layout = await seedLayout();
    const result = await applyTargetSheets(layout);
    expect(result.written.filter((n) => n.startsWith('目标表'))).toHaveLength(4);
    expect(result.written[result.written.length - 1]).toBe('绩效目标汇总');
    expect(book.sheet(MARKER_SHEET)!.visibility).toBe('VeryHidden');

    const cli = await readXlsx((await writeTargetsWorkbook(SEED, layout)).bytes);
    const ours = await snapshotWorkbook();
    for (const name of result.written) {
      const mine = ours.sheets.find((s) => s.name === name)!;
      const theirs = cli.sheets.find((s) => s.name === name)!;
      expect(mine.values).toEqual(theirs.values);
      expect(mine.merges).toEqual(theirs.merges);
    }
    // The summary links to each project sheet.
    const summary = book.sheet('绩效目标汇总')!;
    const links = [...summary.cellsIn({ top: 0, left: 0, bottom: 200, right: 30 })].filter(([, , c]) => c.hyperlink).map(([, , c]) => c.hyperlink!.documentReference);
    expect(links).toEqual(result.written.slice(0, 4).map((n) => `'${n}'!A1`));
  });

  it('replaces the sheets it generated on a second run and touches nothing else', async () => {
    const book = await openSeed();
    const layout = await seedLayout();
    const first = await applyTargetSheets(layout);
    const names = book.sheets.map((s) => s.name);
    const other = JSON.stringify([...book.sheet('绩效目标')!.cellsIn({ top: 0, left: 0, bottom: 500, right: 30 })]);
    const second = await applyTargetSheets(await seedLayout());
    expect(second.written).toEqual(first.written);
    expect(second.replaced.sort()).toEqual([...first.written].sort());
    expect(second.edited).toEqual([]);
    expect(book.sheets.map((s) => s.name).sort()).toEqual(names.sort());
    expect(JSON.stringify([...book.sheet('绩效目标')!.cellsIn({ top: 0, left: 0, bottom: 500, right: 30 })])).toBe(other);
  });

  it('says which generated sheets someone edited before they were replaced', async () => {
    const book = await openSeed();
    const layout = await seedLayout();
    const { written } = await applyTargetSheets(layout);
    book.sheet(written[0])!.touch(40, 1).value = '手工补充的说明';
    const again = await applyTargetSheets(layout);
    expect(again.edited).toEqual([written[0]]);
  });

  it('renames its sheet when a user sheet has the name, and plans given as plans follow the rename', async () => {
    const book = await openSeed();
    const mine = new FakeSheet('绩效目标汇总');
    mine.touch(0, 0).value = '用户自己的汇总';
    book.sheets.push(mine);
    const layout = await seedLayout();
    const result = await applyTargetSheets(buildTargetsPlans(layout));
    expect(result.written[result.written.length - 1]).toBe('绩效目标汇总 (2)');
    expect(result.renamed.map((r) => r.sheet)).toEqual(['绩效目标汇总 (2)']);
    expect(book.sheet('绩效目标汇总')!.cell(0, 0)!.value).toBe('用户自己的汇总');
  });
});
