import { toFen } from '../../money';
import { seedTargetsSheet } from '../fixtures/seed-targets';
import { goodClassicIndicators, ind, project } from '../fixtures/build';
import { parseTargetsSheet } from '../parse';
import { checkTargets } from '.';

describe('checkTargets', () => {
  it('on the seed: classic profile, two unstated sources, the budgets reconciled with 164.5 left', () => {
    const { projects } = parseTargetsSheet(seedTargetsSheet());
    const result = checkTargets(projects, { projectSpendingFen: toFen(4224.5, '万元'), projectSpendingAddress: "'表1 部门收支总表'!D13" });
    expect(result.profile).toBe('classic');
    expect(result.profileReason).toBe('cost-under-output');
    expect(result.findings.map((f) => [f.code, f.path[1], f.params.unstated ?? f.params.remainder])).toEqual([
      // 695 − 230 = 465; 215 − 200 = 15
      ['targets-funds-unstated', '5G 基站建设配套奖补资金', 465],
      ['targets-funds-unstated', '中小企业成长工程', 15],
      ['targets-budget-reconciled', '项目支出', 164.5],
    ]);
    expect(result.reconciliation).toEqual({ projectsFen: toFen(4060, '万元'), projectSpendingFen: toFen(4224.5, '万元'), remainderFen: toFen(164.5, '万元') });
    expect(result.coverage.every((c) => c.status === 'ran')).toBe(true);
  });

  it('follows the workbook: 成本指标 as a 一级 selects the 2021 guideline; the user may override', () => {
    const p = project({ total: 10, fiscal: 10, indicators: [...goodClassicIndicators().filter((i) => i.level2 !== '成本'), ind('成本指标', '经济成本', '设备购置成本', '≤10 万')] });
    expect(checkTargets([p]).profile).toBe('central-2021');
    expect(checkTargets([p]).findings).toEqual([]);
    const classic = checkTargets([p], { profile: 'classic' });
    expect(classic.profileReason).toBe('chosen');
    expect(classic.findings.map((f) => f.code)).toEqual(['targets-level1-unknown']);
  });

  it('warns when projects mix both conventions, and records a skipped reconciliation', () => {
    const a = project({ total: 10, fiscal: 10, indicators: goodClassicIndicators() });
    const b = project({ total: 10, fiscal: 10, indicators: [ind('成本指标', '经济成本', '设备购置成本', '≤10 万')] });
    const result = checkTargets([a, b]);
    expect(result.findings[0]).toMatchObject({ code: 'targets-profile-mixed', severity: 'warning' });
    expect(result.coverage).toContainEqual({ ruleId: 'budgets-within-project-spending', status: 'skipped', reason: 'project-spending-missing' });
  });
});
