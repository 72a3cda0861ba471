import path from 'node:path';
import type { LayoutInput } from '../engine/targets/layout';
import type { SheetPlan } from '../engine/targets/plan';
import type { WorkbookSnapshot } from '../engine/workbook';
import { readXlsxFile } from '../xlsx/read-file';
import type { HostApi, TargetSheetsWritten } from './host';
import { buildTargetSheets } from './targets';

function fakeHost(snapshot: WorkbookSnapshot, written: TargetSheetsWritten): { api: HostApi; applied: (SheetPlan[] | LayoutInput)[] } {
  const applied: (SheetPlan[] | LayoutInput)[] = [];
  const unused = () => Promise.reject(new Error('not used here'));
  const api: HostApi = {
    snapshotWorkbook: async () => snapshot,
    applyTargetSheets: async (input) => {
      applied.push(input);
      return written;
    },
    selectCells: unused,
    markFindings: unused,
    clearMarks: unused,
    hasMarks: unused,
    loadAcceptances: unused,
    saveAcceptance: unused,
    removeAcceptance: unused,
    writeReportSheet: unused,
  };
  return { api, applied };
}

describe('buildTargetSheets', () => {
  it('hands the host the layout of the seed’s four projects and words its renames', async () => {
    const seed = await readXlsxFile(path.join(__dirname, '..', '..', 'samples', 'seed.xlsx'));
    const written = { written: ['目标表1 x', '绩效目标汇总 (2)'], renamed: [{ key: 'summary', wanted: '绩效目标汇总', sheet: '绩效目标汇总 (2)' }], edited: ['目标表1 x'] };
    const { api, applied } = fakeHost(seed, written);
    const out = await buildTargetSheets(api, 'central-2021', 'zh-CN');
    expect(applied).toHaveLength(1);
    const layout = applied[0] as LayoutInput;
    expect(layout.projects.map((p) => p.name)).toEqual(['咸宁市市级制造业高质量发展专项资金项目', '省级制造业高质量发展专项资金项目', '5G 基站建设配套奖补资金', '中小企业成长工程']);
    // The chosen profile wins over the workbook's own (classic).
    expect(layout.profile).toBe('central-2021');
    expect(out).toMatchObject({ found: true, projects: 4, profile: 'central-2021', written: written.written });
    expect(out.notes).toHaveLength(2);
    expect(out.notes[0]).toContain('绩效目标汇总 (2)');
    expect(out.findings.length).toBeGreaterThan(0);
  });

  it('writes nothing when the workbook has no targets sheet', async () => {
    const { api, applied } = fakeHost({ sheets: [{ name: 'Sheet1', values: [['x']], merges: [] }] }, { written: [] });
    await expect(buildTargetSheets(api, 'auto', 'zh-CN')).resolves.toMatchObject({ found: false, written: [] });
    expect(applied).toEqual([]);
  });
});
