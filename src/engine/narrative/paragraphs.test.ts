import type { WorkbookSnapshot } from '../workbook';
import { headingLevel, partOfHeading, sectionOfHeading } from './headings';
import { paragraphsFromSheets, paragraphsFromText } from './paragraphs';

describe('headings', () => {
  it('tells parts, sections, sub-headings and captions from sentences', () => {
    expect(headingLevel('- 第四部分 2022 年部门预算编制情况及说明**')).toBe('part');
    expect(headingLevel('二、机关运行经费安排及增减变化情况说明')).toBe('section');
    expect(headingLevel('(一) 牢牢把握一条主线，构建工业发展新格局')).toBe('sub');
    expect(headingLevel('数量指标完成情况分析')).toBe('minor');
    expect(headingLevel('公务用车运行维护费 4 万元，与上年持平。')).toBeUndefined();
    expect(headingLevel('一是实施智能制造赋能工程。')).toBeUndefined();
    expect(headingLevel('2022 年省级制造业高质量发展专项资金项目经费预算')).toBeUndefined();
  });

  it('maps part headings and section headings by their words', () => {
    expect(partOfHeading('第二部分 2022 年主要工作任务')).toBe('tasks');
    expect(partOfHeading('第三部分 2022 年部门预算表（含所属事业单位）')).toBe('tables');
    expect(partOfHeading('第四部分 2021 年部门预算编制情况及说明')).toBe('narrative');
    expect(partOfHeading('第五部分 名词解释')).toBe('other');
    expect(sectionOfHeading('三、“三公”经费安排及增减变化情况说明')).toBe('threePublic');
    expect(sectionOfHeading('六、政府性基金预算支出情况说明')).toBe('fund');
    expect(sectionOfHeading('一、预算收支安排及增减变化情况说明')).toBe('budget');
    expect(sectionOfHeading('七、2022 年部门预算绩效情况说明')).toBe('performance');
  });
});

describe('paragraphsFromText', () => {
  const text = [
    '第二部分 2022 年主要工作任务',
    '',
    '加快信息基础设施建设，新建 5G 基站 500 座。',
    '第四部分 2022 年部门预算编制情况及说明',
    '二、机关运行经费安排及增减变化情况说明',
    '',
    '咸宁市经信局 2022 年机关运行经费预算 194.41 万元。',
    '三、“三公”经费安排及增减变化情况说明',
    '公务接待费 4.2 万元。',
    '七、2022 年部门预算绩效情况说明',
    '项目支出 4224.5 万元。',
    '项目绩效目标表（2022 年度目标）',
    '产出指标\t数量指标\t建设 5G 基站数量\t1800 个',
    '（二）省级制造业高质量发展专项资金项目',
    '项目经费预算 650 万元。',
  ].join('\n');

  it('splits lines, keeps line indexes and tags part and section by the latest heading', () => {
    const ps = paragraphsFromText(text, 'n.txt');
    const row = (r: number) => ps.find((p) => p.row === r)!;
    expect(ps.some((p) => p.row === 1)).toBe(false); // blank line
    expect(row(2)).toMatchObject({ part: 'tasks', source: 'n.txt' });
    expect(row(6)).toMatchObject({ part: 'narrative', section: 'orc' });
    expect(row(8)).toMatchObject({ part: 'narrative', section: 'threePublic' });
    expect(row(10)).toMatchObject({ part: 'narrative', section: 'performance' });
    expect(row(12)).toMatchObject({ part: 'targets', section: 'performance' });
    expect(row(14)).toMatchObject({ part: 'narrative', section: 'performance' });
  });

  it('treats text without 第X部分 headings as narrative', () => {
    expect(paragraphsFromText('收入预算总额为 6136.96 万元。', 'paste')[0].part).toBe('narrative');
  });
});

describe('paragraphsFromSheets', () => {
  const workbook: WorkbookSnapshot = {
    sheets: [
      { name: '表1', values: [['部门收支总表']], merges: [] },
      { name: '说明', values: [['二、机关运行经费'], [null, '机关运行经费预算 194.41 万元。']], merges: [] },
      { name: '工作任务', values: [['新建 5G 基站 500 座。']], merges: [] },
      { name: '绩效目标', values: [['产出指标', '数量指标', '建设 5G 基站数量', '1800 个']], merges: [] },
    ],
  };
  const sheets = [
    { sheet: '表1', role: 'table' as const, table: 'summary' as const },
    { sheet: '说明', role: 'narrative' as const },
    { sheet: '工作任务', role: 'tasks' as const },
    { sheet: '绩效目标', role: 'targets' as const },
  ];

  it('takes one paragraph per non-empty cell of narrative and tasks sheets, with its cell', () => {
    const ps = paragraphsFromSheets(workbook, sheets);
    expect(ps.filter((p) => p.sheet === '表1')).toEqual([]);
    expect(ps.find((p) => p.sheet === '说明' && p.row === 1)).toMatchObject({ col: 1, part: 'narrative', section: 'orc' });
    expect(ps.find((p) => p.sheet === '工作任务')).toMatchObject({ row: 0, col: 0, part: 'tasks' });
  });

  it('joins a target row into one paragraph and remembers where each cell starts', () => {
    const row = paragraphsFromSheets(workbook, sheets).find((p) => p.sheet === '绩效目标')!;
    expect(row.text).toBe('产出指标\t数量指标\t建设 5G 基站数量\t1800 个');
    expect(row.part).toBe('targets');
    expect(row.cells?.[3]).toEqual({ col: 3, start: '产出指标\t数量指标\t建设 5G 基站数量\t'.length });
  });
});
