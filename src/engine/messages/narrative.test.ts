// Every finding and coverage reason the narrative rules emit has a message in both locales.
import { MESSAGES, renderMessage, renderMessageKey } from '.';
import { RULES } from '../rules';
import { runNarrative, seedTables } from '../narrative/__fixtures__/seed';

const NARRATIVE = RULES.filter((r) => r.id.startsWith('narrative-'));

/** Texts that, between them, make every narrative finding code appear. */
const TEXTS = [
  '二、机关运行经费\n机关运行经费预算 194.41 万元。其中：办公费 18.7 万元、其他商品和服务支出 175.71 万元。机关运行经费预算 300 万元。',
  '人员经费 1718.0 万元。“三公”经费 8.2 元。',
  '收入预算总额为 6136.96 万元，比上年增加 1742.19 万元，增长 39.46%，其中：一般公共预算财政拨款收入 5353.9 万元，占收入预算的 78.24%，比上年增加 1734.39 万元，下降 47.91%；社保基金拨款收入 783.06 万元，比上年增加 5 万元。',
  '收入预算总额为 6136.96 万元，比上年增加 1742.19 万元。部门收入预算 6136.96 万元，比上年增加 1700 万元。',
  // 0.01 / 0.02 = 50 %, but with each amount ± 0.005 the rate may be anything from 20 % to 100 %.
  '公用经费 0.03 万元，比上年增加 0.01 万元，增长 40%。',
  '政府采购预算总额 30 万元，比上年增加 30 万元，增长 100%。其中货物类 10 万元、服务类 10.01 万元。',
  '项目支出 4224.5 万元，比上年增加 4224.5 万元，增长 50%。项目支出 4242.5 万元。',
  '公务用车运行维护费 4 万元，与上年持平，下降 5%。政府采购预算总额 10.01 万元，其中货物类 5.00 万元、服务类 5.00 万元。',
  '三、“三公”经费\n“三公”经费预算 8.2 万元，比上年减少 0.8 万元。因公出国（境）费用 0 万元，与上年持平。公务用车运行维护费 4 万元，与上年持平。公务接待费 4.2 万元，比上年减少 0.7 万元。',
  '第四部分 2021 年部门预算编制情况及说明\n收入预算比 2020 年增加 10 万元。新建 5G 基站 500 座。\n建设 5G 基站数量 1800 个。用活 2700 万元市直技改专项资金。',
];

describe('narrative messages', () => {
  const findings = TEXTS.flatMap((t) => runNarrative(NARRATIVE, t, seedTables(), 2022).findings);
  const coverage = [...runNarrative(NARRATIVE, TEXTS[TEXTS.length - 1], {}).coverage, ...runNarrative(NARRATIVE, '收入预算总额为 1 万元。', {}).coverage, ...runNarrative(NARRATIVE, []).coverage, ...runNarrative(NARRATIVE, TEXTS[0], {}, 2022).coverage];

  it('exist in zh-CN and en for every code the rules emit', () => {
    const codes = new Set(findings.map((f) => f.code));
    expect([...codes].sort()).toEqual([
      'narrative-amount-mismatch',
      'narrative-direction',
      'narrative-duplicate-subject',
      'narrative-flat-nonzero',
      'narrative-growth-mismatch',
      'narrative-list-rounding',
      'narrative-list-sum',
      'narrative-percent-rounding',
      'narrative-prior-year-mismatch',
      'narrative-prior-year-parts',
      'narrative-prior-year-rounding',
      'narrative-share-mismatch',
      'narrative-truncated',
      'narrative-unit-confusion',
      'narrative-year-mismatch',
      'narrative-zero-base',
    ]);
    for (const f of findings) {
      for (const locale of ['zh-CN', 'en'] as const) {
        expect(MESSAGES[locale][f.code]).toBeDefined();
        expect(renderMessage(f, locale)).not.toMatch(/undefined|NaN|\[object/);
      }
    }
  });

  it('exist for every coverage reason (rendered as coverage-<reason>)', () => {
    const reasons = new Set(coverage.filter((c) => c.reason).map((c) => c.reason!));
    expect([...reasons].sort()).toEqual(['narrative-table-missing', 'narrative-unchecked', 'narrative-year-unknown', 'no-narrative']);
    for (const c of coverage.filter((x) => x.reason)) {
      for (const locale of ['zh-CN', 'en'] as const) {
        expect(MESSAGES[locale][`coverage-${c.reason}`]).toBeDefined();
        expect(renderMessageKey(`coverage-${c.reason}`, c.params ?? {}, locale)).not.toMatch(/undefined|NaN/);
      }
    }
  });
});
