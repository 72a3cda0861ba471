// Text normalisation for matching titles, headers and labels: the same words arrive with full-width
// punctuation, stray spaces from PDF copies and different brackets, so everything is compared folded.
import { toHalfWidth } from '../money';
import type { CellValue } from '../workbook';

const FOLD: Record<string, string> = {
  '【': '[', '】': ']', '〔': '[', '〕': ']', '［': '[', '］': ']', '：': ':', '“': '"', '”': '"',
  '‘': "'", '’': "'", '＊': '*', '／': '/', '；': ';', '﹙': '(', '﹚': ')',
};
const FOLD_CHARS = /[【】〔〕［］：“”‘’＊／；﹙﹚]/g;
const SPACES = /[\s\u3000\u00a0]+/g;

/** Folded text for matching: half-width digits and punctuation, ASCII brackets, no spaces. */
export function norm(s: string): string {
  return toHalfWidth(s).replace(FOLD_CHARS, (ch) => FOLD[ch]).replace(SPACES, '');
}

export function isBlankValue(v: CellValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

// Ordinals in front of labels ("一、", "1.", "（一）", "其中：", "①") carry position, not meaning.
const ORDINAL =
  /^(?:[一二三四五六七八九十]+[、.,]|[([][一二三四五六七八九十\d]+[)\]][、.]?|\d{1,2}(?:[、.)](?!\d))|其中:?|[①-⑳])/;

/** A folded label without ordinal prefixes and trailing colons: "十一、融资借款：" → "融资借款". */
export function stripOrdinals(folded: string): string {
  let s = folded;
  for (let i = 0; i < 3; i++) {
    const m = ORDINAL.exec(s);
    if (!m || m[0].length === s.length) break;
    s = s.slice(m[0].length);
  }
  return s.replace(/[:;,.]+$/, '');
}

/** "合计", "总计", "合 计：", "支出合计" — a folded label that names a total row of a code table. */
export function isTotalLabel(folded: string): boolean {
  return folded.length <= 8 && /^[^\d]{0,4}(?:合计|总计)[:]?$/.test(folded);
}

const CODE_JUNK = /[\s\u3000.．[\]【】()（）\-]/g;

/**
 * A classification or unit code as digits: "2 15 05 01", "215.05.01", "[2150501]" and 2150501
 * (a number cell) all give "2150501". Anything that is not digits after cleaning is no code.
 */
export function parseCode(v: CellValue | undefined): string | undefined {
  if (typeof v === 'number') return Number.isInteger(v) && v > 0 && v < 1e12 ? String(v) : undefined;
  if (typeof v !== 'string') return undefined;
  const s = isDigits(v) ? v : v.replace(CODE_JUNK, '');
  return s.length >= 2 && s.length <= 12 && isDigits(s) ? s : undefined;
}

/** /^\d+$/ without a regular expression: called for every row of every code table. */
function isDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

// The code in front of a name in one cell: "2150501 行政运行", "[2150501]行政运行". Four digits are left
// alone because "2022年…" is a year, not a code.
const INLINE_CODE = /^[[【(（]?\s*(\d(?:[\d .．]*\d)?)\s*[\]】)）]?\s*([^\d\s.．].*)$/;
const CODE_LENGTHS = new Set([3, 5, 6, 7, 9]);

/** Lengths of classification codes (3/5/7) and unit codes (6, 9); a 4- or 8-digit run is a year or a date. */
export function isCodeLength(code: string): boolean {
  return CODE_LENGTHS.has(code.length);
}

export function splitInlineCode(text: string): { code: string; name: string } | undefined {
  const m = INLINE_CODE.exec(text.trim());
  if (!m) return undefined;
  const code = m[1].replace(/[ .．]/g, '');
  if (!isCodeLength(code) || m[2].startsWith('年')) return undefined;
  return { code, name: m[2].trim() };
}
