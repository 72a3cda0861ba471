// The CLI as a reviewer uses it: exit codes, several files in one run, JSON, unreadable input.
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EXIT, runCheck } from '../src/cli/main';

const sample = (f: string) => path.join(__dirname, '..', 'samples', f);

async function run(files: string[], opts: Parameters<typeof runCheck>[1] = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCheck(files, opts, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('budget-check', () => {
  it('exits 1 on the seed, printing findings grouped by table and a summary line', async () => {
    const r = await run([sample('seed.xlsx')]);
    expect(r.code).toBe(EXIT.errors);
    expect(r.out).toMatch(/^表3 部门支出总表/m);
    expect(r.out).toContain('-371.65');
    expect(r.out).toMatch(/汇总：错误 20，警告 1，提示 \d+$/m);
  });

  it('exits 0 on the corrected sample', async () => {
    const r = await run([sample('corrected.xlsx')]);
    expect(r.code).toBe(EXIT.ok);
    expect(r.out).toMatch(/汇总：错误 0，警告 0/);
  });

  it('checks the bundled seed when given no file', async () => {
    const r = await run([]);
    expect(r.code).toBe(EXIT.errors);
    expect(r.out).toContain('seed.xlsx');
  });

  it('checks several files in one run and reports each as JSON', async () => {
    const r = await run([sample('seed.xlsx'), sample('corrected.xlsx')], { json: true });
    const json = JSON.parse(r.out);
    expect(json.map((x: { summary: { error: number } }) => x.summary.error)).toEqual([20, 0]);
    const finding = json[0].findings.find((f: { code: string }) => f.code === 'table-missing');
    expect(finding.message).toContain('表2');
    expect(json[0].coverage.some((c: { status: string }) => c.status !== 'ran')).toBe(true);
  });

  it('exits 2 and names the file and the problem when an input cannot be read', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'budget-check-'));
    const junk = path.join(dir, 'junk.xlsx');
    writeFileSync(junk, Buffer.from('not a workbook at all'));
    const r = await run([sample('corrected.xlsx'), junk, path.join(dir, 'missing.xlsx')]);
    expect(r.code).toBe(EXIT.unreadable);
    expect(r.err).toContain('junk.xlsx');
    expect(r.err).toContain('missing.xlsx');
    // The readable file is still reported.
    expect(r.out).toContain('corrected.xlsx');
  });

  it('checks narrative text given with --narrative beside the workbook', async () => {
    // The corrected workbook is clean; the seed's own text still says 83.67 (表6: 83.68) and 2021.
    const r = await run([sample('corrected.xlsx')], { json: true, narrative: path.join(__dirname, 'narrative-golden', 'seed-2022.txt') });
    const codes = JSON.parse(r.out)[0].findings.filter((f: { severity: string }) => f.severity === 'error').map((f: { code: string }) => f.code);
    expect(codes.sort()).toEqual(['narrative-amount-mismatch', 'narrative-year-mismatch']);
  });

  it('makes an unknown code an error once the official catalog is loaded with --catalog', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'budget-check-'));
    const catalog = path.join(dir, '科目表.csv');
    // A complete-looking function catalog that lacks 2150517 产业发展 (the seed uses it).
    const rows = [['科目编码', '科目名称'], ['208', '社会保障和就业支出'], ['20805', '行政事业单位养老支出'], ['2080505', '机关事业单位基本养老保险缴费支出'],
      ['2080506', '机关事业单位职业年金缴费支出'], ['20810', '社会福利'], ['2081099', '其他社会福利支出'], ['20899', '其他社会保障和就业支出'],
      ['2089999', '其他社会保障和就业支出'], ['210', '卫生健康支出'], ['21011', '行政事业单位医疗'], ['2101101', '行政单位医疗'], ['2101103', '公务员医疗补助'],
      ['215', '资源勘探工业信息等支出'], ['21505', '工业和信息产业监管'], ['2150501', '行政运行'], ['2150502', '一般行政管理事务'],
      ['221', '住房保障支出'], ['22102', '住房改革支出'], ['2210201', '住房公积金'], ['2210202', '提租补贴']];
    writeFileSync(catalog, rows.map((r) => r.join(',')).join('\n'));
    const r = await run([sample('corrected.xlsx')], { json: true, catalog });
    const unknown = JSON.parse(r.out)[0].findings.filter((f: { code: string }) => f.code === 'code-unknown');
    expect(unknown.length).toBeGreaterThan(0);
    expect(unknown.every((f: { params: { code: string }; severity: string }) => f.params.code === '2150517' && f.severity === 'error')).toBe(true);
  });

  it('speaks English when asked', async () => {
    const r = await run([sample('corrected.xlsx')], { lang: 'en' });
    expect(r.out).toMatch(/Summary: 0 errors, 0 warnings/);
  });
});
