// Numbers in Chinese prose: amounts, percentages, counts and years, each with its unit and qualifier.
import type { Bound, NumberKind, NumberToken } from './types';

/**
 * Full-width digits and signs to ASCII, one character for one, so offsets in the result are
 * offsets in the original (findings quote the original text).
 */
export function halfWidthSameLength(text: string): string {
  return text.replace(/[０-９．％－～＞＜＝\u3000]/g, (ch) => (ch === '\u3000' ? ' ' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0)));
}

const MONEY_UNITS = ['亿元', '万元', '元'];
/** Longest first, so 人次 wins over 人 and 平方米 is read whole. */
const COUNT_UNITS = [
  '平方米', '公里', '千米', '人次', '户次', '家次', '个月', '小时',
  '个', '座', '家', '辆', '台', '套', '名', '人', '项', '次', '所', '条', '处', '户', '件', '场', '期',
  '批', '篇', '份', '支', '架', '艘', '栋', '幢', '间', '张', '部', '本', '册', '亩', '天', '周', '年',
];
const UNIT_RE = new RegExp(`^\\s*(${[...MONEY_UNITS, '%', '‰', '万', '月', '日', '号', ...COUNT_UNITS].join('|')})`);

const NUMBER_RE = /(\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.(\d+))?/g;
const CN_YEAR_RE = /([一二][〇零○一二三四五六七八九]{3})\s*年/g;
const CN_DIGIT: Record<string, number> = { 〇: 0, 零: 0, '○': 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

const BOUND_BEFORE: [RegExp, Bound][] = [
  [/(≥|>=|>|不低于|不少于|至少|超过|高于|大于|多于|逾)\s*$/, 'min'],
  [/(≤|<=|<|不超过|不高于|不多于|低于|小于)\s*$/, 'max'],
  [/(约|近|大约)\s*$/, 'approx'],
];
const BOUND_AFTER: [RegExp, Bound][] = [
  [/^\s*(以上|及以上)/, 'min'],
  [/^\s*(以下|以内|之内|及以下)/, 'max'],
  [/^\s*(左右|多|余)/, 'approx'],
];
const RANGE_SEP = /[-~—至到]/;

function kindOfUnit(unit: string | undefined): NumberKind {
  if (unit === undefined) return 'plain';
  if (MONEY_UNITS.includes(unit)) return 'money';
  if (unit === '%' || unit === '‰') return 'percent';
  if (unit === '万') return 'unclear'; // "2500 万" may be 万元 or 万人: never guess
  return 'count';
}

function boundOf(before: string, after: string): Bound | undefined {
  for (const [re, b] of BOUND_BEFORE) if (re.test(before)) return b;
  for (const [re, b] of BOUND_AFTER) if (re.test(after)) return b;
  return undefined;
}

/** Reads one Arabic number at match m and classifies it by its neighbours. */
function readNumber(text: string, m: RegExpExecArray): NumberToken | undefined {
  const start = m.index;
  const numEnd = start + m[0].length;
  const prev = text[start - 1] ?? '';
  const next = text[numEnd] ?? '';
  // Part of a word or a code ("5G", "GB2312", "v1.2"): not a value.
  if (/[A-Za-z]/.test(prev) || /[A-Za-z]/.test(next) || prev === '.') return undefined;
  const digits = m[1].replace(/,/g, '');
  const decimals = m[2]?.length ?? 0;
  const numText = decimals ? `${digits}.${m[2]}` : digits;
  const rest = text.slice(numEnd);
  const unitMatch = UNIT_RE.exec(rest);
  const unit = unitMatch?.[1];
  const end = numEnd + (unitMatch?.[0].length ?? 0);
  const token: NumberToken = { start, end, text: numText, decimals, unit, kind: kindOfUnit(unit) };

  if (/^\s*年/.test(rest) && decimals === 0 && /^(19|20)\d\d$/.test(digits)) {
    token.kind = 'year';
    token.unit = '年';
    token.date = /^\s*年\s*\d{1,2}\s*月/.test(rest);
    return token;
  }
  if (unit === '月' || unit === '日') return { ...token, kind: 'skip', skip: 'date' };
  if (unit === '号' || (/[〔【[（(]/.test(prev) && /[〕】\]）)]/.test(next))) return { ...token, kind: 'skip', skip: 'docno' };
  if (/第\s*$/.test(text.slice(0, start))) return { ...token, kind: 'skip', skip: 'ordinal' };

  const before = text.slice(Math.max(0, start - 6), start);
  const after = text.slice(end);
  const rangeAfter = new RegExp(`^\\s*${RANGE_SEP.source}\\s*\\d`).test(text.slice(numEnd));
  const rangeBefore = new RegExp(`\\d\\s*${RANGE_SEP.source}\\s*$`).test(text.slice(Math.max(0, start - 4), start));
  token.bound = rangeAfter || rangeBefore ? 'range' : boundOf(before, after);
  return token;
}

/** Chinese-numeral years ("二〇二二年"); ordinals like 一、 or 第四部分 are never numbers. */
function chineseYears(text: string): NumberToken[] {
  const out: NumberToken[] = [];
  for (const m of text.matchAll(CN_YEAR_RE)) {
    const year = [...m[1]].map((ch) => CN_DIGIT[ch]).join('');
    const rest = text.slice(m.index! + m[0].length);
    out.push({
      start: m.index!,
      end: m.index! + m[0].length,
      text: year,
      decimals: 0,
      unit: '年',
      kind: 'year',
      date: /^\s*[\d一二三四五六七八九十]{1,3}\s*月/.test(rest),
    });
  }
  return out;
}

/**
 * Every number in a piece of prose, in order. Amounts keep their decimal text exactly as printed
 * (5353.9 stays one decimal); years, dates, document numbers (财预〔2021〕101号) and ordinals are
 * marked so no rule reads them as amounts.
 */
export function scanNumbers(raw: string): NumberToken[] {
  const text = halfWidthSameLength(raw);
  const tokens: NumberToken[] = [];
  for (const m of text.matchAll(NUMBER_RE)) {
    const t = readNumber(text, m as RegExpExecArray);
    if (t) tokens.push(t);
  }
  tokens.push(...chineseYears(text));
  return tokens.sort((a, b) => a.start - b.start);
}

/** The tokens that stand for a value (not years, dates, document numbers or ordinals). */
export function valueTokens(tokens: NumberToken[]): NumberToken[] {
  return tokens.filter((t) => t.kind !== 'year' && t.kind !== 'skip');
}
