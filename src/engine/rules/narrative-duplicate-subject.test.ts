import { runNarrative } from '../narrative/__fixtures__/seed';
import { paragraphsFromSheets, paragraphsFromText } from '../narrative/paragraphs';
import type { WorkbookSnapshot } from '../workbook';
import { narrativeDuplicateSubject as rule, subjectCore } from './narrative-duplicate-subject';

const run = (text: string) => runNarrative([rule], text);

const TASKS = (n: string) => `第二部分 2022 年主要工作任务\n加快信息基础设施建设，新建 5G 基站 ${n} 座，加快实现 5G 网络信号各县市区全覆盖。`;
const TARGETS = '第四部分 2022 年部门预算编制情况及说明\n七、2022 年部门预算绩效情况说明\n项目绩效目标表（2022 年度目标）\n产出指标\t数量指标\t建设 5G 基站数量\t1800 个\n建设 5G 基站数量：1800 个';

describe('narrative-duplicate-subject', () => {
  it('reduces a target to its noun', () => {
    expect(subjectCore('新建 5G 基站')).toBe('5G基站');
    expect(subjectCore('建设 5G 基站数量')).toBe('5G基站');
    expect(subjectCore('其他用车主要是机要通信用车')).not.toBe(subjectCore('其他用车'));
  });

  it('warns once about the seed 5G 基站: 500 座 in the tasks vs 1800 个 in the targets', () => {
    const [f, ...rest] = run(`${TASKS('500')}\n${TARGETS}`).findings;
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      code: 'narrative-duplicate-subject',
      severity: 'warning',
      path: ['绩效目标', '预算绩效', '建设 5G 基站数量'],
      params: { claimed: 1800, unit: '个', otherValue: 500, otherUnit: '座', otherLine: 2, line: 6 },
    });
  });

  it('passes the same target stated with the same number', () => {
    expect(run(`${TASKS('1800')}\n${TARGETS}`).findings).toEqual([]);
  });

  it('compares a tasks sheet with a targets sheet, pointing at the value cell', () => {
    const workbook: WorkbookSnapshot = {
      sheets: [
        { name: '工作任务', values: [['新建 5G 基站 500 座。']], merges: [] },
        { name: '绩效目标', values: [['产出指标', '数量指标', '建设 5G 基站数量', '1800 个']], merges: [] },
      ],
    };
    const narrative = paragraphsFromSheets(workbook, [
      { sheet: '工作任务', role: 'tasks' },
      { sheet: '绩效目标', role: 'targets' },
    ]);
    expect(runNarrative([rule], narrative).findings[0]).toMatchObject({ address: "'绩效目标'!D1", params: { otherAddress: "'工作任务'!A1" } });
  });

  it('does not confuse different subjects, bounds with exact figures, or list items', () => {
    const text = [
      '新开工重大产业项目 100 个以上、新投产项目不少于 150 个、技改在建项目 200 个以上。',
      '省级“专精特新”小巨人企业 ≥30家；国家级“专精特新”小巨人企业 ≥5家。',
      '新增入规企业数量 85 家；新增规模以上工业企业 90 家。',
      '技改项目数量 ≥15 家；技改项目数量 20 家。',
    ].join('\n');
    expect(run(text).findings).toEqual([]);
  });

  it('warns when a concept amount is stated twice with different values', () => {
    const text = '一、预算收支\n项目支出 4224.5 万元。\n七、预算绩效\n2022 年咸宁市经信局项目支出 4242.5 万元。';
    expect(runNarrative([rule], paragraphsFromText(text, 't')).findings).toEqual([
      expect.objectContaining({ code: 'narrative-duplicate-subject', params: expect.objectContaining({ claimed: 4242.5, otherValue: 4224.5, subject: '项目支出' }) }),
    ]);
    expect(run('项目支出 4224.5 万元。\n项目支出 4224.50 万元。').findings).toEqual([]);
  });
});
