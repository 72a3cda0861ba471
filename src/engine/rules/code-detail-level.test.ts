import { runCodeRule, summary } from '../catalog/__fixtures__/code-rule';
import { codeTable } from '../tables/build';
import { codeDetailLevel, makeCodeDetailLevel } from './code-detail-level';
import { codeFormat } from './code-format';
import { codeParentPresent } from './code-parent-present';
import { seedBasic, seedExpenditure, seedFund, seedGeneral } from './__fixtures__/seed-tables';

const fn = (rows: [string, string][], unitCodes?: string[]) => codeTable({ kind: 'general', columns: ['total'], rows: rows.map(([c, n]) => [c, n, 1]), unitCodes });
const econ = (rows: [string, string][]) => codeTable({ kind: 'basic', columns: ['total'], rows: rows.map(([c, n]) => [c, n, 1]) });

describe('the seed tables (表3, 表5, 表6, 表8)', () => {
  const seed = { expenditure: seedExpenditure(), general: seedGeneral(), basic: seedBasic(), fund: seedFund() };

  it('pass format, detail level and parents; 表5/表6 unit rows 209 and 209001 are not codes', () => {
    for (const rule of [codeFormat, codeDetailLevel, codeParentPresent]) {
      const r = runCodeRule(rule, seed);
      expect(summary(r)).toEqual([]);
      expect(r.coverage).toEqual([{ ruleId: rule.id, status: 'ran' }]);
    }
  });

  it('would fail if 209/209001 were taken for codes (so the rules really skip unit rows)', () => {
    const rows: [string, string, number][] = [['209', '咸宁市经济和信息化局', 1], ['209001', '咸宁市经济和信息化局本级', 1], ['2150501', '行政运行', 1]];
    const asUnits = codeTable({ kind: 'general', columns: ['total'], rows, unitCodes: ['209', '209001'] });
    expect(summary(runCodeRule(codeFormat, { general: asUnits }))).toEqual([]);
    // Taken for codes, 209001 has 6 digits (second row → A7)…
    const asCodes = codeTable({ kind: 'general', columns: ['total'], rows });
    expect(summary(runCodeRule(codeFormat, { general: asCodes }))).toEqual([['code-format', '表5/209001', "'表5'!A7"]]);
    // …and a lone 209 would be a 类 leaf (first row → A6).
    const lone = codeTable({ kind: 'general', columns: ['total'], rows: [rows[0], rows[2]] });
    expect(summary(runCodeRule(codeDetailLevel, { general: lone }))).toEqual([['code-detail-level', '表5/209', "'表5'!A6"]]);
    const loneUnit = codeTable({ kind: 'general', columns: ['total'], rows: [rows[0], rows[2]], unitCodes: ['209'] });
    expect(summary(runCodeRule(codeDetailLevel, { general: loneUnit }))).toEqual([]);
  });
});

describe('code-detail-level', () => {
  it('reports a function leaf that stops at 款, at its code cell', () => {
    const t = fn([['215', '资源勘探工业信息等支出'], ['21505', '工业和信息产业监管'], ['221', '住房保障支出'], ['22102', '住房改革支出'], ['2210201', '住房公积金']]);
    const r = runCodeRule(codeDetailLevel, { general: t });
    // 215 has 21505 under it, 221 and 22102 have 2210201: only 21505 (row 2 → A7) is a leaf above 项.
    expect(summary(r)).toEqual([['code-detail-level', '表5/21505', "'表5'!A7"]]);
    expect(r.findings[0]).toMatchObject({
      severity: 'error',
      table: 'general',
      cell: { sheet: '表5', row: 6, col: 0 },
      params: { code: '21505', system: 'function', level: 2, requiredLevel: 3, digits: 5, requiredDigits: 7 },
    });
  });

  it('reports a 表6 类 row with no 款 under it', () => {
    const r = runCodeRule(codeDetailLevel, { basic: econ([['301', '工资福利支出'], ['30101', '基本工资'], ['310', '资本性支出']]) });
    expect(summary(r)).toEqual([['code-detail-level', '表6/310', "'表6'!A8"]]);
    expect(r.findings[0].params).toMatchObject({ code: '310', system: 'economicDept', level: 1, requiredLevel: 2, requiredDigits: 5 });
  });

  it('leaves malformed codes to code-format (a 7-digit 表6 code, a 4-digit code)', () => {
    const r = runCodeRule(codeDetailLevel, { basic: econ([['301', '工资福利支出'], ['3010101', '七位'], ['3011', '四位']]) });
    // 301 has a (malformed) descendant, so it is not a leaf either.
    expect(summary(r)).toEqual([]);
  });

  it('takes the required levels as parameters', () => {
    const t = fn([['215', '资源勘探工业信息等支出'], ['21505', '工业和信息产业监管'], ['221', '住房保障支出']]);
    const toKuan = makeCodeDetailLevel({ function: 2, economic: 1 });
    expect(summary(runCodeRule(toKuan, { general: t }))).toEqual([['code-detail-level', '表5/221', "'表5'!A8"]]);
    expect(runCodeRule(toKuan, { general: t }).findings[0].params).toMatchObject({ requiredLevel: 2, requiredDigits: 5 });
    expect(summary(runCodeRule(toKuan, { basic: econ([['310', '资本性支出']]) }))).toEqual([]);
  });

  it('checks each unit block on its own: a child under another unit does not make a parent a non-leaf', () => {
    const t = fn(
      [['209001', '单位甲'], ['215', '资源勘探工业信息等支出'], ['21505', '工业和信息产业监管'], ['2150501', '行政运行'],
       ['209002', '单位乙'], ['215', '资源勘探工业信息等支出'], ['21505', '工业和信息产业监管']],
      ['209001', '209002'],
    );
    // unit 乙's 21505 is its 7th row → A12
    expect(summary(runCodeRule(codeDetailLevel, { general: t }))).toEqual([['code-detail-level', '表5/21505', "'表5'!A12"]]);
  });

  it('counts a child wherever it sits in the block (its position is code-parent-present\'s concern)', () => {
    const t = fn([['2150501', '行政运行'], ['215', '资源勘探工业信息等支出'], ['21505', '工业和信息产业监管']]);
    expect(summary(runCodeRule(codeDetailLevel, { general: t }))).toEqual([]);
  });

  it('says it was skipped when the workbook has no code table', () => {
    expect(runCodeRule(codeDetailLevel, {}).coverage).toEqual([
      { ruleId: 'code-detail-level', status: 'skipped', reason: 'table-missing', params: { tables: ['表2', '表3', '表5', '表6', '表8', '表9'] } },
    ]);
  });
});
