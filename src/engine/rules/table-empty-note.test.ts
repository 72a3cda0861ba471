import { emptyClaim, hasAmounts, narrativeSaysEmpty, tableEmptyNote } from './table-empty-note';
import { codeTable, itemTable } from '../tables/build';
import type { Table } from '../tables/model';
import { run, seedFund, seedTables } from './__fixtures__/cross-seed';

const titled = (t: Table): Table => ({ ...t, titleCell: { sheet: t.sheet, row: 1, col: 0 } });
const fundWithout = (): Table => titled({ ...seedFund(), notes: [] });

describe('table-empty-note', () => {
  it('accepts the seed: 表8 is all zeros with the note 无相关政府性基金预算; the others have amounts', () => {
    expect(run(tableEmptyNote, seedTables()).findings).toEqual([]);
  });

  it('warns at the title cell of an empty table with no note and no narrative', () => {
    const r = run(tableEmptyNote, { fund: fundWithout() });
    expect(r.findings).toEqual([
      {
        ruleId: 'table-empty-note',
        code: 'table-empty-no-note',
        severity: 'warning',
        table: 'fund',
        sheet: '表8',
        address: "'表8'!A2",
        cell: { sheet: '表8', row: 1, col: 0 },
        path: ['表8'],
        params: { table: '表8', title: '表8', narrativeChecked: false },
      },
    ]);
  });

  it('accepts the narrative saying 无…政府性基金预算 or 政府性基金预算支出为 0', () => {
    expect(run(tableEmptyNote, { fund: fundWithout() }, [{ text: '市经信局2022年度无相关政府性基金预算。' }]).findings).toEqual([]);
    expect(run(tableEmptyNote, { fund: fundWithout() }, [{ text: '咸宁市经信局 2022 年政府性基金预算支出为 0。' }]).findings).toEqual([]);
  });

  it('does not accept a narrative about another budget', () => {
    const r = run(tableEmptyNote, { fund: fundWithout() }, [{ text: '本部门无国有资本经营预算。' }]);
    expect(r.findings.map((f) => [f.code, f.params.narrativeChecked])).toEqual([['table-empty-no-note', true]]);
  });

  it('accepts 本表无数据 on an empty 表9; 表7 with blank cells needs a 三公 sentence', () => {
    const t9 = codeTable({ kind: 'stateCapital', columns: ['total'], rows: [], notes: ['注：本表无数据'] });
    const t7 = itemTable({ kind: 'threePublic', items: [['tp.total', '合计', null], ['tp.reception', '公务接待费', null]] });
    const r = run(tableEmptyNote, { stateCapital: t9, threePublic: t7 });
    // no titleCell from the builder: the finding falls back to A1 of the sheet
    expect(r.findings.map((f) => [f.path[0], f.address])).toEqual([['表7', "'表7'!A1"]]);
    expect(run(tableEmptyNote, { stateCapital: t9, threePublic: t7 }, [{ text: '本部门无“三公”经费预算。' }]).findings).toEqual([]);
  });

  it('says nothing about a table with one amount', () => {
    const t8 = codeTable({ kind: 'fund', columns: ['total'], rows: [['209', '局', 0.01]] });
    expect(run(tableEmptyNote, { fund: t8 }).findings).toEqual([]);
  });
});


describe('emptyClaim', () => {
  it.each([
    ['注：2022 年咸宁市经信局无相关政府性基金预算', ['fund'], false],
    ['市经信局2022年度无相关政府性基金预算。', ['fund'], false],
    ['咸宁市经信局 2022 年政府性基金预算支出为 0。', ['fund'], false],
    ['本部门没有国有资本经营预算支出', ['capital'], false],
    ['注：本单位无“三公”经费', ['threePublic'], false],
    ['注：本表无数据', [], true],
    ['说明：此表为空表', [], true],
    ['注：本单位无相关预算', [], true],
    ['注：本表无政府性基金预算', ['fund'], false],
    // about one item, not a budget or the table
    ['注：无因公出国（境）费用预算', [], false],
  ])('%s', (text, kinds, wholeTable) => {
    expect(emptyClaim(text)).toEqual({ kinds, wholeTable });
  });

  it.each([
    ['备注：本表收支包含社保基金发放退休人员的退休金'],
    ['价值50万元以上通用设备、单价100万元以上专用设备等国有资产本年度与上年度相比无变化。'],
    ['政府性基金拨款收入 0 万元，与上年持平'],
    ['负责无线电和电子电器产品维修行业管理工作'],
    ['一般公共预算支出增长率为0%'],
  ])('no claim in %s', (text) => {
    expect(emptyClaim(text)).toBeUndefined();
  });
});

describe('hasAmounts', () => {
  it('is false when every value is blank or 0.00', () => {
    expect(hasAmounts(codeTable({ kind: 'fund', columns: ['total', 'basic'], rows: [['209', '局', 0, null]] }))).toBe(false);
    expect(hasAmounts(itemTable({ kind: 'threePublic', items: [['tp.total', '合计', null]] }))).toBe(false);
  });
  it('is true for one non-zero cell, in rows or items', () => {
    expect(hasAmounts(codeTable({ kind: 'fund', columns: ['total', 'basic'], rows: [['209', '局', 0, 0.01]] }))).toBe(true);
    expect(hasAmounts(itemTable({ kind: 'threePublic', items: [['tp.total', '合计', 8.2]] }))).toBe(true);
  });
});

describe('narrativeSaysEmpty', () => {
  it('finds the sentence naming the budget, anywhere in a paragraph', () => {
    const paragraphs = [
      { text: '2022 年市经信局部门收入预算总额为 6136.96 万元。' },
      { text: '六、政府性基金预算支出情况说明。市经信局2022年度无相关政府性基金预算。' },
    ];
    expect(narrativeSaysEmpty(paragraphs, ['fund'])).toBe(paragraphs[1]);
    expect(narrativeSaysEmpty(paragraphs, ['capital'])).toBeUndefined();
  });
});
