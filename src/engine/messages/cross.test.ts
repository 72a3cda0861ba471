// Every finding code and coverage reason the cross-table and completeness rules emit has a message in both locales.
import { MESSAGES, renderMessage, renderMessageKey } from '.';
import { crossTableEqual } from '../rules/cross-table-equal';
import { codesCoveredByExpenditure } from '../rules/codes-covered-by-expenditure';
import { tableMissing } from '../rules/table-missing';
import { tableEmptyNote } from '../rules/table-empty-note';
import { tableNoteAgrees } from '../rules/table-note-agrees';
import { runRules } from '../rules/run';
import { emptyCatalog } from '../catalog/catalog';
import { codeTable, itemTable } from '../tables/build';
import type { Tables } from '../tables/model';
import { seedBasic, seedExpenditure, seedFund, seedTables, seedThreePublic } from '../rules/__fixtures__/cross-seed';

const RULES = [crossTableEqual, codesCoveredByExpenditure, tableMissing, tableEmptyNote, tableNoteAgrees];
const run = (tables: Tables) => runRules(RULES, { tables, catalog: emptyCatalog(), workbook: { sheets: [] }, narrative: [] });

describe('cross-table and completeness messages', () => {
  it('render every code the rules emit on a faulty workbook, in zh-CN and en', () => {
    const seed = seedTables();
    const faulty = run({
      ...seed,
      // 表3 2150517 4168 → 3000 (below 表5's 3078) and 表3 215 6063.54 (rounding against 表1 支出总计)
      expenditure: seedExpenditure((rows) => {
        rows[0][2] = 6063.54;
        rows[4][2] = 3000;
      }),
      basic: seedBasic((rows) => (rows[21][2] = 5)), // 30217 5.00 > 表7 4.20
      threePublic: itemTable({ kind: 'threePublic', items: [['tp.reception', '公务接待费', 4.2]], notes: ['注：本表无数据'] }),
      fund: { ...seedFund(), notes: [{ text: '注：本部门无国有资本经营预算', cell: { sheet: '表8', row: 9, col: 0 } }] },
      stateCapital: codeTable({ kind: 'stateCapital', columns: ['total'], rows: [] }),
      income: codeTable({ kind: 'income', columns: ['total'], rows: [['208', '社会保障和就业支出', 1]] }),
    });
    const lessCovered = run({ expenditure: seedExpenditure(), general: seedTables().general, fund: codeTable({ kind: 'fund', columns: ['total'], rows: [['2150517', '产业发展', 1090.01]] }) });
    const codes = new Set([...faulty.findings, ...lessCovered.findings].map((f) => f.code));
    for (const code of [
      'cross-table-equal-mismatch',
      'cross-table-equal-rounding',
      'code-missing-from-expenditure',
      'income-expenditure-codes-differ',
      'expenditure-covers-amount-mismatch',
      'expenditure-covers-amount-rounding',
      'table-empty-no-note',
      'note-says-empty',
      'note-names-other-budget',
    ]) {
      expect(codes).toContain(code);
    }
    expect(run({}).findings.map((f) => f.code)).toContain('table-missing');
    for (const f of [...faulty.findings, ...lessCovered.findings, ...run({}).findings]) {
      for (const locale of ['zh-CN', 'en'] as const) {
        expect(MESSAGES[locale][f.code]).toBeDefined();
        expect(renderMessage(f, locale)).not.toMatch(/undefined|NaN|\[object/);
      }
    }
  });

  it('render the coverage reasons, including the two these rules add', () => {
    const gov = codeTable({ kind: 'basic', codeSystem: 'economicGov', columns: ['total'], rows: [['', '合计', 1]] });
    const byUnit = codeTable({ kind: 'income', columns: ['total'], unitCodes: ['209'], rows: [['209', '局', 1]] });
    const r = run({ basic: gov, general: seedTables().general, expenditure: seedExpenditure(), income: byUnit, threePublic: seedThreePublic() });
    const reasons = new Set(r.coverage.flatMap((c) => (c.reason ? [c.reason] : [])));
    expect(reasons).toEqual(new Set(['table-missing', 'code-system-unsupported', 'no-function-codes']));
    for (const c of r.coverage.filter((c) => c.reason)) {
      for (const locale of ['zh-CN', 'en'] as const) {
        expect(MESSAGES[locale][`coverage-${c.reason}`]).toBeDefined();
        expect(renderMessageKey(`coverage-${c.reason}`, c.params ?? {}, locale)).not.toMatch(/undefined|NaN/);
      }
    }
  });
});
