import type { SheetSnapshot, WorkbookSnapshot } from '../engine/workbook';
import { toPaneError, describeError } from './errors';
import { catalogSheets, prepareCheck } from './engine';
import { DEFAULT_SETTINGS, loadSettings, saveSettings } from './settings';
import { STRINGS } from './strings';

const sheet = (name: string, values: SheetSnapshot['values']): SheetSnapshot => ({ name, values, merges: [] });
const workbook: WorkbookSnapshot = {
  sheets: [
    sheet('表5', [['一般公共预算支出表'], ['单位：万元'], ['科目编码', '科目名称', '合计'], ['2010101', '行政运行', 1]]),
    sheet('科目表', [['科目编码', '科目名称'], ['2010101', '行政运行']]),
  ],
};

describe('settings storage', () => {
  it('falls back to defaults for what is missing, malformed or unknown, field by field', () => {
    const store = (v: string | null) => ({ getItem: () => v });
    expect(loadSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(loadSettings(store('not json'))).toEqual(DEFAULT_SETTINGS);
    expect(loadSettings(store(JSON.stringify({ locale: 'en', functionLevel: 7, catalog: 'builtin' })))).toEqual({
      ...DEFAULT_SETTINGS,
      locale: 'en',
      catalog: 'builtin',
    });
  });
  it('round-trips through storage and survives a storage that throws', () => {
    const data = new Map<string, string>();
    const store = { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v) };
    saveSettings(store, { ...DEFAULT_SETTINGS, reviewer: '王会计', functionLevel: 2 });
    expect(loadSettings(store)).toEqual({ ...DEFAULT_SETTINGS, reviewer: '王会计', functionLevel: 2 });
    expect(() => saveSettings({ setItem: () => { throw new Error('quota'); } }, DEFAULT_SETTINGS)).not.toThrow();
  });
});

describe('prepareCheck', () => {
  it('finds the workbook’s catalog sheet and hides it from the engine only for "built-in only"', () => {
    expect(catalogSheets(workbook)).toEqual(['科目表']);
    expect(prepareCheck(workbook, DEFAULT_SETTINGS, '', 'x').snapshot.sheets.map((s) => s.name)).toEqual(['表5', '科目表']);
    expect(prepareCheck(workbook, { ...DEFAULT_SETTINGS, catalog: 'builtin' }, '', 'x').snapshot.sheets.map((s) => s.name)).toEqual(['表5']);
  });
  it('passes a detail level to the engine only when it differs from the default 项/款', () => {
    expect(prepareCheck(workbook, DEFAULT_SETTINGS, '', 'x').options.detailLevel).toBeUndefined();
    expect(prepareCheck(workbook, { ...DEFAULT_SETTINGS, functionLevel: 2 }, '', 'x').options.detailLevel).toEqual({ function: 2, economic: 2 });
  });
  it('turns pasted text into narrative paragraphs, one per non-blank line', () => {
    expect(prepareCheck(workbook, DEFAULT_SETTINGS, '   \n', 'x').options.narrative).toBeUndefined();
    const narrative = prepareCheck(workbook, DEFAULT_SETTINGS, '一、收支预算总体情况\n\n收入预算 6136.96 万元。', '粘贴的说明').options.narrative!;
    expect(narrative.map((p) => p.text)).toEqual(['一、收支预算总体情况', '收入预算 6136.96 万元。']);
  });
});

describe('host errors in words', () => {
  it('words each known kind and shows the host’s message only for unknown failures', () => {
    const s = STRINGS['zh-CN'];
    const edit = toPaneError(Object.assign(new Error('InvalidOperationInCellEditMode'), { kind: 'cell-edit-mode' }));
    expect(edit.kind).toBe('cell-edit-mode');
    expect(describeError(edit, s)).toBe(s.hostErrors['cell-edit-mode']);
    const other = toPaneError(new Error('boom'));
    expect(other.kind).toBe('unknown');
    expect(describeError(other, s)).toContain('boom');
    expect(toPaneError({ kind: 'made-up' }).kind).toBe('unknown');
  });
});
