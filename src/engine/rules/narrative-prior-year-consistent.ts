// Last year's figures the narrative implies (this year − change) agree, and its parts add up to its total.
import Decimal from 'decimal.js';
import { analysisOf, convert, decimalOf, findingAt, num, subjectLabel, valueIn, whereOf } from '../narrative/context';
import { halfUnit } from '../narrative/compare';
import { conceptDef } from '../narrative/lexicon';
import { claimsAbout, isExactAmount } from '../narrative/links';
import type { Analysis, Claim } from '../narrative/types';
import type { Reporter, Rule } from './rule';

/** A previous-year value implied by one sentence, with the figures it came from. */
interface Prior {
  amount: Claim;
  /** The change or 持平 claim it was derived from. */
  via: Claim;
  value: Decimal;
  /** Printed decimals of the figures used, for the rounding bound. */
  decimals: number[];
}

function priorsOf(a: Analysis, amount: Claim): Prior[] {
  const unit = amount.value!.unit;
  const thisYear = decimalOf(amount.value!);
  const out: Prior[] = claimsAbout(a, amount.id, 'change').map((c) => ({
    amount,
    via: c,
    value: thisYear.minus(valueIn(c, unit).times(c.direction!)),
    decimals: [amount.value!.decimals, c.value!.decimals],
  }));
  for (const f of claimsAbout(a, amount.id, 'flat')) out.push({ amount, via: f, value: thisYear, decimals: [amount.value!.decimals] });
  return out;
}

function tolerance(decimals: number[]): Decimal {
  return halfUnit(Math.max(...decimals)).times(decimals.length);
}

function reportPrior(a: Analysis, code: string, at: Prior, expected: Decimal, extra: Record<string, unknown>, tol: Decimal, report: Reporter): void {
  const difference = at.value.minus(expected);
  if (difference.isZero()) return;
  const within = difference.abs().lte(tol);
  const { where, params } = findingAt(a, at.via);
  report({
    code: within ? 'narrative-prior-year-rounding' : code,
    severity: within ? 'info' : undefined,
    ...where,
    params: {
      ...params,
      subject: subjectLabel(a, at.amount),
      prior: num(at.value),
      expected: num(expected),
      actual: num(at.value),
      difference: num(difference),
      tolerance: num(tol),
      unit: at.amount.value!.unit,
      ...extra,
    },
  });
}

/** The same subject stated twice implies one previous-year value. */
function sameSubject(a: Analysis, priors: Map<string, Prior[]>, report: Reporter): void {
  for (const list of priors.values()) {
    const [first, ...rest] = list;
    for (const p of rest) {
      const other = whereOf(a, first.via.loc);
      const extra = { otherSentence: a.sentences[first.via.sentence].text, otherAddress: other.address, otherLine: other.line };
      reportPrior(a, 'narrative-prior-year-mismatch', p, first.value, extra, tolerance([...first.decimals, ...p.decimals]), report);
    }
  }
}

/** The parts the narrative states for a concept, most general first (公车 before its 运行维护费). */
function statedParts(concept: string, priors: Map<string, Prior[]>, stated: Set<string>): string[] | undefined {
  const out: string[] = [];
  for (const part of conceptDef(concept)?.parts ?? []) {
    if (stated.has(part)) {
      if (!priors.has(part)) return undefined; // a part without a change: not all parts state one
      out.push(part);
    } else {
      const sub = statedParts(part, priors, stated);
      if (sub === undefined) return undefined;
      out.push(...sub);
    }
  }
  return out;
}

/**
 * When the parts the narrative names add up to the total this year and each states its change,
 * their previous-year values add up to the total's (收入 = 一般公共预算 + 政府性基金 + 社保…).
 */
function partsAddUp(a: Analysis, priors: Map<string, Prior[]>, report: Reporter): void {
  const stated = new Set(a.claims.filter((c) => c.kind === 'amount' && c.concept && isExactAmount(c)).map((c) => c.concept!));
  for (const [concept, list] of priors) {
    const total = list[0];
    const parts = statedParts(concept, priors, stated);
    if (!parts || parts.length < 2) continue;
    const chosen = parts.map((p) => priors.get(p)![0]);
    const unit = total.amount.value!.unit;
    const thisYear = chosen.reduce((s, p) => s.plus(valueIn(p.amount, unit)), new Decimal(0));
    const decimals = [...total.decimals, ...chosen.flatMap((p) => p.decimals)];
    // Parts that do not make up this year's total are not all the parts: nothing to compare.
    if (thisYear.minus(decimalOf(total.amount.value!)).abs().gt(tolerance(chosen.map((p) => p.amount.value!.decimals)))) continue;
    const sum = chosen.reduce((s, p) => s.plus(convert(p.value, p.amount.value!.unit, unit)), new Decimal(0));
    const partPriors = chosen.map((p) => ({ subject: subjectLabel(a, p.amount), prior: num(p.value) }));
    reportPrior(a, 'narrative-prior-year-parts', total, sum, { parts: partPriors, operands: chosen.map((p) => whereOf(a, p.via.loc).address).filter(Boolean) }, tolerance(decimals), report);
  }
}

export const narrativePriorYearConsistent: Rule = {
  id: 'narrative-prior-year-consistent',
  description: '说明中各句隐含的上年数（本年数减增减额）彼此一致，各组成部分的上年数之和等于总数的上年数',
  severity: 'error',
  check(ctx, report) {
    if (!ctx.narrative.length) return report.skip('no-narrative');
    const a = analysisOf(ctx);
    const priors = new Map<string, Prior[]>();
    for (const c of a.claims) {
      if (c.kind !== 'amount' || !c.concept || !isExactAmount(c)) continue;
      const ps = priorsOf(a, c);
      if (ps.length) priors.set(c.concept, [...(priors.get(c.concept) ?? []), ...ps]);
    }
    sameSubject(a, priors, report);
    partsAddUp(a, priors, report);
  },
};
