import ExcelJS from 'exceljs';
import { checkTargets } from '../engine/targets/checks';
import { SEED_TARGET_ROWS } from '../engine/targets/fixtures/seed-targets';
import type { LayoutInput } from '../engine/targets/layout';
import { MARKER_SHEET, readMarker } from '../engine/targets/marker';
import { projectContent } from '../engine/targets/model';
import { findTargetsSheet, parseTargetsSheet } from '../engine/targets/parse';
import type { WorkbookSnapshot } from '../engine/workbook';
import { readXlsx } from './read';
import { writeTargetsWorkbook } from './targets-writer';

/** A department's workbook: the raw targets, a sheet of their own, and optionally a sheet named like ours. */
async function departmentWorkbook(extraSheets: Record<string, (string | number)[][]> = {}): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const raw = wb.addWorksheet('绩效目标');
  SEED_TARGET_ROWS.forEach((r) => raw.addRow(r));
  const own = wb.addWorksheet('说明');
  own.addRow(['本表由财务科填写', 42]);
  for (const [name, rows] of Object.entries(extraSheets)) rows.forEach((r) => wb.getWorksheet(name)?.addRow(r) ?? wb.addWorksheet(name).addRow(r));
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** The same steps as the CLI: find, parse, check, lay out. */
function layoutOf(snapshot: WorkbookSnapshot): LayoutInput {
  const { projects, findings } = parseTargetsSheet(findTargetsSheet(snapshot)!);
  const result = checkTargets(projects, { projectSpendingFen: 4_224_500_000 });
  return { projects, findings: [...findings, ...result.findings], profile: result.profile, reconciliation: result.reconciliation };
}

async function run(input: Uint8Array) {
  const layout = layoutOf(await readXlsx(input));
  const written = await writeTargetsWorkbook(input, layout);
  return { ...written, layout, snapshot: await readXlsx(written.bytes) };
}

const sheetOf = (s: WorkbookSnapshot, name: string) => s.sheets.find((x) => x.name === name)!;

describe('writeTargetsWorkbook', () => {
  it('round-trips: the generated sheets read back as the same model', async () => {
    const { report, layout, snapshot } = await run(await departmentWorkbook());
    const projectSheets = report.sheets.filter((s) => s.key.startsWith('project:'));
    expect(projectSheets).toHaveLength(4);
    projectSheets.forEach((s, i) => {
      const back = parseTargetsSheet(sheetOf(snapshot, s.name));
      expect(back.layout).toBe('standard');
      expect(back.projects.map(projectContent)).toEqual([projectContent(layout.projects[i])]);
      // 上级补助 survives as well, through the fiscal label.
      expect(back.projects[0].funds.fiscalUpper).toBe(layout.projects[i].funds.fiscalUpper);
    });
    const back = parseTargetsSheet(sheetOf(snapshot, projectSheets[0].name)).projects[0];
    expect(back.indicators.find((i) => i.level3 === '财政资金万元带动技改投资标杆率')).toMatchObject({ level1: '效益指标', level2: '经济效益', value: '500', unit: '%' });
  });

  it('hides its marker and leaves the input sheets as they were', async () => {
    const input = await departmentWorkbook();
    const before = await readXlsx(input);
    const { snapshot } = await run(input);
    expect(sheetOf(snapshot, MARKER_SHEET).hidden).toBe(true);
    for (const name of ['绩效目标', '说明']) expect(sheetOf(snapshot, name).values).toEqual(sheetOf(before, name).values);
    // The raw sheet is still the one a later run reads, not the summary.
    expect(findTargetsSheet(snapshot)?.name).toBe('绩效目标');
  });

  it('a second run replaces its own sheets: same sheets, same content, nothing added', async () => {
    const first = await run(await departmentWorkbook());
    const second = await run(first.bytes);
    expect(second.snapshot.sheets.map((s) => s.name)).toEqual(first.snapshot.sheets.map((s) => s.name));
    for (const s of first.snapshot.sheets) expect(sheetOf(second.snapshot, s.name).values).toEqual(s.values);
    expect(second.report.replaced).toEqual(first.report.sheets.map((s) => s.name));
    expect(second.report.edited).toEqual([]);
  });

  it('never overwrites a user sheet with a generated name: the generated one is renamed, and stays so', async () => {
    const input = await departmentWorkbook({ 绩效目标汇总: [['我们自己的汇总', 1]] });
    const first = await run(input);
    expect(first.report.renamed).toEqual([{ key: 'summary', wanted: '绩效目标汇总', sheet: '绩效目标汇总 (2)' }]);
    expect(sheetOf(first.snapshot, '绩效目标汇总').values).toEqual([['我们自己的汇总', 1]]);
    const second = await run(first.bytes);
    expect(second.snapshot.sheets.map((s) => s.name)).toEqual(first.snapshot.sheets.map((s) => s.name));
    expect(sheetOf(second.snapshot, '绩效目标汇总').values).toEqual([['我们自己的汇总', 1]]);
    const marker = readMarker(sheetOf(second.snapshot, MARKER_SHEET).values);
    expect(marker.find((e) => e.key === 'summary')?.sheet).toBe('绩效目标汇总 (2)');
  });

  it('tells when a generated sheet was edited by hand before it is regenerated', async () => {
    const first = await run(await departmentWorkbook());
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(first.bytes as unknown as ExcelJS.Buffer);
    const name = first.report.sheets[1].name;
    wb.getWorksheet(name)!.getCell('B3').value = '改过的项目名称';
    const edited = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const second = await run(edited);
    expect(second.report.edited).toEqual([name]);
    expect(sheetOf(second.snapshot, name).values[2][1]).toBe('省级制造业高质量发展专项资金项目');
  });
});
