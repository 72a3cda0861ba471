// Every code the targets code can emit has a message in both locales (tests never assert the wording).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { MESSAGES } from '../messages';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : /\.ts$/.test(f) && !/\.test\.ts$/.test(f) ? [p] : [];
  });
}

const ROOT = path.join(__dirname, '..', '..');
const files = [...sources(__dirname), path.join(ROOT, 'cli', 'targets.ts'), path.join(ROOT, 'xlsx', 'targets-writer.ts')];
const text = files.map((f) => readFileSync(f, 'utf8')).join('\n');
const codes = new Set<string>();
for (const m of text.matchAll(/targetFinding\(\s*(?:[\w.]+|'[^']*'),\s*(?:'([^']+)'|[^,]*\?\s*'([^']+)'\s*:\s*'([^']+)')/g)) [m[1], m[2], m[3]].forEach((c) => c && codes.add(c));
for (const m of text.matchAll(/renderMessageKey\(\s*'([^']+)'/g)) codes.add(m[1]);
for (const m of text.matchAll(/\(\s*'(targets-[a-z0-9-]+)',\s*'(?:error|warning|info)'/g)) codes.add(m[1]);
const extra = ['coverage-project-spending-missing', 'targets-generated-edited', 'targets-sheet-renamed',
  ...['chosen', 'cost-level1', 'cost-under-output', 'mixed', 'no-evidence'].map((r) => `targets-profile-reason-${r}`)];

describe('targets messages', () => {
  it('finds the codes in the sources (the scan itself works)', () => {
    for (const c of ['targets-not-found', 'targets-profile-mixed', 'targets-row-rejoined', 'targets-funds-unstated', 'targets-budget-reconciled', 'targets-budget-exceeds-project-spending', 'targets-value-unit-mismatch']) {
      expect(codes.has(c)).toBe(true);
    }
  });

  it.each([...new Set([...codes, ...extra])].sort())('%s has zh-CN and en messages', (code) => {
    expect(MESSAGES['zh-CN'][code]).toBeInstanceOf(Function);
    expect(MESSAGES.en[code]).toBeInstanceOf(Function);
  });
});
