// How the fake turns what an add-in writes into cell contents, the way Excel reads typed input: numbers
// from numeric text unless the cell is formatted as text, formulas from "=…", errors kept as errors.
import type { FakeCell } from './model';

const EXCEL_ERRORS = new Set(['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#SPILL!', '#CALC!']);
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** The value of a formula this fake can evaluate: HYPERLINK shows its friendly name; others are unknown. */
export function evaluate(formula: string): { value: string | number | null; hyperlink?: string } {
  const m = /^=HYPERLINK\(\s*"((?:[^"]|"")*)"\s*(?:,\s*"((?:[^"]|"")*)"\s*)?\)$/i.exec(formula.trim());
  if (m) {
    const target = m[1].replace(/""/g, '"');
    return { value: (m[2] ?? m[1]).replace(/""/g, '"'), hyperlink: target };
  }
  return { value: '#NAME?' };
}

/** Writes one input value (from `values` or `formulas`) into a cell. */
export function writeInput(cell: FakeCell, input: unknown): void {
  delete cell.formula;
  delete cell.error;
  if (input === null || input === undefined || input === '') {
    cell.value = null;
    return;
  }
  if (typeof input === 'number' || typeof input === 'boolean') {
    cell.value = input;
    return;
  }
  const text = String(input);
  if (cell.numberFormat === '@') {
    cell.value = text;
    return;
  }
  if (text.startsWith("'")) {
    cell.value = text.slice(1);
    return;
  }
  if (text.startsWith('=') && text.length > 1) {
    const result = evaluate(text);
    cell.formula = text;
    cell.value = result.value;
    cell.error = typeof result.value === 'string' && EXCEL_ERRORS.has(result.value);
    if (result.hyperlink) cell.hyperlink = { address: result.hyperlink.startsWith('#') ? undefined : result.hyperlink, documentReference: result.hyperlink.startsWith('#') ? result.hyperlink.slice(1) : undefined };
    return;
  }
  if (EXCEL_ERRORS.has(text)) {
    cell.value = text;
    cell.error = true;
    return;
  }
  const plain = text.replace(/,/g, '');
  if (NUMBER.test(plain)) cell.value = Number(plain);
  else if (/^[+-]?\d+(\.\d+)?%$/.test(plain)) {
    cell.value = Number(plain.slice(0, -1)) / 100;
    if (!cell.numberFormat || cell.numberFormat === 'General') cell.numberFormat = '0%';
  } else cell.value = text;
}

/** What `values` reports for a cell: "" for empty, the error text for errors. */
export function readValue(cell: FakeCell | undefined): string | number | boolean {
  return cell?.value ?? '';
}

export function readFormula(cell: FakeCell | undefined): string | number | boolean {
  return cell?.formula ?? cell?.value ?? '';
}

/** Colours as office.js gives them: "#RRGGBB" upper case; a few names Excel accepts. */
export function normalColor(color: string): string {
  const named: Record<string, string> = { black: '#000000', white: '#FFFFFF', red: '#FF0000', yellow: '#FFFF00', blue: '#0000FF', green: '#008000' };
  const c = named[color.toLowerCase()] ?? color;
  return /^#[0-9a-f]{6}$/i.test(c) ? c.toUpperCase() : c;
}

/** A number shown as a number format would show it (enough for the demo grid: decimals, separators, %). */
export function displayNumber(n: number, format: string | undefined): string {
  if (!format || format === 'General' || format === '@') return Number.isInteger(n) ? String(n) : String(Math.round(n * 1e10) / 1e10);
  const section = format.split(';')[n < 0 && format.includes(';') ? 1 : 0] ?? format;
  const percent = section.includes('%');
  const decimals = /\.(0+)/.exec(section)?.[1].length ?? 0;
  const v = Math.abs(percent ? n * 100 : n);
  let s = v.toFixed(decimals);
  if (section.includes(',')) s = s.replace(/^(\d+)/, (d) => d.replace(/\B(?=(\d{3})+(?!\d))/g, ','));
  const sign = n < 0 && !format.includes(';') ? '-' : '';
  return `${sign}${s}${percent ? '%' : ''}`;
}
