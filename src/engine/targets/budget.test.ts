import { parseBudgetSentence } from './budget';

const WAN = 1_000_000; // 分 per 万元

describe('parseBudgetSentence', () => {
  it('reads a total fully funded by 本级 fiscal money', () => {
    expect(parseBudgetSentence('2022 年市经信局技改项目经费预算 2500 万元，资金来源为市级公共预算财政拨款 2500 万元。')).toEqual({
      total: 2500 * WAN,
      fiscal: 2500 * WAN,
      unknownSources: [],
    });
  });

  it('counts 上级补助 as 财政拨款 and remembers it was 上级补助', () => {
    expect(parseBudgetSentence('2022 年省级制造业高质量发展专项资金项目经费预算 650 万元，资金来源为上级补助拨款 650 万元。')).toEqual({
      total: 650 * WAN,
      fiscal: 650 * WAN,
      fiscalUpper: 650 * WAN,
      unknownSources: [],
    });
  });

  it('leaves the unstated rest unstated ("其中" names only part of the money)', () => {
    // 695 total, of which 230 上级补助: the other 465 has no stated source; nothing is guessed for it.
    expect(parseBudgetSentence('2022 年 5G 基站建设配套奖补资金项目经费预算 695 万元，资金来源其中上级补助拨款 230 万元。')).toEqual({
      total: 695 * WAN,
      fiscal: 230 * WAN,
      fiscalUpper: 230 * WAN,
      unknownSources: [],
    });
  });

  it('reads several sources, 元 amounts and unknown labels (counted as other)', () => {
    // 300 + 50 + 20 + 10 = 380 万元 = 3,800,000 元
    expect(parseBudgetSentence('项目预算 3,800,000 元，资金来源为财政拨款 3000000 元、上年结转 500000 元、自筹 200000 元、捐赠 100000 元。')).toEqual({
      total: 3_800_000 * 100,
      fiscal: 3_000_000 * 100,
      carryover: 500_000 * 100,
      other: 300_000 * 100,
      unknownSources: ['捐赠'],
    });
  });

  it('gives no funds when no amount is stated', () => {
    expect(parseBudgetSentence('项目资金另行安排。')).toEqual({ unknownSources: [] });
  });
});
