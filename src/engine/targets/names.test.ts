import { resolveSheetNames } from './names';

const wanted = [
  { key: 'project:A', name: '目标表1 A' },
  { key: 'summary', name: '绩效目标汇总' },
];

describe('resolveSheetNames', () => {
  it('uses the wanted names in a workbook without them', () => {
    expect(resolveSheetNames(wanted, ['表1', '绩效目标'], [])).toEqual({ names: { 'project:A': '目标表1 A', summary: '绩效目标汇总' }, remove: [], renamed: [] });
  });

  it('never takes a user sheet name: the generated sheet gets " (2)"', () => {
    const r = resolveSheetNames(wanted, ['绩效目标汇总', '绩效目标汇总 (2)'], []);
    expect(r.names.summary).toBe('绩效目标汇总 (3)');
    expect(r.remove).toEqual([]);
    expect(r.renamed).toEqual([{ key: 'summary', wanted: '绩效目标汇总', sheet: '绩效目标汇总 (3)' }]);
  });

  it('replaces the sheets an earlier run generated, keeping their names, and drops obsolete ones', () => {
    const marker = [
      { key: 'project:A', sheet: '目标表1 A', hash: 'x' },
      { key: 'project:Old', sheet: '目标表2 Old', hash: 'y' },
      { key: 'summary', sheet: '绩效目标汇总 (2)', hash: 'z' },
      { key: 'project:Gone', sheet: '已被用户删除', hash: 'w' },
    ];
    const r = resolveSheetNames(wanted, ['绩效目标汇总', '目标表1 A', '目标表2 Old', '绩效目标汇总 (2)'], marker);
    expect(r.names).toEqual({ 'project:A': '目标表1 A', summary: '绩效目标汇总 (2)' });
    expect(r.remove).toEqual(['目标表1 A', '目标表2 Old', '绩效目标汇总 (2)']);
    expect(r.renamed).toEqual([]);
  });

  it('compares names as Excel does, ignoring case', () => {
    expect(resolveSheetNames([{ key: 'summary', name: 'Summary' }], ['SUMMARY'], []).names.summary).toBe('Summary (2)');
  });
});
