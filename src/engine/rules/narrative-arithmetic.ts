// The narrative's own arithmetic holds: shares, growth rates, 持平, direction words and 其中 lists.
import Decimal from 'decimal.js';
import type { Tables } from '../tables/model';
import { analysisOf, decimalOf, findingAt, num, subjectLabel, valueIn, whereOf } from '../narrative/context';
import { compareRatio, halfUnit, type RatioOutcome } from '../narrative/compare';
import { addableItems, changeFor, claimsAbout, shareTotal } from '../narrative/links';
import type { Analysis, Claim } from '../narrative/types';
import type { Reporter, Rule } from './rule';

const ROUNDING_CODE: Partial<Record<RatioOutcome, string>> = { truncated: 'narrative-truncated', rounding: 'narrative-percent-rounding' };

/** Reports a percentage that is not what its operands give (or only up to rounding, as a note). */
function reportRatio(a: Analysis, p: Claim, outcome: RatioOutcome, computed: Decimal, code: string, extra: Record<string, unknown>, report: Reporter): void {
  if (outcome === 'equal') return;
  const stated = decimalOf(p.value!);
  const expected = computed.toDecimalPlaces(p.value!.decimals, Decimal.ROUND_HALF_UP);
  const { where, params } = findingAt(a, p);
  report({
    code: ROUNDING_CODE[outcome] ?? code,
    severity: outcome === 'mismatch' ? undefined : 'info',
    ...where,
    params: {
      ...params,
      subject: subjectLabel(a, p),
      claimed: num(stated),
      expected: num(expected),
      actual: num(stated),
      computed: num(computed.toDecimalPlaces(4)),
      difference: num(stated.minus(expected)),
      unit: '%',
      ...extra,
    },
  });
}

/** share = part ÷ the total named in the sentence (or the section's total). */
function checkShare(a: Analysis, s: Claim, tables: Tables, report: Reporter): void {
  const total = shareTotal(a, s, tables);
  const part = a.claims[s.of!];
  if (!total || total.value.isZero() || !part.value) return;
  const partValue = decimalOf(part.value);
  const { outcome, computed } = compareRatio(decimalOf(s.value!), s.value!.decimals, partValue, total.value);
  const totalWhere = total.claim ? whereOf(a, total.claim.loc) : undefined;
  reportRatio(a, s, outcome, computed, 'narrative-share-mismatch', {
    part: num(partValue),
    total: num(total.value),
    totalSubject: total.concept,
    totalFrom: total.from,
    ...(total.tableAddress ? { tableAddress: total.tableAddress, operands: [total.tableAddress] } : {}),
    ...(totalWhere?.address ? { operands: [totalWhere.address] } : {}),
  }, report);
}

/** growth = change ÷ (this year − change); the words 增加/减少 of the change and of the rate agree. */
function checkGrowth(a: Analysis, g: Claim, report: Reporter): void {
  const current = a.claims[g.of!];
  const change = changeFor(a, g);
  const stated = decimalOf(g.value!);
  if (!change) {
    // 与上年持平 … 增长 5%: 持平 means 0%.
    const flat = claimsAbout(a, g.of!, 'flat')[0];
    if (flat && !stated.isZero()) reportFlat(a, flat, g, report);
    return;
  }
  if (change.direction !== g.direction) {
    const { where, params } = findingAt(a, g);
    report({ code: 'narrative-direction', ...where, params: { ...params, subject: subjectLabel(a, g), changeDirection: change.direction, growthDirection: g.direction, change: num(decimalOf(change.value!)), claimed: num(stated) } });
    return;
  }
  const unit = current.value!.unit;
  const delta = valueIn(change, unit);
  const thisYear = decimalOf(current.value!);
  const prior = thisYear.minus(delta.times(change.direction!));
  const extra = { change: num(delta.times(change.direction!)), current: num(thisYear), prior: num(prior), amountUnit: unit };
  if (prior.isZero()) {
    // Growth from nothing has no rate; documents often write 100% by convention.
    const conventional = stated.eq(100) && g.direction === 1;
    const { where, params } = findingAt(a, g);
    report({
      code: conventional ? 'narrative-zero-base' : 'narrative-growth-mismatch',
      severity: conventional ? 'info' : undefined,
      ...where,
      params: { ...params, subject: subjectLabel(a, g), claimed: num(stated), unit: '%', zeroBase: true, ...extra },
    });
    return;
  }
  const { outcome, computed } = compareRatio(stated, g.value!.decimals, delta, prior.abs(), Math.max(2, current.value!.decimals));
  reportRatio(a, g, prior.isNegative() ? 'mismatch' : outcome, computed, 'narrative-growth-mismatch', extra, report);
}

/** 持平 with a change or a rate that is not zero. */
function reportFlat(a: Analysis, flat: Claim, other: Claim, report: Reporter): void {
  const { where, params } = findingAt(a, other);
  report({
    code: 'narrative-flat-nonzero',
    ...where,
    params: { ...params, subject: subjectLabel(a, other), claimed: num(decimalOf(other.value!)), unit: other.value!.unit, flatSentence: a.sentences[flat.sentence].text },
  });
}

/** 其中 items add up to the total they follow, within half a printed unit per item. */
function checkList(a: Analysis, totalId: number, itemIds: number[], report: Reporter): void {
  const total = a.claims[totalId];
  const items = addableItems(a, total, itemIds);
  if (items.length < 2) return;
  const unit = total.value!.unit;
  const sum = items.reduce((s, c) => s.plus(valueIn(c, unit)), new Decimal(0));
  const stated = decimalOf(total.value!);
  const difference = stated.minus(sum);
  if (difference.isZero()) return;
  const printed = Math.max(total.value!.decimals, ...items.map((c) => c.value!.decimals));
  // Counts are exact: a list of vehicles has no rounding.
  const tolerance = total.kind === 'count' ? new Decimal(0) : halfUnit(printed).times(items.length);
  const { where, params } = findingAt(a, a.claims[items[0].id], 'period');
  report({
    code: difference.abs().lte(tolerance) ? 'narrative-list-rounding' : 'narrative-list-sum',
    severity: difference.abs().lte(tolerance) ? 'info' : undefined,
    ...where,
    path: [...where.path.slice(0, -1), subjectLabel(a, total)],
    params: {
      ...params,
      subject: subjectLabel(a, total),
      claimed: num(stated),
      expected: num(sum),
      actual: num(stated),
      difference: num(difference),
      tolerance: num(tolerance),
      unit,
      items: items.map((c) => ({ subject: subjectLabel(a, c), value: num(decimalOf(c.value!)) })),
      operands: [...new Set(items.map((c) => whereOf(a, c.loc).address).filter((x) => x !== undefined))],
    },
  });
}

export const narrativeArithmetic: Rule = {
  id: 'narrative-arithmetic',
  description: '说明自身的计算正确：占比、增长率、增减方向、持平、其中各项之和',
  severity: 'error',
  check(ctx, report) {
    if (!ctx.narrative.length) return report.skip('no-narrative');
    const a = analysisOf(ctx);
    for (const c of a.claims) {
      if (c.kind === 'share') checkShare(a, c, ctx.tables, report);
      if (c.kind === 'growth') checkGrowth(a, c, report);
      if (c.kind === 'flat') {
        const moved = claimsAbout(a, c.of!, 'change').find((ch) => !decimalOf(ch.value!).isZero());
        if (moved) reportFlat(a, c, moved, report);
      }
    }
    for (const l of a.lists) if (l.total !== undefined) checkList(a, l.total, l.items, report);
  },
};
