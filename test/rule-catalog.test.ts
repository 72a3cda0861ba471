// Every rule is listed, has a stable id equal to its file name, a description and a test beside it.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { RULES } from '../src/engine/rules';

const dir = path.join(__dirname, '..', 'src', 'engine', 'rules');
const NOT_RULES = new Set(['index', 'rule', 'run', 'sum-helpers', 'cross-table-equalities']);
const ruleFiles = readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
  .map((f) => f.replace(/\.ts$/, ''))
  .filter((f) => !NOT_RULES.has(f));

describe('rule catalog', () => {
  it('lists every rule file, once, under its file name', () => {
    expect(RULES.map((r) => r.id).sort()).toEqual([...ruleFiles].sort());
  });

  it('has unique ids, a zh-CN one-line description and a default severity for each rule', () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
    for (const r of RULES) {
      expect(r.description).toMatch(/[\u4e00-\u9fff]/);
      expect(r.description).not.toMatch(/\n/);
      expect(['error', 'warning', 'info']).toContain(r.severity);
    }
  });

  it('has a test beside every rule', () => {
    for (const id of ruleFiles) expect(existsSync(path.join(dir, `${id}.test.ts`))).toBe(true);
  });
});
