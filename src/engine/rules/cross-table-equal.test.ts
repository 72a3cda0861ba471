import { countedId, countedRows, crossTableEqual, evaluateOperand, rowsOfCode } from './cross-table-equal';
import { EQUALITIES } from './cross-table-equalities';
import { codeTable, itemTable } from '../tables/build';
import type { Tables } from '../tables/model';
import {
  run,
  seedBasic,
  seedExpenditure,
  seedFiscal,
  seedGeneral,
  seedSummary,
  seedTables,
  seedThreePublic,
} from './__fixtures__/cross-seed';

const byEquality = (r: ReturnType<typeof run>, id: string) => r.findings.filter((f) => f.params.equality === id);

describe('cross-table-equal on the seed', () => {
  const r = run(crossTableEqual, seedTables());

  it('finds exactly the five seed mismatches, all errors', () => {
    expect(r.findings.map((f) => [f.code, f.params.equality]).sort()).toEqual(
      [
        ['cross-table-equal-mismatch', 't3-total=t1-out-total'],
        ['cross-table-equal-mismatch', 't3-basic=t1-out-basic'],
        ['cross-table-equal-mismatch', 't3-personnel=t1-out-personnel'],
        ['cross-table-equal-mismatch', 't5-total=t4-in-general'],
        ['cross-table-equal-mismatch', 't5-project=t4-out-project'],
      ].sort(),
    );
    expect(r.findings.every((f) => f.severity === 'error')).toBe(true);
  });

  it('表3 without 合计 row: adds its 类 rows and says so', () => {
    const [f] = byEquality(r, 't3-total=t1-out-total');
    // 215 5691.90 + 221 73.41 = 5765.31 vs 表1 支出总计 6136.96: 5765.31 − 6136.96 = −371.65;
    // two written cells on the left → bound 2 × 0.005 = 0.01
    expect(f).toMatchObject({
      ruleId: 'cross-table-equal',
      table: 'expenditure',
      sheet: '表3',
      address: "'表3'!C6",
      path: ['表3', '合计', 'total'],
      params: {
        equality: 't3-total=t1-out-total',
        expected: 6136.96,
        actual: 5765.31,
        difference: -371.65,
        tolerance: 0.01,
        unit: '万元',
        operands: ["'表3'!C6", "'表3'!C11", "'表1'!D17"],
        leftLabel: '表3 合计·合计',
        rightLabel: '表1 支出总计',
        leftBasis: 'class-rows',
        relation: '=',
      },
    });
    // basic: 1467.40 + 73.41 = 1540.81 vs 1912.46 → −371.65
    expect(byEquality(r, 't3-basic=t1-out-basic')[0].params).toMatchObject({ expected: 1912.46, actual: 1540.81, difference: -371.65 });
    // personnel: 1272.99 + 73.41 = 1346.40 vs 1718.05 → −371.65
    expect(byEquality(r, 't3-personnel=t1-out-personnel')[0].params).toMatchObject({ expected: 1718.05, actual: 1346.4, difference: -371.65 });
  });

  it('表5 合计 against 表4 (single cell against single cell: exact)', () => {
    const [total] = byEquality(r, 't5-total=t4-in-general');
    // 4263.90 − 5353.90 = −1090.00; one cell each side → bound 0.005, no rounding allowed
    expect(total).toMatchObject({
      address: "'表5'!C6",
      path: ['表5', '合计', 'total'],
      params: { expected: 5353.9, actual: 4263.9, difference: -1090, tolerance: 0.005, operands: ["'表5'!C6", "'表4'!B6"] },
    });
    expect(total.params.leftBasis).toBeUndefined();
    const [project] = byEquality(r, 't5-project=t4-out-project');
    // 3134.50 − 4224.50 = −1090.00 (表4 has no fund money, so its spending is all 表5's)
    expect(project).toMatchObject({
      address: "'表5'!G6",
      params: { expected: 4224.5, actual: 3134.5, difference: -1090, operands: ["'表5'!G6", "'表4'!D9"] },
    });
  });

  it('records 表2 as missing for each of its equalities, never as passed', () => {
    const t2 = EQUALITIES.filter((e) => e.id.startsWith('t2-')).map((e) => e.id);
    expect(t2.length).toBeGreaterThan(10);
    const skipped = r.coverage.filter((c) => c.reason === 'table-missing');
    expect(skipped.map((c) => c.params!.equality).sort()).toEqual([...t2].sort());
    expect(skipped.every((c) => c.status === 'partial' && c.params!.table === '表2')).toBe(true);
    expect(r.coverage.some((c) => c.status === 'ran')).toBe(false);
  });

  it('passes when the seed is corrected', () => {
    // 表3 gains the 合计 row 表1 implies; 表4 and 表1 are brought down to what 表5 spends.
    const tables: Tables = {
      ...seedTables(),
      expenditure: seedExpenditure((rows) => rows.unshift(['', '合计', 6136.96, 1912.46, 1718.05, 194.41, 4224.5, 4224.5, null, null, null, null, null, null])),
      fiscal: seedFiscal((items) => {
        // 表4 in.general 4263.90 = 表5 合计; project 3134.50 = 表5 project; 表1 in.general must follow
        items[0][2] = 4263.9;
        items[11][2] = 3134.5;
      }),
      summary: seedSummary((items) => (items[0][2] = 4263.9)),
    };
    const res = run(crossTableEqual, tables);
    expect(res.findings).toEqual([]);
  });
});

describe('cross-table-equal details', () => {
  it('reports a rounding note within n × step/2 on the side with more parts', () => {
    const tables: Tables = {
      summary: seedSummary(),
      // 215 6063.54 + 221 73.41 = 6136.95 vs 6136.96: −0.01, 2 parts → bound 0.01 → note
      expenditure: seedExpenditure((rows) => (rows[0][2] = 6063.54)),
    };
    const f = byEquality(run(crossTableEqual, tables), 't3-total=t1-out-total');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ code: 'cross-table-equal-rounding', severity: 'info', params: { difference: -0.01, tolerance: 0.01 } });
  });

  it('uses the 合计 row when there is one (no basis param)', () => {
    const tables: Tables = {
      summary: seedSummary(),
      expenditure: seedExpenditure((rows) => rows.unshift(['', '合计', 6136.97, null, null, null, null, null, null, null, null, null, null, null])),
    };
    const [f] = byEquality(run(crossTableEqual, tables), 't3-total=t1-out-total');
    // 6136.97 − 6136.96 = +0.01, single cell vs single cell → error
    expect(f).toMatchObject({ code: 'cross-table-equal-mismatch', address: "'表3'!C6", params: { difference: 0.01, tolerance: 0.005 } });
    expect(f.params.leftBasis).toBeUndefined();
  });

  it('prefers 本年支出合计 to 支出总计 when 表1 has it', () => {
    const summary = seedSummary((items) => items.push(['out.yearTotal', '本年支出合计', 5765.31]));
    const r = run(crossTableEqual, { summary, expenditure: seedExpenditure() });
    // 表3 5691.90 + 73.41 = 5765.31 = 本年支出合计 5765.31, though 支出总计 says 6136.96
    expect(byEquality(r, 't3-total=t1-out-total')).toEqual([]);
  });

  it('compares tables in different units in 分 with the coarser bound', () => {
    // 表5 in 元: 53,539,012.34 元 vs 表4 5353.90 万元 = 53,539,000.00 元 → +12.34 元;
    // coarser step 0.01 万元 = 100 元, one cell each → bound 100/2 = 50 元 → rounding note
    const general = (v: number) =>
      codeTable({ kind: 'general', unit: '元', columns: ['total'], rows: [['', '合计', v]] });
    const near = byEquality(run(crossTableEqual, { fiscal: seedFiscal(), general: general(53_539_012.34) }), 't5-total=t4-in-general');
    expect(near).toHaveLength(1);
    expect(near[0]).toMatchObject({ code: 'cross-table-equal-rounding', params: { difference: 12.34, tolerance: 50, unit: '元' } });
    // 53,539,060 − 53,539,000 = 60 元 > 50 元 → error
    const far = byEquality(run(crossTableEqual, { fiscal: seedFiscal(), general: general(53_539_060) }), 't5-total=t4-in-general');
    expect(far[0]).toMatchObject({ code: 'cross-table-equal-mismatch', params: { expected: 53_539_000, actual: 53_539_060, difference: 60 } });
  });

  it('checks 表6 301 + 303 and 302 + 310 against 表5 (and reports a changed cell)', () => {
    // seed: 636.68 + 298.30 = 934.98 = 表5 personnel; 189.41 + 5.00 = 194.41 = 表5 publicStd
    const ok = run(crossTableEqual, { general: seedGeneral(), basic: seedBasic() });
    expect(ok.findings).toEqual([]);
    const changed = run(crossTableEqual, { general: seedGeneral(), basic: seedBasic((rows) => (rows[34][2] = 6)) }); // rows[34] is 310
    const [f] = byEquality(changed, 't6-302+310=t5-publicStd');
    // 189.41 + 6.00 = 195.41 vs 194.41 → +1.00; 2 parts → bound 0.01
    expect(f).toMatchObject({
      code: 'cross-table-equal-mismatch',
      table: 'basic',
      address: "'表6'!C20",
      path: ['表6', '302+310', 'total'],
      params: { expected: 194.41, actual: 195.41, difference: 1, tolerance: 0.01, operands: ["'表6'!C20", "'表6'!C40", "'表5'!F6"] },
    });
  });

  it('stands the 款 rows in for a missing 类 row', () => {
    // Without the 310 row, its only 款 31002 5.00 stands for it: 189.41 + 5.00 = 194.41 ✓
    const basic = seedBasic((rows) => rows.splice(34, 1)); // rows[34] is 310 (sheet row 40)
    expect(basic.rows.some((r) => r.code === '310')).toBe(false);
    const r = run(crossTableEqual, { general: seedGeneral(), basic });
    expect(byEquality(r, 't6-302+310=t5-publicStd')).toEqual([]);
  });

  it('adds a code over the unit blocks of a table of several units', () => {
    // 表6 lists 301/303 under each of two units: (600.00 + 34.98) + (250.00 + 50.00) = 934.98 = 表5 personnel
    const rows: [string, string, number][] = [
      ['', '合计', 1129.4],
      ['209', '局', 1129.4],
      ['209001', '局本级', 829.4],
      ['301', '工资福利支出', 600],
      ['303', '对个人和家庭的补助', 34.98],
      ['302', '商品和服务支出', 189.41],
      ['310', '资本性支出', 5.01],
      ['209002', '中心', 300],
      ['301', '工资福利支出', 250],
      ['303', '对个人和家庭的补助', 50],
    ];
    const basic = codeTable({ kind: 'basic', columns: ['total'], unitCodes: ['209', '209001', '209002'], rows });
    const r = run(crossTableEqual, { general: seedGeneral(), basic });
    expect(byEquality(r, 't6-301+303=t5-personnel')).toEqual([]);
    // 302 + 310 = 189.41 + 5.01 = 194.42 vs 194.41: 2 written cells → rounding note, not an error
    expect(byEquality(r, 't6-302+310=t5-publicStd').map((f) => f.code)).toEqual(['cross-table-equal-rounding']);
  });

  it('counts only the department block when it repeats the units’ codes', () => {
    // The department's block (under 209) already adds the units' blocks: counting all would double it.
    const rows: [string, string, number][] = [
      ['209', '局', 1129.4],
      ['301', '工资福利支出', 636.68],
      ['303', '对个人和家庭的补助', 298.3],
      ['209001', '局本级', 1000],
      ['301', '工资福利支出', 536.68],
      ['303', '对个人和家庭的补助', 298.3],
      ['209002', '中心', 129.4],
      ['301', '工资福利支出', 100],
    ];
    const basic = codeTable({ kind: 'basic', columns: ['total'], unitCodes: ['209', '209001', '209002'], rows });
    const r = run(crossTableEqual, { general: seedGeneral(), basic });
    // 636.68 + 298.30 = 934.98 = 表5 personnel
    expect(byEquality(r, 't6-301+303=t5-personnel')).toEqual([]);
  });

  it('does not take a block that lacks the units’ codes for the department’s', () => {
    // A department row the reader could not tell from a class (901 测试部门) sits before the unit
    // blocks; it does not repeat 301/303, so the units' blocks are added: 600.00 + 334.98 = 934.98
    const rows: [string, string, number][] = [
      ['901', '测试部门', 1129.4],
      ['901001', '第1单位', 800],
      ['301', '工资福利支出', 600],
      ['901002', '第2单位', 329.4],
      ['303', '对个人和家庭的补助', 334.98],
    ];
    const basic = codeTable({ kind: 'basic', columns: ['total'], unitCodes: ['901001', '901002'], rows });
    expect(byEquality(run(crossTableEqual, { general: seedGeneral(), basic }), 't6-301+303=t5-personnel')).toEqual([]);
  });

  it("'<=': 表6 30217 may be less than 表7 公务接待费, not more", () => {
    // seed 1.50 <= 4.20 ✓
    expect(run(crossTableEqual, { basic: seedBasic(), threePublic: seedThreePublic() }).findings).toEqual([]);
    const r = run(crossTableEqual, { basic: seedBasic((rows) => (rows[21][2] = 5)) /* 30217 */, threePublic: seedThreePublic() });
    // 5.00 − 4.20 = +0.80 > 0.005
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({
      code: 'cross-table-equal-mismatch',
      address: "'表6'!C27",
      path: ['表6', '30217', 'total'],
      params: { relation: '<=', expected: 4.2, actual: 5, difference: 0.8, operands: ["'表6'!C27", "'表7'!B8"] },
    });
  });

  it('with the government economic classification: skips 301 + 303, uses 50206 for 公务接待费', () => {
    const basic = codeTable({
      kind: 'basic',
      codeSystem: 'economicGov',
      columns: ['total'],
      rows: [['', '合计', 1129.4], ['502', '机关商品和服务支出', 194.41], ['50206', '公务接待费', 4.3]],
    });
    const r = run(crossTableEqual, { basic, general: seedGeneral(), threePublic: seedThreePublic() });
    const unsupported = r.coverage.filter((c) => c.reason === 'code-system-unsupported');
    expect(unsupported.map((c) => c.params!.equality).sort()).toEqual(['t6-301+303=t5-personnel', 't6-302+310=t5-publicStd']);
    // 4.30 − 4.20 = +0.10 → error; the 30217 equality does not apply (no skip for it)
    expect(r.findings.map((f) => f.params.equality)).toEqual(['t6-50206<=t7-reception']);
    expect(r.coverage.some((c) => c.params?.equality === 't6-30217<=t7-reception')).toBe(false);
  });

  it('skips (partial) when a needed item or column is not there', () => {
    const summary = seedSummary((items) => items.splice(21, 1)); // drop out.basic.personnel
    const r = run(crossTableEqual, { summary, expenditure: seedExpenditure() });
    expect(r.coverage).toContainEqual({
      ruleId: 'cross-table-equal',
      status: 'partial',
      reason: 'column-not-found',
      params: { equality: 't3-personnel=t1-out-personnel', table: '表1', columns: ['人员经费支出'] },
    });
    const noBasic = codeTable({ kind: 'expenditure', columns: ['total'], rows: [['', '合计', 6136.96]] });
    const r2 = run(crossTableEqual, { summary: seedSummary(), expenditure: noBasic });
    expect(r2.coverage.filter((c) => c.reason === 'column-not-found').map((c) => c.params!.equality)).toEqual([
      't3-basic=t1-out-basic',
      't3-personnel=t1-out-personnel',
      't3-publicStd=t1-out-publicStd',
      't3-project=t1-out-project',
    ]);
    expect(r2.findings).toEqual([]); // 6136.96 = 6136.96
  });

  it('表2: checks the source columns it has, and picks the total by its 上年结转 column', () => {
    // seed 表1: in.general 5353.90, in.social 783.06, 收入总计 6136.96 (no 本年收入合计)
    const income = (withCarryover: boolean) =>
      codeTable({
        kind: 'income',
        columns: withCarryover ? ['total', 'generalGrant', 'socialGrant', 'carryover'] : ['total', 'generalGrant', 'socialGrant'],
        rows: [['', '合计', 6136.96, 5353.9, 780, ...(withCarryover ? [null] : [])]],
      });
    const r = run(crossTableEqual, { summary: seedSummary(), income: income(false) });
    // socialGrant 780.00 − 783.06 = −3.06; total and generalGrant agree
    expect(r.findings.map((f) => [f.params.equality, f.address, f.params.difference])).toEqual([
      ['t2-socialGrant=t1-in-social', "'表2'!E6", -3.06],
    ]);
    const t2Skips = (res: ReturnType<typeof run>) => res.coverage.filter((c) => String(c.params?.equality).startsWith('t2-'));
    expect(t2Skips(r)).toEqual([]);
    const ids = (res: ReturnType<typeof run>) => res.findings.map((f) => f.params.equality);
    // with a 上年结转 column: total = 收入总计 and carryover (blank) = 上年结转 (absent from 表1 → skip)
    const r2 = run(crossTableEqual, { summary: seedSummary(), income: income(true) });
    expect(ids(r2)).toEqual(['t2-socialGrant=t1-in-social']);
    expect(t2Skips(r2).map((c) => [c.reason, c.params?.equality])).toEqual([['column-not-found', 't2-carryover=t1-in-carryover']]);
  });

  it('表8 without 合计 or 类 rows: its department row stands for the total', () => {
    const fund = codeTable({ kind: 'fund', columns: ['total'], unitCodes: ['209', '209001'], rows: [['209', '局', 12], ['209001', '本级', 12]] });
    const [f] = run(crossTableEqual, { fund, fiscal: seedFiscal() }).findings;
    // 12.00 − 0 (表4 政府性基金拨款 blank) = +12.00 at the 209 row
    expect(f).toMatchObject({ address: "'表8'!C6", params: { equality: 't8-total=t4-in-fund', difference: 12, leftBasis: 'unit-rows' } });
  });

  it('does not compare 表5 with 表4 spending when 表4 has government-fund money', () => {
    const fiscal = seedFiscal((items) => (items[3][2] = 100)); // in.fund 100.00
    const r = run(crossTableEqual, { fiscal, general: seedGeneral() });
    expect(r.findings.map((f) => f.params.equality)).toEqual(['t5-total=t4-in-general']);
    // not applicable rather than skipped: nothing in the coverage about them
    const noFund = ['t5-basic=t4-out-basic', 't5-project=t4-out-project', 't5-personnel=t4-out-personnel', 't5-publicStd=t4-out-publicStd'];
    expect(r.coverage.filter((c) => noFund.includes(c.params?.equality as string))).toEqual([]);
  });

  it('never throws on empty tables', () => {
    const empty = itemTable({ kind: 'summary', items: [] });
    expect(() => run(crossTableEqual, { summary: empty, expenditure: codeTable({ kind: 'expenditure', columns: [], rows: [] }) })).not.toThrow();
  });
});

describe('countedRows', () => {
  const basic = (rows: [string, string, number][], unitCodes: string[]) => codeTable({ kind: 'basic', columns: ['total'], unitCodes, rows });
  const sheetRows = (rows: { row: number }[]) => rows.map((r) => r.row);

  it('groups the rows of every unit block by code, in table order', () => {
    // Sheet rows from 5: 209001 (5), 301 (6), 303 (7), 209002 (8), 303 (9), 301 (10)
    const t = basic([['209001', 'A', 1], ['301', '工资', 1], ['303', '补助', 1], ['209002', 'B', 1], ['303', '补助', 1], ['301', '工资', 1]], ['209001', '209002']);
    const c = countedRows(t);
    expect([c.from, c.to]).toEqual([0, 4]);
    expect(c.order.map((id) => c.index.codes[id])).toEqual(['301', '303']);
    expect(sheetRows(rowsOfCode(c, countedId(c, '301')))).toEqual([6, 10]);
    expect(sheetRows(rowsOfCode(c, countedId(c, '303')))).toEqual([7, 9]);
    // 30 is no row's code, 3 is not even a prefix in the index.
    expect([countedId(c, '30'), countedId(c, '3')]).toEqual([-1, -1]);
  });

  it('counts only the block that repeats every code of the blocks under its unit', () => {
    // 209 (5), 301 (6), 303 (7), 209001 (8), 301 (9), 303 (10), 209002 (11), 301 (12)
    const rows: [string, string, number][] = [['209', '局', 1], ['301', '工资', 1], ['303', '补助', 1], ['209001', '本级', 1], ['301', '工资', 1], ['303', '补助', 1], ['209002', '中心', 1], ['301', '工资', 1]];
    const c = countedRows(basic(rows, ['209', '209001', '209002']));
    expect([c.from, c.to]).toEqual([0, 2]);
    expect(sheetRows(rowsOfCode(c, countedId(c, '301')))).toEqual([6]);
    // Without 303 in the department's block it is not their sum: every block counts.
    const partial = countedRows(basic(rows.filter((_, i) => i !== 2), ['209', '209001', '209002']));
    expect([partial.from, partial.to]).toEqual([0, 4]);
    expect(sheetRows(rowsOfCode(partial, countedId(partial, '301')))).toEqual([6, 8, 11]);
  });

  it("lets a code's children stand for it when it has no row, and only its children", () => {
    // 30101 (5) 400 + 30102 (7) 236.68 = 636.68 万元 = 636,680,000 分; 3010101 (8) is a grandchild, 303 another code.
    const t = basic([['30101', '基本工资', 400], ['303', '补助', 298.3], ['30102', '津贴补贴', 236.68], ['3010101', '再下级', 99]], []);
    const v = evaluateOperand({ basic: t }, { table: 'basic', column: 'total', code: '301' });
    expect(v).toMatchObject({ fen: 636_680_000, nonBlank: 2, basis: 'child-rows', cells: [{ sheet: '表6', row: 5, col: 2 }, { sheet: '表6', row: 7, col: 2 }] });
    // No row and no children: 0 from no cells.
    expect(evaluateOperand({ basic: t }, { table: 'basic', column: 'total', code: '302' })).toMatchObject({ fen: 0, nonBlank: 0, cells: [] });
  });
});
