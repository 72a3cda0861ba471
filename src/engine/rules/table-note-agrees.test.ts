import { tableNoteAgrees } from './table-note-agrees';
import { codeTable, itemTable } from '../tables/build';
import { run, seedFund, seedSummary, seedTables } from './__fixtures__/cross-seed';

describe('table-note-agrees', () => {
  it('accepts the seed: 表8 zeros with 无相关政府性基金预算, 表1’s 社保 note, 表7 without a note', () => {
    expect(run(tableNoteAgrees, seedTables()).findings).toEqual([]);
  });

  it('warns at the note when a table with amounts says it is empty', () => {
    const t8 = codeTable({
      kind: 'fund',
      columns: ['total'],
      rows: [['2120803', '征地和拆迁补偿支出', 12.5]],
      notes: ['注：2022 年咸宁市经信局无相关政府性基金预算'],
    });
    const r = run(tableNoteAgrees, { fund: t8 });
    // one data row (sheet row 5), then a gap: the note sits at row 7 → A8
    expect(r.findings).toEqual([
      {
        ruleId: 'table-note-agrees',
        code: 'note-says-empty',
        severity: 'warning',
        table: 'fund',
        sheet: '表8',
        address: "'表8'!A8",
        cell: { sheet: '表8', row: 7, col: 0 },
        path: ['表8', 'notes', 0],
        params: { table: '表8', note: '注：2022 年咸宁市经信局无相关政府性基金预算', named: ['政府性基金预算'] },
      },
    ]);
  });

  it('warns when a 表8 note names another budget', () => {
    const t8 = { ...seedFund(), notes: [{ text: '注：本部门无国有资本经营预算', cell: { sheet: '表8', row: 8, col: 0 } }] };
    const r = run(tableNoteAgrees, { fund: t8 });
    expect(r.findings.map((f) => [f.code, f.address, f.params.named, f.params.expected])).toEqual([
      ['note-names-other-budget', "'表8'!A9", ['国有资本经营预算'], ['政府性基金预算']],
    ]);
  });

  it('warns for 本表无数据 on a table with amounts', () => {
    const t7 = itemTable({ kind: 'threePublic', items: [['tp.total', '合计', 8.2]], notes: ['注：本表无数据'] });
    expect(run(tableNoteAgrees, { threePublic: t7 }).findings.map((f) => f.code)).toEqual(['note-says-empty']);
  });

  it('on 表1, checks a named budget against its own line', () => {
    // seed 表1: 政府性基金拨款 blank → "无政府性基金预算" is true; 社保基金拨款 783.06 → "无社保基金" is not
    const fine = { ...seedSummary(), notes: [{ text: '注：本部门无政府性基金预算', cell: { sheet: '表1', row: 27, col: 0 } }] };
    expect(run(tableNoteAgrees, { summary: fine }).findings).toEqual([]);
    const wrong = { ...seedSummary(), notes: [{ text: '注：本部门无社保基金拨款收入', cell: { sheet: '表1', row: 27, col: 0 } }] };
    expect(run(tableNoteAgrees, { summary: wrong }).findings.map((f) => [f.code, f.params.named])).toEqual([['note-says-empty', ['社保基金']]]);
  });

  it('leaves notes about a single item alone', () => {
    const t7 = itemTable({ kind: 'threePublic', items: [['tp.total', '合计', 8.2]], notes: ['注：无因公出国（境）费用预算'] });
    expect(run(tableNoteAgrees, { threePublic: t7 }).findings).toEqual([]);
  });
});
