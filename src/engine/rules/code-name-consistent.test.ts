import { emptyCatalog } from '../catalog/catalog';
import { runCodeRule, summary } from '../catalog/__fixtures__/code-rule';
import { codeTable } from '../tables/build';
import { codeNameConsistent } from './code-name-consistent';
import { seedBasic, seedExpenditure, seedGeneral } from './__fixtures__/seed-tables';

const table = (kind: 'general' | 'expenditure' | 'fund' | 'basic', rows: [string, string][], unitCodes?: string[]) =>
  codeTable({ kind, columns: ['total'], unitCodes, rows: rows.map(([c, n]) => [c, n, 1]) });

describe('code-name-consistent', () => {
  it('passes the seed: 表3 and 表5 name their shared codes alike', () => {
    const r = runCodeRule(codeNameConsistent, { expenditure: seedExpenditure(), general: seedGeneral(), basic: seedBasic() });
    expect(summary(r)).toEqual([]);
    expect(r.coverage).toEqual([{ ruleId: 'code-name-consistent', status: 'ran' }]);
  });

  it('reports the occurrence that deviates from the name the other tables use, at its name cell', () => {
    const r = runCodeRule(codeNameConsistent, {
      expenditure: table('expenditure', [['215', '资源勘探工业信息等支出'], ['2150517', '产业发展']]),
      general: table('general', [['215', '资源勘探工业信息等支出'], ['2150517', '产业发展支出']]),
      fund: table('fund', [['2150517', '产业发展']]),
    });
    // 产业发展 ×2 (表3 A7/B7, 表8 B6) against 产业发展支出 ×1 (表5 B7)
    expect(summary(r)).toEqual([['code-name-inconsistent', '表5/2150517', "'表5'!B7"]]);
    expect(r.findings[0]).toMatchObject({
      severity: 'warning',
      table: 'general',
      cell: { sheet: '表5', row: 6, col: 1 },
      params: { code: '2150517', name: '产业发展支出', otherName: '产业发展', otherAddress: "'表3'!B7" },
    });
  });

  it('on a tie prefers the catalog\'s name, so the right name is not the one flagged', () => {
    const r = runCodeRule(codeNameConsistent, {
      expenditure: table('expenditure', [['2150501', '一般行政运行']]),
      general: table('general', [['2150501', '行政运行']]),
    });
    // 1 : 1, and the built-in catalog names 2150501 行政运行 → 表3's name is the deviating one.
    expect(summary(r)).toEqual([['code-name-inconsistent', '表3/2150501', "'表3'!B6"]]);
    expect(r.findings[0].params).toEqual({ code: '2150501', name: '一般行政运行', otherName: '行政运行', otherAddress: "'表5'!B6" });
  });

  it('on a tie without a catalog name keeps the first occurrence (tables in order)', () => {
    const tables = {
      general: table('general', [['2150501', '行政运行']]),
      expenditure: table('expenditure', [['2150501', '一般行政运行']]),
    };
    // 表3 comes before 表5, so 表3's name is the reference.
    const r = runCodeRule(codeNameConsistent, tables, emptyCatalog());
    expect(summary(r)).toEqual([['code-name-inconsistent', '表5/2150501', "'表5'!B6"]]);
    expect(r.findings[0].params).toMatchObject({ otherName: '一般行政运行', otherAddress: "'表3'!B6" });
  });

  it('compares after normalising spaces and bracket widths, and skips empty names', () => {
    const r = runCodeRule(codeNameConsistent, {
      expenditure: table('expenditure', [['30213', '维修（护）费']]),
      basic: table('basic', [['30213', '维修 (护) 费'], ['30213', '']]),
    });
    expect(summary(r)).toEqual([]);
  });

  it('ignores unit rows, whose codes are not classification codes', () => {
    const r = runCodeRule(codeNameConsistent, {
      general: table('general', [['209', '咸宁市经济和信息化局']], ['209']),
      basic: table('basic', [['209', '咸宁市经信局']], ['209']),
    });
    expect(summary(r)).toEqual([]);
  });

  it('compares within the same table too (codes repeated per unit)', () => {
    const r = runCodeRule(codeNameConsistent, {
      general: table('general', [['209001', '单位甲'], ['2150501', '行政运行'], ['209002', '单位乙'], ['2150501', '行政运行'], ['2150501', '机关运行']], ['209001', '209002']),
    });
    expect(summary(r)).toEqual([['code-name-inconsistent', '表5/2150501', "'表5'!B10"]]);
  });

  it('reports codes in the order of their first row with a name', () => {
    // 221: 名甲 ×2 (表3 B7, 表5 B6) against 名乙 (表5 B7); 215: 名丙 ×2 (表3 B8, 表5 B8) against 名丁 (表5 B9).
    // 215's first row (表3 B6) has no name, so 221 (表3 B7) is met first.
    const r = runCodeRule(
      codeNameConsistent,
      {
        expenditure: table('expenditure', [['215', ''], ['221', '名甲'], ['215', '名丙']]),
        general: table('general', [['221', '名甲'], ['221', '名乙'], ['215', '名丙'], ['215', '名丁']]),
      },
      emptyCatalog(),
    );
    expect(summary(r)).toEqual([
      ['code-name-inconsistent', '表5/221', "'表5'!B7"],
      ['code-name-inconsistent', '表5/215', "'表5'!B9"],
    ]);
  });
});
