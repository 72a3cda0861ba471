import fc from 'fast-check';
import { sortFindings } from './check';
import { SEVERITY_ORDER, type Finding } from './findings';

/** The order sortFindings gave before sheet names were ranked: localeCompare in every comparison. */
const reference = (findings: Finding[]) =>
  [...findings].sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      (a.sheet ?? '').localeCompare(b.sheet ?? '') ||
      (a.cell?.row ?? 0) - (b.cell?.row ?? 0) ||
      (a.cell?.col ?? 0) - (b.cell?.col ?? 0),
  );

// Names that collate unlike code-unit order: case, accents, digits, CJK, and a full-width twin.
const SHEETS = [undefined, '', '表1', '表10', '表2', 'a', 'A', 'b', 'é', 'e', 'Sheet', '说明', 'ａ', '表１'];
const finding = fc.record({
  id: fc.nat(),
  severity: fc.constantFrom<Finding['severity']>('error', 'warning', 'info'),
  sheet: fc.constantFrom(...SHEETS),
  cell: fc.option(fc.record({ row: fc.nat(5), col: fc.nat(3) }), { nil: undefined }),
});
// Positions the packed sort cannot hold (it falls back to comparing): negative, fractional, off the grid.
const oddPosition = fc.record({ row: fc.constantFrom(-1, 2.5, 2 ** 20, 3), col: fc.constantFrom(0, 2 ** 14, -2) });

describe('sortFindings', () => {
  it('orders exactly as comparing sheet names with localeCompare did, ties kept in input order', () => {
    fc.assert(
      fc.property(fc.array(finding, { maxLength: 60 }), (raw) => {
        const findings = raw.map(({ id, severity, sheet, cell }, i) => ({
          ruleId: 'r', code: `c${id}-${i}`, severity, sheet, cell: cell && { sheet: sheet ?? '', ...cell }, path: [], params: {},
        })) as Finding[];
        expect(sortFindings(findings).map((f) => f.code)).toEqual(reference(findings).map((f) => f.code));
      }),
      { numRuns: 300 },
    );
  });

  it('orders as before when some position is off the grid, too', () => {
    fc.assert(
      fc.property(fc.array(finding, { maxLength: 30 }), oddPosition, fc.nat(29), (raw, odd, at) => {
        const findings = raw.map(({ id, severity, sheet, cell }, i) => ({
          ruleId: 'r', code: `c${id}-${i}`, severity, sheet, cell: i === at ? { sheet: '', ...odd } : cell && { sheet: sheet ?? '', ...cell }, path: [], params: {},
        })) as Finding[];
        expect(sortFindings(findings).map((f) => f.code)).toEqual(reference(findings).map((f) => f.code));
      }),
      { numRuns: 200 },
    );
  });

  it('puts errors first, then sheets in collation order, then cells top to bottom', () => {
    const f = (code: string, severity: Finding['severity'], sheet: string, row: number) =>
      ({ ruleId: 'r', code, severity, sheet, cell: { sheet, row, col: 0 }, path: [], params: {} }) as Finding;
    const sorted = sortFindings([f('i', 'info', '表1', 0), f('b2', 'error', 'b', 2), f('A5', 'error', 'A', 5), f('b1', 'error', 'b', 1)]);
    // localeCompare puts 'A' before 'b'; rows ascend within a sheet; the info note comes last.
    expect(sorted.map((x) => x.code)).toEqual(['A5', 'b1', 'b2', 'i']);
  });
});
