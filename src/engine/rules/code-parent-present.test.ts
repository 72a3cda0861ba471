import { runCodeRule, summary } from '../catalog/__fixtures__/code-rule';
import { codeTable } from '../tables/build';
import { codeParentPresent } from './code-parent-present';

const fn = (codes: string[], unitCodes?: string[]) => codeTable({ kind: 'expenditure', columns: ['total'], rows: codes.map((c) => [c, `科目${c}`, 1]), unitCodes });

describe('code-parent-present', () => {
  it('passes a table whose every 项 has its 款 and every 款 its 类 above it', () => {
    const r = runCodeRule(codeParentPresent, { expenditure: fn(['215', '21505', '2150501', '2150517', '221', '22102', '2210201']) });
    expect(summary(r)).toEqual([]);
    expect(r.coverage).toEqual([{ ruleId: 'code-parent-present', status: 'ran' }]);
  });

  it('reports a missing 款 once, at its first 项, with {code, parent}', () => {
    const r = runCodeRule(codeParentPresent, { expenditure: fn(['215', '2150501', '2150517']) });
    // 2150501 is the second row → A7; 2150517 needs the same 21505 and is not reported again.
    expect(summary(r)).toEqual([['code-parent-missing', '表3/2150501', "'表3'!A7"]]);
    expect(r.findings[0]).toMatchObject({ severity: 'error', table: 'expenditure', cell: { sheet: '表3', row: 6, col: 0 }, params: { code: '2150501', parent: '21505' } });
  });

  it('reports a missing 类 of a 款, and both ancestors of a lone 项', () => {
    const r = runCodeRule(codeParentPresent, { expenditure: fn(['21505', '2150501', '2210201']) });
    expect(r.findings.map((f) => [f.address, f.params])).toEqual([
      ["'表3'!A6", { code: '21505', parent: '215' }],
      ["'表3'!A8", { code: '2210201', parent: '22102' }],
      ["'表3'!A8", { code: '2210201', parent: '221' }],
    ]);
  });

  it('reports a parent listed below its child, at the child, with the parent\'s address', () => {
    const r = runCodeRule(codeParentPresent, { expenditure: fn(['215', '2150501', '21505']) });
    expect(summary(r)).toEqual([['code-parent-order', '表3/2150501', "'表3'!A7"]]);
    expect(r.findings[0].params).toEqual({ code: '2150501', parent: '21505', parentAddress: "'表3'!A8" });
  });

  it('checks each unit block on its own', () => {
    // 单位乙 lists 2150501 without 215/21505 of its own: 单位甲's rows do not count for it.
    const r = runCodeRule(codeParentPresent, { expenditure: fn(['209001', '215', '21505', '2150501', '209002', '2150501'], ['209001', '209002']) });
    expect(r.findings.map((f) => [f.address, f.params.parent])).toEqual([["'表3'!A11", '21505'], ["'表3'!A11", '215']]);
  });

  it('leaves malformed codes to code-format', () => {
    expect(summary(runCodeRule(codeParentPresent, { expenditure: fn(['215050', '3010101']) }))).toEqual([]);
  });

  it('checks 表6 款 rows against their 类', () => {
    const basic = codeTable({ kind: 'basic', columns: ['total'], rows: [['301', '工资福利支出', 1], ['30101', '基本工资', 1], ['30201', '办公费', 1]] });
    expect(runCodeRule(codeParentPresent, { basic }).findings.map((f) => [f.path.join('/'), f.params])).toEqual([['表6/30201', { code: '30201', parent: '302' }]]);
  });

  it('holds a later block to its own order, whatever the blocks before it listed', () => {
    // 单位甲 (A7–A9) lists 215, 21505, 2150501 in order; 单位乙 (A11–A13) lists them upside down.
    const r = runCodeRule(codeParentPresent, { expenditure: fn(['209001', '215', '21505', '2150501', '209002', '2150501', '21505', '215'], ['209001', '209002']) });
    expect(r.findings.map((f) => [f.code, f.address, f.params])).toEqual([
      ['code-parent-order', "'表3'!A11", { code: '2150501', parent: '21505', parentAddress: "'表3'!A12" }],
      ['code-parent-order', "'表3'!A12", { code: '21505', parent: '215', parentAddress: "'表3'!A13" }],
    ]);
  });
});
