import { runCodeRule, summary } from '../catalog/__fixtures__/code-rule';
import { codeTable } from '../tables/build';
import { codeFormat } from './code-format';

const table = (kind: 'general' | 'basic' | 'expenditure', codes: string[], codeSystem?: 'economicGov') =>
  codeTable({ kind, codeSystem, columns: ['total'], rows: codes.map((c) => [c, `科目${c}`, 1]) });

describe('code-format', () => {
  it('passes 3/5/7-digit function codes and 3/5-digit economic codes', () => {
    const r = runCodeRule(codeFormat, {
      general: table('general', ['215', '21505', '2150501']),
      basic: table('basic', ['301', '30101', '399', '39999']),
    });
    expect(summary(r)).toEqual([]);
    expect(r.coverage).toEqual([{ ruleId: 'code-format', status: 'ran' }]);
  });

  it('reports a function code of the wrong length at its code cell', () => {
    const r = runCodeRule(codeFormat, { expenditure: table('expenditure', ['215', '2150', '215050101']) });
    // rows start at sheet row 6: 2150 → A7, 215050101 → A8
    expect(summary(r)).toEqual([
      ['code-format', '表3/2150', "'表3'!A7"],
      ['code-format', '表3/215050101', "'表3'!A8"],
    ]);
    expect(r.findings[0]).toMatchObject({
      severity: 'error',
      table: 'expenditure',
      sheet: '表3',
      cell: { sheet: '表3', row: 6, col: 0 },
      params: { code: '2150', system: 'function', reason: 'length', lengths: [3, 5, 7] },
    });
  });

  it('reports a 7-digit code in 表6: the economic classification stops at 款', () => {
    const r = runCodeRule(codeFormat, { basic: table('basic', ['301', '30101', '3010101']) });
    expect(summary(r)).toEqual([['code-format', '表6/3010101', "'表6'!A8"]]);
    expect(r.findings[0].params).toMatchObject({ system: 'economicDept', reason: 'length', lengths: [3, 5] });
  });

  it('reports a code whose first digit belongs to another system', () => {
    const r = runCodeRule(codeFormat, {
      general: table('general', ['30101']),
      basic: table('basic', ['50101', '30101']),
    });
    expect(summary(r)).toEqual([
      ['code-format', '表5/30101', "'表5'!A6"],
      ['code-format', '表6/50101', "'表6'!A6"],
    ]);
    expect(r.findings.map((f) => [f.params.reason, f.params.firstDigit])).toEqual([['prefix', '2'], ['prefix', '3']]);
  });

  it('follows 表6\'s code system: government economic codes start with 5', () => {
    expect(summary(runCodeRule(codeFormat, { basic: table('basic', ['501', '50101'], 'economicGov') }))).toEqual([]);
    expect(summary(runCodeRule(codeFormat, { basic: table('basic', ['30101'], 'economicGov') }))).toEqual([['code-format', '表6/30101', "'表6'!A6"]]);
  });

  it('reports characters other than digits', () => {
    const r = runCodeRule(codeFormat, { general: table('general', ['215O5']) });
    expect(r.findings[0].params).toMatchObject({ code: '215O5', reason: 'not-digits' });
  });

  it('points at the name cell when the code sat inline in the name', () => {
    const t = table('general', ['2150']);
    Object.defineProperty(t.rows[0], 'codeCell', { value: undefined }); // a row read with no code cell
    expect(summary(runCodeRule(codeFormat, { general: t }))).toEqual([['code-format', '表5/2150', "'表5'!B6"]]);
  });

  it('ignores unit, total and other rows', () => {
    const t = codeTable({
      kind: 'general',
      columns: ['total'],
      unitCodes: ['209001'],
      rows: [['', '合计', 1], ['209001', '本级', 1], ['', '其他', 1]],
    });
    expect(summary(runCodeRule(codeFormat, { general: t }))).toEqual([]);
  });
});
