import { tableMissing } from './table-missing';
import { codeTable } from '../tables/build';
import { run, seedTables } from './__fixtures__/cross-seed';

describe('table-missing', () => {
  it('reports the seed’s missing 表2 once, with no cell', () => {
    const r = run(tableMissing, seedTables());
    expect(r.findings).toEqual([
      {
        ruleId: 'table-missing',
        code: 'table-missing',
        severity: 'error',
        table: 'income',
        path: ['表2'],
        params: { table: '表2', title: '部门收入总表' },
      },
    ]);
  });

  it('passes with all eight tables and never requires 表9', () => {
    const tables = { ...seedTables(), income: codeTable({ kind: 'income', columns: ['total'], rows: [] }) };
    expect(run(tableMissing, tables).findings).toEqual([]);
  });

  it('reports all eight for an empty workbook, in table order', () => {
    const r = run(tableMissing, {});
    expect(r.findings.map((f) => f.path[0])).toEqual(['表1', '表2', '表3', '表4', '表5', '表6', '表7', '表8']);
    expect(r.findings.every((f) => f.address === undefined)).toBe(true);
  });
});
