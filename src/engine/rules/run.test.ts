import { runRules } from './run';
import type { Rule, RuleContext } from './rule';

const ctx = { tables: {}, narrative: [], workbook: { sheets: [] } } as unknown as RuleContext;

const rule = (check: Rule['check']): Rule => ({ id: 'r', description: '', severity: 'warning', check });

describe('runRules', () => {
  it('fills in ruleId and the default severity, keys ordered as a copy { ...report, ruleId, severity } orders them', () => {
    const { findings } = runRules(
      [rule((_, report) => {
        report({ code: 'a', path: ['x'], params: {} });
        report({ code: 'b', severity: 'info', path: [], params: { n: 1 } });
        report({ code: 'c', severity: undefined, path: [], params: {} });
      })],
      ctx,
    );
    expect(findings).toEqual([
      { code: 'a', path: ['x'], params: {}, ruleId: 'r', severity: 'warning' },
      { code: 'b', severity: 'info', path: [], params: { n: 1 }, ruleId: 'r' },
      { code: 'c', severity: 'warning', path: [], params: {}, ruleId: 'r' },
    ]);
    // JSON output (CLI --json) follows key order: a reported severity stays where the rule put it.
    expect(findings.map((f) => Object.keys(f).join(','))).toEqual([
      'code,path,params,ruleId,severity',
      'code,severity,path,params,ruleId',
      'code,severity,path,params,ruleId',
    ]);
  });

  it('records ran, or each skip with its reason', () => {
    const { coverage } = runRules([rule(() => undefined), rule((_, report) => report.skip('table-missing', { table: '表5' }, true))], ctx);
    expect(coverage).toEqual([
      { ruleId: 'r', status: 'ran' },
      { ruleId: 'r', status: 'partial', reason: 'table-missing', params: { table: '表5' } },
    ]);
  });
});
