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

  it('speaks English when asked', async () => {
    const r = await run([sample('corrected.xlsx')], { lang: 'en' });
    expect(r.out).toMatch(/Summary: 0 errors, 0 warnings/);
  });
});
