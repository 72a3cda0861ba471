import { seedTargetsSheet } from './fixtures/seed-targets';
import { checkTargets } from './checks';
import { buildTargetsPlans, projectPlan, wantedSheets } from './layout';
import { parseTargetsSheet } from './parse';
import { planHash, sheetName, type SheetPlan } from './plan';

const { projects } = parseTargetsSheet(seedTargetsSheet());
const valueAt = (plan: SheetPlan, row: number, col: number) => plan.cells.find((c) => c.row === row && c.col === col && c.value !== null)?.value;

describe('projectPlan (standard 项目支出绩效目标表)', () => {
  const plan = projectPlan(projects[0], 0, undefined);

  it('prints the title with the year, the header and funds blocks', () => {
    expect(valueAt(plan, 0, 0)).toBe('项目支出绩效目标表（2022 年度）');
    expect(valueAt(plan, 2, 1)).toBe('咸宁市市级制造业高质量发展专项资金项目');
    // Funds rows 4..7: total, fiscal, carryover, other, in 万元.
    expect([4, 5, 6, 7].map((r) => [valueAt(plan, r, 1), valueAt(plan, r, 3) ?? null])).toEqual([
      ['年度资金总额', 2500],
      ['其中：财政拨款', 2500],
      ['上年结转', null],
      ['其他资金', null],
    ]);
    expect(valueAt(plan, 8, 0)).toBe('年度目标');
  });

  it('lays the indicators out in the grid, 一级 and 二级 merged over their runs', () => {
    // Header at row 9, indicators from row 10: 产出 rows 10-14 (数量 10-11), 效益 15, 满意度 16.
    expect([0, 1, 2, 3, 4, 5, 6].map((c) => valueAt(plan, 9, c))).toEqual(['一级指标', '二级指标', '三级指标', '指标性质', '运算符', '指标值', '度量单位']);
    expect([2, 3, 4, 5, 6].map((c) => valueAt(plan, 15, c))).toEqual(['财政资金万元带动技改投资标杆率', '定量', '＝', 500, '%']);
    expect(plan.merges).toContainEqual({ top: 10, left: 0, bottom: 14, right: 0 });
    expect(plan.merges).toContainEqual({ top: 10, left: 1, bottom: 11, right: 1 });
    expect(valueAt(plan, 10, 1)).toBe('数量指标');
    expect(valueAt(plan, 16, 1)).toBe('服务对象满意度指标');
    expect(plan.borders).toEqual([{ top: 2, left: 0, bottom: 16, right: 6 }]);
  });

  it('prints A4 portrait, one page wide, with the print area over the form and its note', () => {
    expect(plan.page).toMatchObject({ paperSize: 'A4', orientation: 'portrait', fitToWidth: 1, fitToHeight: 0 });
    // The note sits after one blank row: 16 + 2 = 18.
    expect(plan.printArea).toEqual({ top: 0, left: 0, bottom: 18, right: 6 });
  });

  it('shows the unstated part of the funds and keeps 上级补助 visible (5G: 695, 230 上级补助, 465 unstated)', () => {
    const p3 = projectPlan(projects[2], 2, undefined);
    expect([5, 8].map((r) => [valueAt(p3, r, 1), valueAt(p3, r, 3)])).toEqual([
      ['其中：财政拨款（含上级补助 230.00）', 230],
      ['来源未说明', 465],
    ]);
    expect(valueAt(p3, 9, 0)).toBe('年度目标');
  });
});

describe('buildTargetsPlans', () => {
  const result = checkTargets(projects, { projectSpendingFen: 4_224_500_000 });
  const plans = buildTargetsPlans({ projects, findings: result.findings, profile: result.profile, reconciliation: result.reconciliation });

  it('makes one sheet per project and the summary, named within Excel limits', () => {
    expect(plans.map((p) => p.name)).toEqual([
      '目标表1 咸宁市市级制造业高质量发展专项资金项目',
      '目标表2 省级制造业高质量发展专项资金项目',
      '目标表3 5G 基站建设配套奖补资金',
      '目标表4 中小企业成长工程',
      '绩效目标汇总',
    ]);
    expect(plans.map((p) => p.key)).toEqual(wantedSheets(projects).map((w) => w.key));
    expect(sheetName('a/b:c*d?[e]'.repeat(5)).length).toBeLessThanOrEqual(31);
  });

  it('summarises funds, counts and the reconciliation (4060 of 4224.5, 164.5 other projects)', () => {
    const summary = plans[4];
    const row = (label: string) => summary.cells.find((c) => c.value === label)!.row;
    expect(valueAt(summary, row('合计'), 3)).toBe(4060); // 2500 + 650 + 695 + 215
    expect(valueAt(summary, row('合计'), 7)).toBe(480); // unstated 465 + 15
    expect(valueAt(summary, row('其他项目（项目支出 − 重点项目）'), 3)).toBe(164.5);
    expect(summary.cells.find((c) => c.value === '目标表1 咸宁市市级制造业高质量发展专项资金项目')?.link).toBe('目标表1 咸宁市市级制造业高质量发展专项资金项目');
  });

  it('uses the final names it is given and hashes plans by their values', () => {
    const renamed = buildTargetsPlans({ projects, findings: [], profile: 'classic' }, { summary: '绩效目标汇总 (2)' });
    expect(renamed[4].name).toBe('绩效目标汇总 (2)');
    expect(planHash(plans[0])).toBe(planHash(projectPlan(projects[0], 0, undefined)));
    expect(planHash(plans[0])).not.toBe(planHash(plans[1]));
  });
});
