// The same subject is not stated twice with different numbers (工作任务 vs 绩效目标, 一、 vs 七、).
import Decimal from 'decimal.js';
import { analysisOf, decimalOf, findingAt, num, subjectLabel, valueIn, whereOf } from '../narrative/context';
import { normalizeName } from '../narrative/lexicon';
import type { Analysis, Claim } from '../narrative/types';
import type { Rule } from './rule';

/** Words around a target's noun that do not change what is counted: 新建/建设 5G 基站(数量). */
const LEADING = ['每年支持', '新开工', '新投产', '新培育', '重点培养', '新建', '建设', '新增', '培育', '引进', '完成', '实现', '推动', '支持', '开展', '举办', '组织', '培养', '协助', '力争', '确保', '累计', '打造', '创建', '建成', '达到', '计划', '预计', '全年', '年内', '全市', '每年', '共有', '共'];
const TRAILING = ['数量', '个数', '总数', '数'];

/**
 * The noun a count is about, without verbs and measure words. Only equal cores are the same
 * subject: "其他用车" and "其他用车主要是机要通信用车" are not.
 */
export function subjectCore(subject: string): string {
  let s = normalizeName(subject);
  for (let changed = true; changed; ) {
    changed = false;
    const lead = LEADING.find((w) => s.startsWith(w) && s.length > w.length);
    if (lead) [s, changed] = [s.slice(lead.length), true];
    const trail = TRAILING.find((w) => s.endsWith(w) && s.length > w.length);
    if (trail) [s, changed] = [s.slice(0, -trail.length), true];
  }
  return s;
}

interface Candidate {
  claim: Claim;
  key: string;
}

function candidates(a: Analysis): Candidate[] {
  const out: Candidate[] = [];
  for (const c of a.claims) {
    if (!c.value || c.bound === 'range' || c.bound === 'approx') continue;
    if (!['narrative', 'tasks', 'targets'].includes(a.sentences[c.sentence].part)) continue;
    if (c.kind === 'amount' && c.concept && !c.bound) out.push({ claim: c, key: `concept:${c.concept}` });
    if (c.kind === 'count' && !c.concept) {
      const core = subjectCore(c.subject);
      // A bound ("≥15 家") and an exact figure do not contradict each other: keep them apart.
      if (core.length >= 2) out.push({ claim: c, key: `count:${core}:${c.bound ?? 'exact'}` });
    }
  }
  return out;
}

/** Two statements agree when they are equal at the coarser of their printed precisions. */
function sameValue(x: Claim, y: Claim): boolean {
  const d = Math.min(x.value!.decimals, y.value!.decimals);
  const vx = x.kind === 'amount' ? valueIn(x, y.value!.unit) : decimalOf(x.value!);
  const vy = decimalOf(y.value!);
  return vx.toDecimalPlaces(d, Decimal.ROUND_HALF_UP).eq(vy.toDecimalPlaces(d, Decimal.ROUND_HALF_UP));
}

export const narrativeDuplicateSubject: Rule = {
  id: 'narrative-duplicate-subject',
  description: '同一事项在说明、工作任务或绩效目标中多次出现时数字前后一致',
  severity: 'warning',
  check(ctx, report) {
    if (!ctx.narrative.length) return report.skip('no-narrative');
    const a = analysisOf(ctx);
    const groups = new Map<string, Claim[]>();
    for (const { claim, key } of candidates(a)) groups.set(key, [...(groups.get(key) ?? []), claim]);
    for (const claims of groups.values()) {
      // One finding per distinct value, at its first statement, against the first statement of all.
      const distinct: Claim[] = [];
      for (const c of claims) if (!distinct.some((d) => sameValue(c, d))) distinct.push(c);
      const [first, ...others] = distinct;
      for (const c of others) {
        const { where, params } = findingAt(a, c);
        const other = whereOf(a, first.loc);
        report({
          code: 'narrative-duplicate-subject',
          ...where,
          params: {
            ...params,
            subject: c.kind === 'count' ? subjectCore(c.subject) : subjectLabel(a, c),
            claimed: num(decimalOf(c.value!)),
            unit: c.value!.unit,
            otherValue: num(decimalOf(first.value!)),
            otherUnit: first.value!.unit,
            otherSentence: a.sentences[first.sentence].text,
            otherAddress: other.address,
            otherLine: other.line,
            operands: other.address ? [other.address] : [],
          },
        });
      }
    }
  },
};
