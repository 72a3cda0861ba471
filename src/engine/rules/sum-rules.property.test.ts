// Laws of the within-table sum rules on random consistent tables (see __fixtures__/random-code-table.ts).
import fc from 'fast-check';
import { parentEqualsChildren } from './parent-equals-children';
import { rowCrossFooting } from './row-cross-footing';
import { runRules } from './run';
import { emptyCatalog } from '../catalog/catalog';
import { address, operandsInclude } from '../workbook';
import type { Table } from '../tables/model';
import { randomTable, randomTableSpec } from './__fixtures__/random-code-table';

const errorsOf = (t: Table) =>
  runRules([parentEqualsChildren, rowCrossFooting], { tables: { general: t }, catalog: emptyCatalog(), workbook: { sheets: [] }, narrative: [] })
    .findings.filter((f) => f.severity === 'error');

describe('sum rules on random consistent tables', () => {
  it('report no error: rounding of printed figures stays within n × 0.005', () => {
    fc.assert(fc.property(randomTableSpec, (spec) => expect(errorsOf(randomTable(spec))).toEqual([])), { numRuns: 150 });
  });

  it('report an error at a changed cell or at a total it feeds', () => {
    // Every parent here has at most 4 parts, so the bound is at most 0.02 and a 0.05 change always shows.
    const delta = fc.constantFrom(0.05, -0.05, 1, -123.45);
    fc.assert(
      fc.property(randomTableSpec, fc.nat(), delta, (spec, pick, d) => {
        const t = randomTable(spec);
        const grid = t.amounts;
        const cells = t.rows.flatMap((r) => t.columns.map((c) => ({ r, c, slot: grid.slot(c.key) })).filter(({ r, slot }) => !grid.isBlank(slot, r.index)));
        const { r, c, slot } = cells[pick % cells.length];
        grid.set(slot, r.index, grid.fen(slot, r.index) + Math.round(d * 1_000_000), false); // 万元 → 分
        const cell = { sheet: t.sheet, row: r.row, col: c.col };
        const at = address(cell);
        expect(errorsOf(t).some((f) => f.address === at || operandsInclude(f.params.operands, cell))).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});
