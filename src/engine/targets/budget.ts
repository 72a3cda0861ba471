// Reads a project's funds from its budget sentence ("…经费预算 695 万元，资金来源其中上级补助拨款 230 万元。").
import Decimal from 'decimal.js';
import { toHalfWidth } from '../money';

export interface SentenceFunds {
  total?: number;
  fiscal?: number;
  fiscalUpper?: number;
  carryover?: number;
  other?: number;
  /** Source labels that named no known kind of money; counted as 其他资金. */
  unknownSources: string[];
}

const AMOUNT = /(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(亿元|万元|元)/;
const FEN_PER: Record<string, number> = { 元: 100, 万元: 1_000_000, 亿元: 10_000_000_000 };

export function amountToFen(number: string, unit: string): number {
  return new Decimal(number.replace(/,/g, '')).times(FEN_PER[unit]).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber();
}

type SourceKind = 'upper' | 'fiscal' | 'carryover' | 'other';

/**
 * 上级补助 is money the upper government transfers into this budget: 表1 lists it under 一般公共预算拨款,
 * so it is 财政拨款 here too (kept apart as fiscalUpper for display).
 */
const SOURCE_KINDS: [RegExp, SourceKind][] = [
  [/上级补助|上级专项|转移支付|中央(?:财政|补助|资金)|省级?(?:财政)?补助/, 'upper'],
  [/上年结转|结转|结余/, 'carryover'],
  [/财政拨款|财政资金|公共预算|本级财政|政府性基金|国有资本经营|财政补助/, 'fiscal'],
  [/自筹|其他|单位资金|事业收入|经营收入|社会资金|银行贷款|融资/, 'other'],
];

function classify(label: string): SourceKind | undefined {
  return SOURCE_KINDS.find(([re]) => re.test(label))?.[1];
}

function add(a: number | undefined, b: number): number {
  return (a ?? 0) + b;
}

export function parseBudgetSentence(text: string): SentenceFunds {
  const s = toHalfWidth(text).replace(/\s+/g, ' ');
  const result: SentenceFunds = { unknownSources: [] };
  const sourceAt = s.search(/资金来源|来源于|资金构成/);
  const head = sourceAt >= 0 ? s.slice(0, sourceAt) : s;
  const totalAt = head.search(/预算|总额|总投资|安排/);
  const total = totalAt >= 0 ? AMOUNT.exec(head.slice(totalAt)) : null;
  if (total) result.total = amountToFen(total[1], total[2]);
  if (sourceAt < 0) return result;
  for (const segment of s.slice(sourceAt).split(/[，,、；;。]/)) {
    const m = AMOUNT.exec(segment);
    if (!m) continue;
    const label = segment.slice(0, m.index).replace(/^(资金来源|来源于|资金构成)/, '').replace(/^[为是：:\s]+/, '').trim();
    const fen = amountToFen(m[1], m[2]);
    const kind = classify(label);
    if (kind === 'upper') {
      result.fiscal = add(result.fiscal, fen);
      result.fiscalUpper = add(result.fiscalUpper, fen);
    } else if (kind === 'fiscal') result.fiscal = add(result.fiscal, fen);
    else if (kind === 'carryover') result.carryover = add(result.carryover, fen);
    else {
      if (!kind) result.unknownSources.push(label);
      result.other = add(result.other, fen);
    }
  }
  return result;
}
