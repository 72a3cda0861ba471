// Every finding and coverage reason the sum rules emit has a message in both locales.
import { MESSAGES, renderMessage, renderMessageKey } from '.';
import { parentEqualsChildren } from '../rules/parent-equals-children';
import { rowCrossFooting } from '../rules/row-cross-footing';
import { summaryBalance } from '../rules/summary-balance';
import { threePublicSums } from '../rules/three-public-sums';
import { runRules } from '../rules/run';
import { emptyCatalog } from '../catalog/catalog';
import { codeTable } from '../tables/build';
import { seedGeneral, seedSummary, seedThreePublic, setValue } from '../rules/__fixtures__/seed-tables';

const RULES = [parentEqualsChildren, rowCrossFooting, summaryBalance, threePublicSums];

describe('sum rule messages', () => {
  it('exist in zh-CN and en for every code the rules emit, mismatches and rounding notes alike', () => {
    const general = seedGeneral((rows) => setValue(rows, '2150517', 0, 3079));
    const summary = seedSummary((items) => void (items.find((i) => i[0] === 'in.social')![2] = 1));
    const threePublic = seedThreePublic((items) => void (items.find((i) => i[0] === 'tp.total')![2] = 9));
    const fund = codeTable({ kind: 'fund', columns: ['total', 'basic'], rows: [['', '合计', 1, 1]] });
    const result = runRules(RULES, { tables: { general, summary, threePublic, fund }, catalog: emptyCatalog(), workbook: { sheets: [] }, narrative: [] });
    const codes = new Set(result.findings.map((f) => f.code));
    for (const rule of RULES) {
      if (rule.id !== 'summary-balance') expect(codes).toContain(`${rule.id}-mismatch`);
    }
    expect(codes).toContain('summary-balance-mismatch');
    expect(codes).toContain('parent-equals-children-rounding');
    expect(codes).toContain('row-cross-footing-rounding');
    for (const f of result.findings) {
      for (const locale of ['zh-CN', 'en'] as const) {
        expect(MESSAGES[locale][f.code]).toBeDefined();
        expect(renderMessage(f, locale)).not.toMatch(/undefined|NaN/);
      }
    }
    const reasons = new Set(result.coverage.flatMap((c) => (c.reason ? [c.reason] : [])));
    expect([...reasons].sort()).toEqual(['column-not-found', 'table-missing']);
  });

  it('have the rounding and item-not-found codes the other rules can emit', () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      for (const code of ['summary-balance-rounding', 'three-public-sums-rounding', 'coverage-item-not-found']) {
        expect(MESSAGES[locale][code]).toBeDefined();
      }
      expect(renderMessageKey('coverage-item-not-found', { table: '表7', items: ['tp.abroad'] }, locale)).toContain('tp.abroad');
    }
  });
});
