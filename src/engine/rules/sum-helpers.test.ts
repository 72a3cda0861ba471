import { cellFinding, checkSum, differenceIn, operandsOf, presentTables, reportComparison, sumParts, tablePaths } from './sum-helpers';
import { runRules } from './run';
import { withTableMemo } from '../tables/memo';
import { amount, codeTable } from '../tables/build';
import type { Report, Reporter, Rule, RuleContext } from './rule';

function collector(): { report: Reporter; found: Report[]; skips: unknown[][] } {
  const found: Report[] = [];
  const skips: unknown[][] = [];
  const report = Object.assign((r: Report) => void found.push(r), { skip: (...a: unknown[]) => void skips.push(a) });
  return { report, found, skips };
}

// Seed 表5 (万元): 类 208 states 338.49; its 款 20805, 20810, 20899 print 73.39, 32.43, 232.68.
const t5 = codeTable({
  kind: 'general',
  columns: ['total'],
  rows: [
    ['208', '社会保障和就业支出', 338.49],
    ['20805', 'a', 73.39],
    ['20810', 'b', 32.43],
    ['20899', 'c', 232.68],
  ],
});
const v = (i: number) => t5.rows[i].values.total!;

describe('sumParts', () => {
  it('adds 分 and counts only written figures', () => {
    const blank = amount(null, '万元', '表5', 9, 2);
    const s = sumParts([v(1), blank, v(2)]);
    // 73.39 + 0 + 32.43 = 105.82 万元 = 105,820,000 分; 2 written parts
    expect(s).toEqual({ fen: 105_820_000, n: 2 });
    expect(operandsOf([v(1), blank, v(2)])).toEqual(["'表5'!C7", "'表5'!C10", "'表5'!C8"]);
  });
});

describe('checkSum', () => {
  it('reports a rounding note within n × step/2', () => {
    const { report, found } = collector();
    const cmp = checkSum(report, { code: 'x', table: t5, stated: v(0), parts: [v(1), v(2), v(3)], path: ['208', 'total'] });
    // 73.39 + 32.43 + 232.68 = 338.50; stated 338.49 → difference −0.01; bound 3 × 0.01/2 = 0.015
    expect(cmp.outcome).toBe('rounding');
    expect(found).toEqual([
      {
        code: 'x-rounding',
        severity: 'info',
        table: 'general',
        sheet: '表5',
        address: "'表5'!C6",
        cell: { sheet: '表5', row: 5, col: 2 },
        path: ['表5', '208', 'total'],
        params: {
          expected: 338.5,
          actual: 338.49,
          difference: -0.01,
          tolerance: 0.015,
          unit: '万元',
          operands: ["'表5'!C7:C9"], // three adjacent cells: one range
        },
      },
    ]);
  });

  it('reports a mismatch beyond the bound, with the rule severity', () => {
    const { report, found } = collector();
    checkSum(report, { code: 'x', table: t5, stated: v(0), parts: [v(1), v(2)], path: ['208', 'total'] });
    // 73.39 + 32.43 = 105.82; 338.49 − 105.82 = 232.67; bound 2 × 0.005 = 0.01
    expect(found).toHaveLength(1);
    expect(found[0].code).toBe('x-mismatch');
    expect(found[0].severity).toBeUndefined();
    expect(found[0].params).toMatchObject({ expected: 105.82, actual: 338.49, difference: 232.67, tolerance: 0.01 });
  });

  it('reports nothing when equal', () => {
    const { report, found } = collector();
    const t = codeTable({ kind: 'general', columns: ['total'], rows: [['', '合计', 10], ['201', 'a', 4], ['202', 'b', 6]] });
    const cmp = checkSum(report, { code: 'x', table: t, stated: t.rows[0].values.total!, parts: [t.rows[1].values.total!, t.rows[2].values.total!], path: [] });
    expect(cmp.outcome).toBe('equal');
    expect(found).toEqual([]);
  });

  it('treats a single part as exact: 0.01 off is a mismatch', () => {
    const { report, found } = collector();
    const t = codeTable({ kind: 'general', columns: ['total'], rows: [['201', 'a', 4.01], ['20101', 'b', 4]] });
    checkSum(report, { code: 'x', table: t, stated: t.rows[0].values.total!, parts: [t.rows[1].values.total!], path: [] });
    expect(found.map((f) => f.code)).toEqual(['x-mismatch']);
  });

  it('works in 元 with a 0.01 元 step', () => {
    const { report, found } = collector();
    const t = codeTable({ kind: 'general', unit: '元', columns: ['total'], rows: [['201', 'a', 100.01], ['20101', 'b', 50], ['20102', 'c', 50]] });
    checkSum(report, { code: 'x', table: t, stated: t.rows[0].values.total!, parts: [t.rows[1].values.total!, t.rows[2].values.total!], path: [] });
    // 50 + 50 = 100; 100.01 − 100 = 0.01 元; bound 2 × 0.005 = 0.01 元 → rounding
    expect(found[0]).toMatchObject({ code: 'x-rounding', params: { difference: 0.01, tolerance: 0.01, unit: '元' } });
  });
});

describe('reportComparison with relation <=', () => {
  const base = { code: 'c', cell: { sheet: '表6', row: 1, col: 2 }, path: ['表6'], parts: 1, step: 10_000, unit: '万元' as const, operands: [] };
  it('accepts a smaller stated amount', () => {
    const { report, found } = collector();
    // 1.50 ≤ 4.20
    reportComparison(report, { ...base, relation: '<=', actualFen: 1_500_000, expectedFen: 4_200_000 });
    expect(found).toEqual([]);
  });
  it('builds lazy operands only when it reports', () => {
    const { report, found } = collector();
    const operands = jest.fn(() => ["'表7'!B8"]);
    reportComparison(report, { ...base, actualFen: 4_200_000, expectedFen: 4_200_000, operands });
    expect(operands).not.toHaveBeenCalled();
    // 4.30 − 4.20 = 0.10
    reportComparison(report, { ...base, actualFen: 4_300_000, expectedFen: 4_200_000, operands });
    expect(found[0].params.operands).toEqual(["'表7'!B8"]);
  });
  it('reports a larger one, with extra params kept', () => {
    const { report, found } = collector();
    // 5.00 − 4.20 = 0.80
    reportComparison(report, { ...base, relation: '<=', actualFen: 5_000_000, expectedFen: 4_200_000, params: { equality: 'e1' } });
    expect(found[0]).toMatchObject({ code: 'c-mismatch', params: { equality: 'e1', difference: 0.8, tolerance: 0.005 } });
  });
});

describe('presentTables', () => {
  it('returns the tables present and records the missing required ones as partial skips', () => {
    const { report, found, skips } = collector();
    const got = presentTables({ general: t5 }, ['income', 'general', 'stateCapital'], report);
    expect(got).toEqual([t5]);
    expect(found).toEqual([]);
    // 表9 (stateCapital) is optional: its absence is not a skip
    expect(skips).toEqual([['table-missing', { table: '表2' }, true]]);
  });

  it('marks the skips as whole (not partial) when no table is there', () => {
    const { report, skips } = collector();
    expect(presentTables({}, ['summary', 'fiscal'], report)).toEqual([]);
    expect(skips).toEqual([
      ['table-missing', { table: '表1' }, false],
      ['table-missing', { table: '表4' }, false],
    ]);
  });
});

describe('differenceIn and cellFinding (the path of the within-table sum rules)', () => {
  // Seed 表5 合计 (万元, step 0.01 = 10,000 分): 4263.90 stated, its four 类 add up to 4263.89.
  const expectedFen = 4_263_890_000;
  const actualFen = 4_263_900_000;

  it('gives nothing when the amounts agree, and printed figures in the table unit when they do not', () => {
    expect(differenceIn(t5, expectedFen, expectedFen, 4)).toBeUndefined();
    // 4263.90 − 4263.89 = 0.01 ≤ 4 × 0.005 = 0.02: a rounding difference.
    expect({ ...differenceIn(t5, expectedFen, actualFen, 4)! }).toEqual({ outcome: 'rounding', expected: 4263.89, actual: 4263.9, difference: 0.01, tolerance: 0.02 });
    // 0.03 > 0.02: beyond the bound. And one part rounds to exactly its total: 0.01 off is a mismatch.
    expect(differenceIn(t5, expectedFen, expectedFen + 30_000, 4)?.outcome).toBe('mismatch');
    expect(differenceIn(t5, expectedFen, actualFen, 1)?.outcome).toBe('mismatch');
  });

  it('answers in one object that the next call overwrites, so callers read it at once', () => {
    const first = differenceIn(t5, expectedFen, actualFen, 4);
    const second = differenceIn(t5, expectedFen, expectedFen + 30_000, 4);
    expect(first).toBe(second);
    expect(first?.difference).toBe(0.03);
  });

  it('makes the same finding, key for key and in the same order, as reportComparison', () => {
    const cell = { sheet: t5.sheet, row: 5, col: 2 };
    const viaCellFinding: Rule = {
      id: 'r',
      description: 'd',
      severity: 'error',
      check: (_ctx, report) => {
        for (const actual of [actualFen, actualFen + 20_000]) {
          const d = differenceIn(t5, expectedFen, actual, 4)!;
          const params = { row: '合计', expected: d.expected, actual: d.actual, difference: d.difference, tolerance: d.tolerance, unit: t5.unit, operands: ["'表5'!C7"] };
          report(cellFinding('sum', d, t5, cell.row, cell.col, ['表5', '合计', 'total'], params));
        }
      },
    };
    const viaReportComparison: Rule = {
      ...viaCellFinding,
      check: (_ctx, report) => {
        for (const actual of [actualFen, actualFen + 20_000]) {
          reportComparison(report, {
            code: 'sum', cell, path: ['表5', '合计', 'total'], table: 'general', expectedFen, actualFen: actual, parts: 4, step: 10_000,
            unit: '万元', operands: ["'表5'!C7"], params: { row: '合计' },
          });
        }
      },
    };
    const ctx = {} as RuleContext;
    const a = runRules([viaCellFinding], ctx).findings;
    const b = runRules([viaReportComparison], ctx).findings;
    // A rounding note (0.01) and a mismatch (0.03), each complete with the rule's id and severity.
    expect(a.map((f) => [f.code, f.severity, f.ruleId])).toEqual([['sum-rounding', 'info', 'r'], ['sum-mismatch', 'error', 'r']]);
    expect(a.map((f) => JSON.stringify(f))).toEqual(b.map((f) => JSON.stringify(f)));
  });
});

describe('tablePaths', () => {
  it('gives one frozen path per table, row and column, shared by the findings of a check run', () => {
    withTableMemo(() => {
      const paths = tablePaths(t5);
      const a = paths.of('208', 'total');
      expect(a).toEqual(['表5', '208', 'total']);
      // The same path object for the same place, from this rule or another one in the same run.
      expect(tablePaths(t5).of('208', 'total')).toBe(a);
      expect(paths.of('208', 'basic')).toEqual(['表5', '208', 'basic']);
      expect(paths.of('208', 'basic')).not.toBe(a);
      // Shared, so nobody may change it.
      expect(Object.isFrozen(a)).toBe(true);
    });
  });
});
