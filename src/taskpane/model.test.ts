import type { Acceptance, CoverageEntry, Finding } from '../engine/findings';
import { findingKey } from '../engine/findings';
import type { SheetInfo } from '../engine/reader';
import { cellsToSelect, shortAddress } from './cells';
import { applyFilters, groupOf, groupRows, NO_FILTERS, summarize, toRows } from './model';

const T5 = '表5 一般公共预算支出表';

function finding(over: Partial<Finding>): Finding {
  return { ruleId: 'cross-table-equal', code: 'cross-table-equal', severity: 'error', path: [], params: {}, ...over };
}

const sheets: SheetInfo[] = [
  { sheet: T5, role: 'table', table: 'general' },
  { sheet: '第四部分 编制说明', role: 'narrative' },
  { sheet: '第二部分 主要工作任务', role: 'tasks' },
  { sheet: '绩效目标', role: 'targets' },
  { sheet: 'Sheet9', role: 'other' },
];

describe('groupOf', () => {
  const roles = new Map(sheets.map((s) => [s.sheet, s.role] as const));
  it('puts a finding about a table in that table', () => {
    expect(groupOf(finding({ table: 'general', sheet: T5 }), roles)).toBe('general');
  });
  it('groups by the role of the sheet it points at when it names no table', () => {
    expect(groupOf(finding({ ruleId: 'narrative-year', sheet: '第四部分 编制说明' }), roles)).toBe('narrative');
    expect(groupOf(finding({ ruleId: 'narrative-duplicate-subject', sheet: '第二部分 主要工作任务' }), roles)).toBe('narrative');
    expect(groupOf(finding({ ruleId: 'narrative-duplicate-subject', sheet: '绩效目标' }), roles)).toBe('targets');
  });
  it('puts pasted narrative (no sheet) under 说明 and the rest under 其他', () => {
    expect(groupOf(finding({ ruleId: 'narrative-year' }), roles)).toBe('narrative');
    expect(groupOf(finding({ ruleId: 'reader', sheet: 'Sheet9' }), roles)).toBe('other');
  });
});

describe('toRows and summarize', () => {
  const err = finding({ table: 'general', sheet: T5, address: `'${T5}'!C7`, path: ['表5', '合计', '合计'] });
  const warn = finding({ ruleId: 'code-in-catalog', code: 'code-name-differs', severity: 'warning', table: 'general', sheet: T5, path: ['表5', '2010101'] });
  const info = finding({ ruleId: 'parent-equals-children', code: 'sum-rounding', severity: 'info', table: 'general', sheet: T5, path: ['表5', '208'] });
  const accepted: Acceptance = { key: findingKey(err), reason: '表4 含上年结转', by: '李审核', at: '2024-03-01T08:00:00.000Z' };

  it('matches acceptances by findingKey and keeps same-key findings apart in the grid', () => {
    const rows = toRows({ findings: [err, { ...err, params: { actual: 1 } }, warn], sheets }, new Map([[accepted.key, accepted]]));
    expect(rows.map((r) => r.key)).toEqual([accepted.key, `${accepted.key}#1`, findingKey(warn)]);
    expect(rows[0].acceptance).toBe(accepted);
    expect(rows[1].acceptance).toBe(accepted);
    expect(rows[2].acceptance).toBeUndefined();
  });

  it('counts accepted findings apart and takes the intent from the worst open finding', () => {
    const rows = toRows({ findings: [err, warn, info], sheets }, new Map([[accepted.key, accepted]]));
    const s = summarize(rows, [{ ruleId: 'a', status: 'ran' }]);
    // err is accepted: 0 errors, 1 warning, 1 note, 1 accepted.
    expect(s.counts).toEqual({ error: 0, warning: 1, info: 1 });
    expect(s.accepted).toBe(1);
    expect(s.intent).toBe('warning');
    expect(summarize(toRows({ findings: [err, info], sheets }, new Map()), []).intent).toBe('error');
  });

  it('never calls a run with skipped checks a pass', () => {
    const skipped: CoverageEntry[] = [
      { ruleId: 'a', status: 'ran' },
      { ruleId: 'b', status: 'skipped', reason: 'table-missing' },
      { ruleId: 'b', status: 'skipped', reason: 'table-missing' },
      { ruleId: 'c', status: 'partial', reason: 'narrative-unchecked' },
    ];
    const s = summarize([], skipped);
    expect(s.intent).toBe('warning');
    expect(s.skipped).toHaveLength(3);
    expect(s.ran).toBe(1);
    expect(summarize([], [{ ruleId: 'a', status: 'ran' }]).intent).toBe('success');
    expect(summarize(toRows({ findings: [info], sheets }, new Map()), []).intent).toBe('info');
  });

  it('filters by severity, group, rule and accepted; an empty filter means all', () => {
    const rows = toRows(
      { findings: [err, warn, info, finding({ ruleId: 'narrative-year', severity: 'error', sheet: '第四部分 编制说明' })], sheets },
      new Map([[accepted.key, accepted]]),
    );
    expect(applyFilters(rows, NO_FILTERS)).toHaveLength(4);
    expect(applyFilters(rows, { ...NO_FILTERS, severities: ['error'] }).map((r) => r.finding.ruleId)).toEqual(['cross-table-equal', 'narrative-year']);
    expect(applyFilters(rows, { ...NO_FILTERS, groups: ['narrative'] }).map((r) => r.finding.ruleId)).toEqual(['narrative-year']);
    expect(applyFilters(rows, { ...NO_FILTERS, rules: ['code-in-catalog', 'parent-equals-children'] })).toHaveLength(2);
    expect(applyFilters(rows, { ...NO_FILTERS, showAccepted: false }).map((r) => r.finding.ruleId)).not.toContain('cross-table-equal');
  });

  it('groups rows in table order, then 说明, 绩效目标, 其他', () => {
    const rows = toRows(
      {
        findings: [
          finding({ ruleId: 'reader', sheet: 'Sheet9' }),
          finding({ ruleId: 'narrative-year', sheet: '第四部分 编制说明' }),
          finding({ table: 'general' }),
          finding({ table: 'summary' }),
        ],
        sheets,
      },
      new Map(),
    );
    expect(groupRows(rows).map((g) => g.group)).toEqual(['summary', 'general', 'narrative', 'other']);
  });
});

describe('cellsToSelect', () => {
  const cellAt = (sheet: string, row: number, col: number) => ({ sheet, top: row, left: col, bottom: row, right: col });

  it('selects the cell and its operands on the same sheet, once each', () => {
    const f = finding({
      cell: { sheet: T5, row: 6, col: 2 },
      params: { operands: [`'${T5}'!C7`, `'${T5}'!C10`, "'表4 财政拨款收支总表'!B6", `'${T5}'!C18`] },
    });
    // C7 is the finding's own cell (row 6, col 2); 表4's B6 is on another sheet and Excel selects one sheet at a time.
    expect(cellsToSelect(f)).toEqual([cellAt(T5, 6, 2), cellAt(T5, 9, 2), cellAt(T5, 17, 2)]);
  });
  it('selects an operand range as one area', () => {
    const f = finding({ cell: { sheet: T5, row: 11, col: 2 }, params: { operands: [`'${T5}'!C13:C18`, `'${T5}'!C20`] } });
    expect(cellsToSelect(f)).toEqual([cellAt(T5, 11, 2), { sheet: T5, top: 12, left: 2, bottom: 17, right: 2 }, cellAt(T5, 19, 2)]);
  });
  it('falls back to the first operand when the finding has no cell, and to nothing without either', () => {
    expect(cellsToSelect(finding({ params: { operands: ["'表6'!C33"] } }))).toEqual([cellAt('表6', 32, 2)]);
    expect(cellsToSelect(finding({}))).toEqual([]);
  });
});

describe('shortAddress', () => {
  it('drops the sheet when it is the finding’s own', () => {
    expect(shortAddress(`'${T5}'!C7`, T5)).toBe('C7');
    expect(shortAddress("'表4 财政拨款收支总表'!B6", T5)).toBe('表4 财政拨款收支总表!B6');
    expect(shortAddress(`'${T5}'!C13:C18`, T5)).toBe('C13:C18');
    expect(shortAddress('not an address', T5)).toBe('not an address');
  });
});
