import { codesCoveredByExpenditure } from './codes-covered-by-expenditure';
import { codeTable } from '../tables/build';
import type { ColumnKey } from '../tables/model';
import { run, seedExpenditure, seedGeneral, seedTables } from './__fixtures__/cross-seed';

const rule = codesCoveredByExpenditure;

/** A 表8 with function-code rows in the total and project columns only. */
const fund = (rows: [string, string, number | null, number | null][]) =>
  codeTable({ kind: 'fund', columns: ['total', 'project'] as ColumnKey[], rows });

describe('codes-covered-by-expenditure on the seed', () => {
  const r = run(rule, seedTables());

  it('reports each 表5 code 表3 lacks once, at its 表5 code cell', () => {
    // 表3 has only 215… and 221…; 表5 also spends on 208 (rows 9–16) and 210 (rows 17–20)
    expect(r.findings.map((f) => [f.code, f.address, f.params.code])).toEqual([
      ['code-missing-from-expenditure', "'表5'!A9", '208'],
      ['code-missing-from-expenditure', "'表5'!A10", '20805'],
      ['code-missing-from-expenditure', "'表5'!A11", '2080505'],
      ['code-missing-from-expenditure', "'表5'!A12", '2080506'],
      ['code-missing-from-expenditure', "'表5'!A13", '20810'],
      ['code-missing-from-expenditure', "'表5'!A14", '2081099'],
      ['code-missing-from-expenditure', "'表5'!A15", '20899'],
      ['code-missing-from-expenditure', "'表5'!A16", '2089999'],
      ['code-missing-from-expenditure', "'表5'!A17", '210'],
      ['code-missing-from-expenditure', "'表5'!A18", '21011'],
      ['code-missing-from-expenditure', "'表5'!A19", '2101101'],
      ['code-missing-from-expenditure', "'表5'!A20", '2101103'],
    ]);
    expect(r.findings[0]).toMatchObject({ severity: 'error', table: 'general', path: ['表5', '208'], params: { code: '208', table: '表3' } });
  });

  it('finds no amount larger than 表3 (215: 3818.84 ≤ 5691.90, 2150517: 3078 ≤ 4168, 221 equal) and ignores unit rows', () => {
    expect(r.findings.some((f) => f.code.startsWith('expenditure-covers-amount'))).toBe(false);
    expect(r.findings.some((f) => f.params.code === '209' || f.params.code === '209001')).toBe(false);
  });

  it('records that 表2 is missing (表9 is optional: no skip for it)', () => {
    expect(r.coverage).toEqual([
      { ruleId: 'codes-covered-by-expenditure', status: 'partial', reason: 'table-missing', params: { table: '表2' } },
    ]);
  });
});

describe('codes-covered-by-expenditure amounts', () => {
  it('reports a 表5 amount above 表3 at the 表3 cell', () => {
    const general = seedGeneral((rows) => (rows[19][2] = 4200)); // 2150517 total
    const r = run(rule, { expenditure: seedExpenditure(), general });
    const over = r.findings.filter((f) => f.code.startsWith('expenditure-covers-amount'));
    // 表5 4200.00 − 表3 4168.00 = +32.00; one cell each → bound 0.005
    expect(over).toHaveLength(1);
    expect(over[0]).toMatchObject({
      code: 'expenditure-covers-amount-mismatch',
      severity: 'error',
      table: 'expenditure',
      address: "'表3'!C10",
      path: ['表3', '2150517', 'total'],
      params: { code: '2150517', column: 'total', expected: 4168, actual: 4200, difference: 32, tolerance: 0.005, sources: ['表5'], operands: ["'表3'!C10", "'表5'!C25"] },
    });
  });

  it('adds 表5 and 表8 for the same code', () => {
    // 表5 3078.00 + 表8 1100.00 = 4178.00 vs 表3 4168.00 → +10.00; 2 written parts → bound 0.01
    const t8 = fund([['2150517', '产业发展', 1100, 1100]]);
    const r = run(rule, { expenditure: seedExpenditure(), general: seedGeneral(), fund: t8 });
    const over = r.findings.filter((f) => f.code.startsWith('expenditure-covers-amount'));
    expect(over.map((f) => [f.code, f.path.join('/'), f.params.difference, f.params.tolerance])).toEqual([
      ['expenditure-covers-amount-mismatch', '表3/2150517/total', 10, 0.01],
      // project: 3078.00 + 1100.00 = 4178.00 vs 4168.00
      ['expenditure-covers-amount-mismatch', '表3/2150517/project', 10, 0.01],
    ]);
    expect(over[0].params.operands).toEqual(["'表3'!C10", "'表5'!C25", "'表8'!C6"]);
    expect(over[0].params.sources).toEqual(['表5', '表8']);
  });

  it('treats an excess within n × step/2 as a rounding note', () => {
    // 3078.00 + 1090.01 = 4168.01 vs 4168.00 → +0.01 ≤ 2 × 0.005
    const t8 = fund([['2150517', '产业发展', 1090.01, null]]);
    const r = run(rule, { expenditure: seedExpenditure(), general: seedGeneral(), fund: t8 });
    const notes = r.findings.filter((f) => f.code.startsWith('expenditure-covers-amount'));
    expect(notes.map((f) => [f.code, f.severity, f.params.difference])).toEqual([['expenditure-covers-amount-rounding', 'info', 0.01]]);
  });

  it('adds a code over the unit blocks of 表5', () => {
    // 表5 lists 2150517 under two units: 3000.00 + 1168.01 = 4168.01 vs 表3 4168.00 → +0.01 with
    // 2 written cells → rounding note; with 1200.00 instead: 4200.00 → +32.00 → error
    const general = (second: number) =>
      codeTable({
        kind: 'general',
        columns: ['total'],
        unitCodes: ['209001', '209002'],
        rows: [['209001', '局本级', 3000], ['2150517', '产业发展', 3000], ['209002', '中心', second], ['2150517', '产业发展', second]],
      });
    const codesOf = (n: number) =>
      run(rule, { expenditure: seedExpenditure(), general: general(n) }).findings.map((f) => [f.code, f.params.difference]);
    expect(codesOf(1168.01)).toEqual([['expenditure-covers-amount-rounding', 0.01]]);
    expect(codesOf(1200)).toEqual([['expenditure-covers-amount-mismatch', 32]]);
  });

  it('reports a 表8 code missing from 表3 at the 表8 row', () => {
    const t8 = fund([['2120803', '征地和拆迁补偿支出', 5, 5]]);
    const r = run(rule, { expenditure: seedExpenditure(), general: seedGeneral((rows) => rows.splice(3, 12)), fund: t8 });
    // 表5 without its 208/210 rows is covered; 表8's 2120803 is not
    expect(r.findings.map((f) => [f.code, f.address, f.params])).toEqual([
      ['code-missing-from-expenditure', "'表8'!A6", { code: '2120803', name: '征地和拆迁补偿支出', table: '表3', presentIn: '表8' }],
    ]);
  });

  it('skips when 表3 is missing', () => {
    const r = run(rule, { general: seedGeneral() });
    expect(r.findings).toEqual([]);
    expect(r.coverage).toEqual([
      { ruleId: 'codes-covered-by-expenditure', status: 'partial', reason: 'table-missing', params: { table: '表3' } },
    ]);
  });
});

describe('codes-covered-by-expenditure: 表2 and 表3 list the same codes', () => {
  const t5 = () => seedGeneral((rows) => rows.splice(3, 12)); // only the 215 and 221 codes, all in 表3

  it('warns for a code in one and not the other, at the row where it is written', () => {
    const income = codeTable({
      kind: 'income',
      columns: ['total'],
      rows: [
        ['208', '社会保障和就业支出', 1], // row 6: not in 表3
        ['215', '资源勘探工业信息等支出', 5691.9],
        ['21505', '工业和信息产业监管', 5691.9],
        ['2150501', '行政运行', 1467.4],
        ['2150502', '一般行政管理事务', 56.5],
        ['2150517', '产业发展', 4168],
        ['221', '住房保障支出', 73.41],
        ['22102', '住房改革支出', 73.41],
        ['2210201', '住房公积金', 59.65], // 2210202 (表3 row 14) is missing here
      ],
    });
    const r = run(rule, { expenditure: seedExpenditure(), general: t5(), fund: fund([]), income });
    expect(r.findings.map((f) => [f.code, f.severity, f.address, f.params.code, f.params.table])).toEqual([
      ['income-expenditure-codes-differ', 'warning', "'表2'!A6", '208', '表3'],
      ['income-expenditure-codes-differ', 'warning', "'表3'!A14", '2210202', '表2'],
    ]);
    expect(r.coverage).toEqual([{ ruleId: 'codes-covered-by-expenditure', status: 'ran' }]);
  });

  it('skips a 表2 listed by unit (no function codes)', () => {
    const income = codeTable({ kind: 'income', columns: ['total'], unitCodes: ['209'], rows: [['209', '咸宁市经济和信息化局', 6136.96]] });
    const r = run(rule, { expenditure: seedExpenditure(), general: t5(), fund: fund([]), income });
    expect(r.findings).toEqual([]);
    expect(r.coverage).toEqual([
      { ruleId: 'codes-covered-by-expenditure', status: 'partial', reason: 'no-function-codes', params: { table: '表2' } },
    ]);
  });
});
