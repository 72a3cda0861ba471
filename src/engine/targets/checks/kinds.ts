// What an indicator measures, read from its level and name: cost, a bounded rate, a "more is better" rate.
import type { Indicator } from '../model';

export const MONEY_UNITS = ['元', '万元', '亿元'];
export const RATE_UNITS = ['%', '‰'];

/** Cost targets: 成本指标 (2021 guideline) or 成本 under 产出 (classic). */
export function isCost(i: Indicator): boolean {
  return i.level1 === '成本指标' || i.level2 === '成本';
}

/**
 * Rates that are a share of a whole and so cannot pass 100%. A name merely ending in 率 is not enough:
 * 标杆率 (investment per 万元 of grant, 500%) and 增长率 are ratios that may exceed 100%.
 */
const BOUNDED_RATES = /满意度|合格率|到位率|覆盖率|普及率|完成率|达标率|执行率|知晓率|占比|比重/;

/** Rates whose target is a floor: the more satisfied or covered, the better. */
const FLOOR_RATES = /满意度|合格率|到位率|覆盖率|普及率|完成率|达标率|执行率|知晓率/;

export function isBoundedRate(i: Indicator): boolean {
  return BOUNDED_RATES.test(i.level3) || i.level2 === '服务对象满意度';
}

export function isFloorRate(i: Indicator): boolean {
  return FLOOR_RATES.test(i.level3) || i.level2 === '服务对象满意度';
}

/** Names that announce a rate or share, whose value should be in %. */
export function namesARate(i: Indicator): boolean {
  return /率$|满意度|占比|比重|比例/.test(i.level3.replace(/[)）]$/, '')) || i.level2 === '服务对象满意度';
}
