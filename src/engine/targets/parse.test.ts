import type { SheetSnapshot, WorkbookSnapshot } from '../workbook';
import { seedTargetsSheet } from './fixtures/seed-targets';
import { projectTargetsSchema } from './model';
import { findTargetsSheet, parseTargetsSheet } from './parse';

const WAN = 1_000_000; // 分 per 万元

describe('parseTargetsSheet on the seed (raw layout)', () => {
  const parsed = parseTargetsSheet(seedTargetsSheet());
  const [p1, p2, p3, p4] = parsed.projects;

  it('finds the four projects with their budgets', () => {
    expect(parsed.layout).toBe('raw');
    expect(parsed.projects.map((p) => p.name)).toEqual([
      '咸宁市市级制造业高质量发展专项资金项目',
      '省级制造业高质量发展专项资金项目',
      '5G 基站建设配套奖补资金',
      '中小企业成长工程',
    ]);
    expect(parsed.projects.map((p) => p.funds.total)).toEqual([2500 * WAN, 650 * WAN, 695 * WAN, 215 * WAN]);
    for (const p of parsed.projects) expect(projectTargetsSchema.safeParse(p).success).toBe(true);
  });

  it('reads the sources: 本级 fiscal, 上级补助 as fiscal, and leaves the unstated rest unstated', () => {
    expect(p1.funds).toMatchObject({ total: 2500 * WAN, fiscal: 2500 * WAN });
    expect([p1.funds.fiscalUpper, p1.funds.other]).toEqual([undefined, undefined]);
    expect(p2.funds).toMatchObject({ fiscal: 650 * WAN, fiscalUpper: 650 * WAN });
    expect(p3.funds).toMatchObject({ total: 695 * WAN, fiscal: 230 * WAN });
    expect(p3.funds.other).toBeUndefined();
    expect(p4.funds).toMatchObject({ total: 215 * WAN, fiscal: 200 * WAN });
    // The budget sentence of project 2 is printed over two lines; both were read.
    expect(p2.funds.cells.total).toEqual({ sheet: '绩效目标', row: 15, col: 0 });
  });

  it('rejoins the row the PDF split and keeps each half with its own row', () => {
    const names = p1.indicators.map((i) => i.level3);
    expect(names).toContain('财政资金万元带动技改投资标杆率');
    expect(names).toContain('申报项目企业满意度');
    expect(names).not.toContain('财政资金万元带动技');
    const lever = p1.indicators.find((i) => i.level3 === '财政资金万元带动技改投资标杆率')!;
    expect(lever).toMatchObject({ level1: '效益指标', level2: '经济效益', nature: '定量', value: '500', unit: '%' });
    expect(lever.joinedFrom).toEqual([{ sheet: '绩效目标', row: 13, col: 2 }]);
    const satisfaction = p1.indicators.find((i) => i.level3 === '申报项目企业满意度')!;
    expect(satisfaction).toMatchObject({ level1: '满意度指标', level2: '服务对象满意度', operator: '＝', value: '100', unit: '%' });
    const note = parsed.findings.find((f) => f.code === 'targets-row-rejoined')!;
    expect(note).toMatchObject({
      severity: 'info',
      address: "'绩效目标'!C13",
      path: ['绩效目标', '咸宁市市级制造业高质量发展专项资金项目', '财政资金万元带动技改投资标杆率'],
      params: { fragments: ['财政资金万元带动技', '改投资标杆率'], operands: ["'绩效目标'!C13", "'绩效目标'!C14"] },
    });
  });

  it('names 二级 through the alias table, by their 一级', () => {
    expect(p1.indicators.map((i) => i.level2)).toEqual(['数量', '数量', '时效', '质量', '成本', '经济效益', '服务对象满意度']);
    // "满意度指标" written as the 二级 of 满意度指标 is 服务对象满意度.
    expect(p2.indicators[6]).toMatchObject({ level1: '满意度指标', level2: '服务对象满意度', nature: '定性', text: '满意' });
  });

  it('splits values into operator, number and unit, and keeps qualitative ones as text', () => {
    expect(p1.indicators[4]).toMatchObject({ level3: '项目投资总成本', operator: '≤', value: '2500', unit: '万元', raw: '≤2500 万' });
    expect(p3.indicators[2]).toMatchObject({ nature: '定性', text: '打造 5G 技术示范区' });
    expect(p4.indicators[6]).toMatchObject({ operator: '≥', value: '95', unit: '%', raw: '$\\geq 95\\%$' });
  });

  it('reads the goal across lines and the year from the title', () => {
    expect(p2.goal).toBe('加快推进以智能化升级、集群化发展、服务化延伸、绿色化转型、安全化管控为重点的企业技术改造，不断提升产业能级，着力构建现代产业体系，推动全市制造业高质量发展。');
    expect(parsed.projects.map((p) => p.year)).toEqual([2022, 2022, 2022, 2022]);
  });
});

describe('split rows', () => {
  const sheet = (rows: string[][]): SheetSnapshot => ({
    name: 'T',
    values: [['(一) 测试项目'], ['项目经费预算 100 万元。'], ['一级指标', '二级指标', '指标名称', '指标值'], ...rows],
    merges: [],
  });

  it('joins a row holding only the rest of a name into the row above', () => {
    const p = parseTargetsSheet(sheet([['产出指标', '数量指标', '培训企业管理人员人', '≥200 人'], ['', '', '次', '']])).projects[0];
    expect(p.indicators.map((i) => i.level3)).toEqual(['培训企业管理人员人次']);
  });

  it('keeps a doubtful split as written and says so', () => {
    // "…带动技" looks cut, but "改投资标杆" does not complete it into a name: keep both, warn.
    const parsed = parseTargetsSheet(sheet([['效益指标', '经济效益指标', '财政资金带动技', '500%'], ['满意度指标', '满意度指标', '改投资标杆 企业满意度', '100%']]));
    expect(parsed.projects[0].indicators.map((i) => i.level3)).toEqual(['财政资金带动技', '改投资标杆 企业满意度']);
    expect(parsed.findings).toEqual([expect.objectContaining({ code: 'targets-row-split-suspect', severity: 'warning', address: "'T'!C5" })]);
  });

  it('does not touch names whose spaces only surround Latin text', () => {
    const parsed = parseTargetsSheet(sheet([['产出指标', '质量指标', '5G 基站建设及应用', '加快'], ['产出指标', '时效指标', '推动 5G 技术试点', '打造 5G 技术示范区']]));
    expect(parsed.findings).toEqual([]);
    expect(parsed.projects[0].indicators.map((i) => i.level3)).toEqual(['5G 基站建设及应用', '推动 5G 技术试点']);
  });

  it('reads a table printed one row per cell', () => {
    const p = parseTargetsSheet({
      name: 'T',
      values: [['(一) 测试项目'], ['一级指标 二级指标 指标名称 指标值'], ['产出指标 数量指标 建设 5G 基站数量 1800 个'], ['效益指标 社会效益指标 主城区 5G 信号覆盖范围 连续覆盖']],
      merges: [],
    }).projects[0];
    expect(p.indicators.map((i) => [i.level1, i.level2, i.level3, i.value ?? i.text, i.unit])).toEqual([
      ['产出指标', '数量', '建设 5G 基站数量', '1800', '个'],
      ['效益指标', '社会效益', '主城区 5G 信号覆盖范围', '连续覆盖', null],
    ]);
  });
});

describe('flat form layout', () => {
  // Two header rows (项目资金 over its three columns), project columns merged down over their rows.
  const values = [
    ['项目名称', '主管部门', '实施单位', '项目资金（万元）', null, null, '年度目标', '一级指标', '二级指标', '三级指标', '指标值'],
    [null, null, null, '年度资金总额', '财政拨款', '其他资金', null, null, null, null, null],
    ['老旧小区改造', '市住建局', '市房管中心', 1200.5, 1000, 200.5, '完成改造', '产出指标', '数量指标', '改造面积', '≥13459.00(平方米)'],
    [null, null, null, null, null, null, null, '产出指标', '质量指标', '验收合格率', '≥95%'],
    [null, null, null, null, null, null, null, '满意度指标', '服务对象满意度指标', '居民满意度', '≥90%'],
    ['路灯维护', '市城管局', '市城管局', 80, 80, null, '亮灯率达标', '产出指标', '数量指标', '维护路灯', '≥3000 盏'],
    [null, null, null, null, null, null, null, '产出指标', '质量指标', '亮灯率', '≥98%'],
  ];
  const merges = [
    { top: 0, left: 3, bottom: 0, right: 5 },
    ...[0, 1, 2, 6, 7, 8, 9, 10].map((c) => ({ top: 0, left: c, bottom: 1, right: c })),
    ...[0, 1, 2, 3, 4, 5, 6].map((c) => ({ top: 2, left: c, bottom: 4, right: c })),
    ...[0, 1, 2, 3, 4, 5, 6].map((c) => ({ top: 5, left: c, bottom: 6, right: c })),
  ];
  const parsed = parseTargetsSheet({ name: '项目绩效目标表', values, merges });

  it('reads each project with its funds and indicators', () => {
    expect(parsed.layout).toBe('flat');
    const [a, b] = parsed.projects;
    expect(a).toMatchObject({
      name: '老旧小区改造',
      department: '市住建局',
      implementer: '市房管中心',
      goal: '完成改造',
      funds: { total: 1200.5 * WAN, fiscal: 1000 * WAN, other: 200.5 * WAN },
    });
    expect(a.indicators.map((i) => [i.level2, i.level3, i.operator, i.value, i.unit])).toEqual([
      ['数量', '改造面积', '≥', '13459', '平方米'],
      ['质量', '验收合格率', '≥', '95', '%'],
      ['服务对象满意度', '居民满意度', '≥', '90', '%'],
    ]);
    expect(b.funds).toMatchObject({ total: 80 * WAN, fiscal: 80 * WAN });
    expect(b.funds.other).toBeUndefined();
    expect(b.indicators).toHaveLength(2);
    expect(a.funds.cells.total).toEqual({ sheet: '项目绩效目标表', row: 2, col: 3 });
  });
});

describe('findTargetsSheet', () => {
  const sheet = (name: string, values: SheetSnapshot['values'] = [['x']]): SheetSnapshot => ({ name, values, merges: [] });

  it('prefers the most specific name and skips sheets an earlier run generated', () => {
    const wb: WorkbookSnapshot = {
      sheets: [
        sheet('绩效目标汇总'),
        sheet('表1'),
        sheet('绩效目标'),
        sheet('_budgetcheck', [['budget-check generated sheets', 1], ['key', 'sheet', 'hash'], ['summary', '绩效目标汇总', 'x']]),
      ],
    };
    expect(findTargetsSheet(wb)?.name).toBe('绩效目标');
    expect(findTargetsSheet({ sheets: [wb.sheets[0], wb.sheets[1], wb.sheets[3]] })).toBeUndefined();
  });

  it('falls back to a sheet holding an indicator table', () => {
    const wb: WorkbookSnapshot = { sheets: [sheet('表1'), sheet('Sheet3', [['(一) 某项目'], ['一级指标', '二级指标', '指标名称', '指标值']])] };
    expect(findTargetsSheet(wb)?.name).toBe('Sheet3');
  });
});
