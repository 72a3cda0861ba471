// Facts about classification codes that the catalog loader and the code rules share.
import { toHalfWidth } from '../money';
import type { CodeSystem } from '../tables/model';
import type { CellValue } from '../workbook';
import { isCellError } from '../workbook';

export const CODE_SYSTEMS: readonly CodeSystem[] = ['function', 'economicDept', 'economicGov'];

/** Function codes go down to 项 (7 digits); economic codes stop at 款 (5 digits). */
export const CODE_LENGTHS: Record<CodeSystem, readonly number[]> = {
  function: [3, 5, 7],
  economicDept: [3, 5],
  economicGov: [3, 5],
};

/** The leading digit every code of a system has: 2xx 功能, 3xx 部门经济, 5xx 政府经济. */
export const FIRST_DIGIT: Record<CodeSystem, string> = { function: '2', economicDept: '3', economicGov: '5' };

export type CodeLevel = 1 | 2 | 3;

/** 类 = 1 (3 digits), 款 = 2 (5), 项 = 3 (7); anything else has no level. */
export function levelOfCode(code: string): CodeLevel | undefined {
  return ({ 3: 1, 5: 2, 7: 3 } as const)[code.length as 3 | 5 | 7];
}

export function digitsOfLevel(level: CodeLevel): number {
  return 1 + 2 * level;
}

/** 2150501 → 21505 → 215 → undefined. */
export function parentCode(code: string): string | undefined {
  return code.length > 3 ? code.slice(0, -2) : undefined;
}

/** All ancestors, nearest first: 2150501 → [21505, 215]. */
export function ancestorCodes(code: string): string[] {
  const out: string[] = [];
  for (let p = parentCode(code); p; p = parentCode(p)) out.push(p);
  return out;
}

/**
 * The system a code belongs to by its digits: 2xx function, 30x/31x/399 department economic,
 * 50x/51x/59x government economic. Used where no table says which system a code is in (a catalog file).
 */
export function systemOfCode(code: string): CodeSystem | undefined {
  if (!/^\d{3}(\d{2}){0,2}$/.test(code)) return undefined;
  if (code[0] === '2') return 'function';
  if (code.length > 5) return undefined;
  if (/^(3[01]\d|399)/.test(code)) return 'economicDept';
  if (/^(5[01]\d|59\d)/.test(code)) return 'economicGov';
  return undefined;
}

export type CodeFormatProblem = 'not-digits' | 'length' | 'prefix';

/** Why a code cannot be a code of `system`, or undefined when its shape is right. */
export function codeFormatProblem(code: string, system: CodeSystem): CodeFormatProblem | undefined {
  if (!/^\d+$/.test(code)) return 'not-digits';
  if (!CODE_LENGTHS[system].includes(code.length)) return 'length';
  if (code[0] !== FIRST_DIGIT[system]) return 'prefix';
  return undefined;
}

/**
 * A code cell as digits: numbers as written, full-width digits folded, and the separators people type
 * inside codes ("215 05 01", "215.05.01", "[2150501]") removed. Returns the cleaned text even when it
 * is not all digits, so the caller can report what was there.
 */
export function codeText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (isCellError(v)) return v.error;
  return toHalfWidth(String(v)).replace(/[\s.·_\-[\]【】]/g, '');
}
