import ExcelJS from 'exceljs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readXlsx } from '../xlsx/read';
import { runTargets } from './targets';

const SEED = path.join(__dirname, '..', '..', 'samples', 'seed.xlsx');

function capture() {
  const lines: string[] = [];
  const errors: string[] = [];
  return { lines, errors, io: { out: (s: string) => lines.push(s), err: (s: string) => errors.push(s) } };
}

describe('budget-check targets', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'targets-'));
  });

  it('turns the seed sample into four standard sheets and a summary, reconciled to 项目支出', async () => {
    const out = path.join(dir, 'seed-targets.xlsx');
    const c = capture();
    expect(await runTargets(SEED, out, { io: c.io })).toBe(0); // warnings only: two unstated sources
    const text = c.lines.join('\n');
    expect(text).toContain('4 个项目，指标体系 classic');
    expect(text).toContain('4,060.00'); // 2500 + 650 + 695 + 215
    expect(text).toContain('164.50'); // 4224.50 − 4060
    const snapshot = await readXlsx(await readFile(out));
    const names = snapshot.sheets.map((s) => s.name);
    expect(names.filter((n) => n.startsWith('目标表'))).toHaveLength(4);
    expect(names).toContain('绩效目标汇总');
    // 主管部门 comes from the tables: the department publishing the budget.
    expect(snapshot.sheets.find((s) => s.name.startsWith('目标表1'))!.values[3][1]).toBe('咸宁市经济和信息化局');

    const again = path.join(dir, 'seed-targets-2.xlsx');
    expect(await runTargets(out, again, { io: capture().io })).toBe(0);
    expect((await readXlsx(await readFile(again))).sheets.map((s) => s.name)).toEqual(names);
  });

  it('checks against the profile the user picks (errors → exit 1)', async () => {
    const c = capture();
    expect(await runTargets(SEED, path.join(dir, 'central.xlsx'), { profile: 'central-2021', io: c.io })).toBe(1);
    expect(c.lines.join('\n')).toContain('[level2-valid]');
  });

  it('exits 2 for an unknown profile, an unreadable file, or a workbook without targets', async () => {
    expect(await runTargets(SEED, path.join(dir, 'x.xlsx'), { profile: 'nope', io: capture().io })).toBe(2);
    expect(await runTargets(path.join(dir, 'missing.xlsx'), path.join(dir, 'x.xlsx'), { io: capture().io })).toBe(2);
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('表1').addRow(['部门收支总表']);
    const plain = path.join(dir, 'plain.xlsx');
    await writeFile(plain, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    const c = capture();
    expect(await runTargets(plain, path.join(dir, 'x.xlsx'), { io: c.io })).toBe(2);
    expect(c.errors.join('\n')).toContain('绩效目标');
  });
});
