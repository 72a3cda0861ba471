// Golden narrative fixtures: text in, expected claims and findings out (test/narrative-golden/*.json).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { RULES } from '../src/engine/rules';
import { runNarrative, seedTables } from '../src/engine/narrative/__fixtures__/seed';
import { extractClaims } from '../src/engine/narrative/extract';
import { paragraphsFromText } from '../src/engine/narrative/paragraphs';
import type { Analysis, Claim } from '../src/engine/narrative/types';
import type { Tables } from '../src/engine/tables/model';

interface ExpectedClaim {
  kind: Claim['kind'];
  concept?: string;
  value?: string;
  unit?: string;
  /** The value text of the amount a change, growth, share or 持平 is about. */
  of?: string;
  direction?: 1 | -1;
  total?: string;
  yearRole?: string;
}

interface GoldenCase {
  name: string;
  text?: string;
  textFile?: string;
  tables: 'seed' | 'seed-yuan' | 'none';
  year?: number;
  claims?: ExpectedClaim[];
  /** Every finding of the narrative rules, in order; params are matched as a subset. */
  findings: Record<string, unknown>[];
  /** Number of sentences reported as not checked, when the case is about coverage. */
  unchecked?: number;
}

const dir = path.join(__dirname, 'narrative-golden');
const NARRATIVE_RULES = RULES.filter((r) => r.id.startsWith('narrative-'));
const TABLES: Record<GoldenCase['tables'], () => Tables> = { seed: () => seedTables(), 'seed-yuan': () => seedTables('元'), none: () => ({}) };

function actualClaim(a: Analysis, c: Claim): ExpectedClaim {
  return {
    kind: c.kind,
    concept: c.concept,
    value: c.value?.text,
    unit: c.value?.unit,
    of: c.of === undefined ? undefined : a.claims[c.of].value?.text,
    direction: c.direction,
    total: c.total?.concept,
    yearRole: c.yearRole,
  };
}

/** Each expected claim is found, in order, among the extracted ones (fields not given are not compared). */
function expectClaims(a: Analysis, expected: ExpectedClaim[]): void {
  const actual = a.claims.map((c) => actualClaim(a, c));
  let from = 0;
  for (const e of expected) {
    const i = actual.findIndex((c, k) => k >= from && Object.entries(e).every(([key, v]) => c[key as keyof ExpectedClaim] === v));
    if (i < 0) throw new Error(`claim not found (in order): ${JSON.stringify(e)}`);
    from = i + 1;
  }
}

const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
const load = (file: string) => (JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as { cases: GoldenCase[] }).cases;

function run(c: GoldenCase) {
  const text = c.textFile ? readFileSync(path.join(dir, c.textFile), 'utf8') : c.text!;
  const paragraphs = paragraphsFromText(text, 'golden.txt');
  return { paragraphs, result: runNarrative(NARRATIVE_RULES, paragraphs, TABLES[c.tables](), c.year) };
}

describe('narrative golden fixtures', () => {
  it('give every narrative rule a case it flags, and every check file a true and a false case', () => {
    const flagged = new Set(files.flatMap((f) => load(f).flatMap((c) => run(c).result.findings.map((x) => x.ruleId))));
    expect([...flagged].sort()).toEqual(NARRATIVE_RULES.map((r) => r.id).sort());
    for (const f of files.filter((f) => !['seed-2022.json', 'unchecked.json'].includes(f))) {
      const cases = load(f);
      // A true case passes (at most a note); a false case is flagged.
      const passes = (c: GoldenCase) => c.findings.every((x) => x.severity === 'info');
      expect([f, cases.some(passes)]).toEqual([f, true]);
      expect([f, cases.some((c) => !passes(c))]).toEqual([f, true]);
    }
  });

  describe.each(files)('%s', (file) => {
    it.each(load(file).map((c) => [c.name, c] as const))('%s', (_name, c) => {
      const { paragraphs, result } = run(c);
      if (c.claims) expectClaims(extractClaims(paragraphs), c.claims);
      expect(result.findings).toMatchObject(c.findings);
      if (c.unchecked !== undefined) {
        const cov = result.coverage.find((e) => e.reason === 'narrative-unchecked');
        expect(cov?.params?.count ?? 0).toBe(c.unchecked);
      }
    });
  });
});
