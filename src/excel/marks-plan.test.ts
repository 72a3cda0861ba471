import type { Finding } from '../engine/findings';
import { renderMessage } from '../engine/messages';
import { markedNote, markTargets, NOTE_SEPARATOR, NOTE_TITLE, planMarks, type MarkEntry } from './marks-plan';

const f = (severity: Finding['severity'], row: number, col: number, code = 'sum-mismatch'): Finding => ({
  ruleId: 'parent-equals-children',
  code,
  severity,
  sheet: '表5',
  cell: { sheet: '表5', row, col },
  address: `'表5'!x`,
  path: ['表5', String(row)],
  params: { expected: 10, actual: 12, difference: 2, tolerance: 0.01, unit: '万元' },
});

describe('markTargets', () => {
  it('gives one target per cell, the worst severity, every message once, worst first', () => {
    const info = f('info', 19, 2, 'sum-rounding');
    const error = f('error', 19, 2);
    const targets = markTargets([info, error, error, f('warning', 3, 0)]);
    expect(targets.map((t) => [t.cell, t.severity])).toEqual([
      ['C20', 'error'],
      ['A4', 'warning'],
    ]);
    expect(targets[0].text).toBe([NOTE_TITLE['zh-CN'], `• ${renderMessage(error)}`, `• ${renderMessage(info)}`].join('\n'));
  });

  it('leaves out findings without a cell (nothing to colour)', () => {
    expect(markTargets([{ ...f('error', 0, 0), cell: undefined }])).toEqual([]);
  });
});

describe('planMarks', () => {
  const entry = (cell: string): MarkEntry => ({ sheet: '表5', cell, fill: { pattern: 'None' }, note: null, noted: true });
  const target = (cell: string) => ({ sheet: '表5', cell, severity: 'error' as const, text: 't' });

  it('keeps saved originals of cells marked again, saves new ones, and puts back cells no longer found', () => {
    const plan = planMarks([entry('A1'), entry('B2')], [target('B2'), target('C3')]);
    expect(plan.restore.map((e) => e.cell)).toEqual(['A1']);
    expect(plan.kept.map((e) => e.cell)).toEqual(['B2']);
    expect(plan.fresh.map((t) => t.cell)).toEqual(['C3']);
  });
});

describe('markedNote', () => {
  it('puts our text before the note the cell already had', () => {
    const t = { sheet: '表5', cell: 'A1', severity: 'error' as const, text: '我们的' };
    expect(markedNote(t, null)).toBe('我们的');
    expect(markedNote(t, '原有')).toBe(`我们的${NOTE_SEPARATOR}原有`);
  });
});
