// Random consistent 表5-shaped tables: exact 元 amounts per 项, every printed figure rounded to
// 0.01 万元 from its exact sum — the way a correct budget system prints them.
import fc from 'fast-check';
import { codeTable } from '../../tables/build';
import type { Table } from '../../tables/model';

export interface RandomTableSpec {
  /** Per unit, per 类, per 款: the 项 leaves as exact 元 [personnel, publicStd, project]. */
  units: [number, number, number][][][][];
  /** Codes listed under each unit (interleaved) or once for the department. */
  perUnit: boolean;
}

const leaf = fc.tuple(fc.integer({ min: 0, max: 5_000_000 }), fc.integer({ min: 0, max: 800_000 }), fc.integer({ min: 0, max: 20_000_000 }));

export const randomTableSpec: fc.Arbitrary<RandomTableSpec> = fc.record({
  units: fc.array(fc.array(fc.array(fc.array(leaf, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 3 }),
  perUnit: fc.boolean(),
});

type Exact = [number, number, number];
type Row = [string, string, ...(number | null)[]];
const add = (a: Exact, b: Exact): Exact => [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
const ZERO: Exact = [0, 0, 0];
/** Exact 元 → printed 万元 (half up); an exact 0 is left blank. */
const print = (yuan: number): number | null => (yuan === 0 ? null : Math.round(yuan / 100) / 100);
const row = (code: string, e: Exact): Row => [code, code || '合计', print(e[0] + e[1] + e[2]), print(e[0] + e[1]), print(e[0]), print(e[1]), print(e[2])];

/** Code rows of one 类 tree; codes numbered 201, 20101, 2010101 … from the positions. */
function codeRows(classes: Exact[][][]): { rows: Row[]; sum: Exact } {
  const rows: Row[] = [];
  let sum = ZERO;
  classes.forEach((kuans, c) => {
    const cls = String(201 + c);
    const kuanRows: Row[] = [];
    let clsSum = ZERO;
    kuans.forEach((leaves, k) => {
      const kuan = cls + String(k + 1).padStart(2, '0');
      const kuanSum = leaves.reduce(add, ZERO);
      kuanRows.push(row(kuan, kuanSum), ...leaves.map((l, x) => row(kuan + String(x + 1).padStart(2, '0'), l)));
      clsSum = add(clsSum, kuanSum);
    });
    rows.push(row(cls, clsSum), ...kuanRows);
    sum = add(sum, clsSum);
  });
  return { rows, sum };
}

export function randomTable(spec: RandomTableSpec): Table {
  const units = spec.units.map((classes, u) => ({ code: `901${String(u + 1).padStart(3, '0')}`, ...codeRows(classes) }));
  const all = units.reduce((s, u) => add(s, u.sum), ZERO);
  // The department's own code list merges its units' trees: leaf by leaf at the same position.
  const merged = spec.perUnit ? [] : codeRows(mergeTrees(spec.units)).rows;
  const rows: Row[] = [
    row('', all),
    row('901', all),
    ...units.flatMap((u) => [row(u.code, u.sum), ...(spec.perUnit ? u.rows : [])]),
    ...merged,
  ];
  return codeTable({ kind: 'general', columns: ['total', 'basic', 'personnel', 'publicStd', 'project'], unitCodes: ['901', ...units.map((u) => u.code)], rows });
}

function mergeTrees(trees: Exact[][][][]): Exact[][][] {
  const out: Exact[][][] = [];
  for (const t of trees) t.forEach((kuans, c) => kuans.forEach((leaves, k) => leaves.forEach((l, x) => {
    out[c] ??= [];
    out[c][k] ??= [];
    out[c][k][x] = add(out[c][k][x] ?? ZERO, l);
  })));
  return out;
}
