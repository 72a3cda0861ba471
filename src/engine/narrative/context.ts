// What the narrative rules share: one analysis per narrative, where a claim sits, its value and label.
import Decimal from 'decimal.js';
import { address, type CellRef } from '../workbook';
import type { Report, RuleContext } from '../rules/rule';
import { conceptDef } from './lexicon';
import { extractClaims } from './extract';
import { SECTION_LABEL, type Analysis, type Claim, type Location, type NumberValue, type Part } from './types';

const cache = new WeakMap<object, Analysis>();

/** The narrative is read once per check, whichever narrative rule asks first. */
export function analysisOf(ctx: RuleContext): Analysis {
  let a = cache.get(ctx.narrative);
  if (!a) {
    a = extractClaims(ctx.narrative);
    cache.set(ctx.narrative, a);
  }
  return a;
}

/** 分 per unit of the text; 亿元 appears in prose though never in the tables. */
export const FEN_PER: Record<string, number> = { 元: 100, 万元: 1_000_000, 亿元: 10_000_000_000 };

export function decimalOf(v: NumberValue): Decimal {
  return new Decimal(v.text);
}

/** A money value in another unit: 1.5 万元 → 15000 元. */
export function convert(value: Decimal, from: string | undefined, to: string | undefined): Decimal {
  if (!from || !to || from === to || !FEN_PER[from] || !FEN_PER[to]) return value;
  return value.times(FEN_PER[from]).div(FEN_PER[to]);
}

/** A claim's value in the given unit (a unit-less 0 is 0 in any unit). */
export function valueIn(c: Claim, unit: string | undefined): Decimal {
  return convert(decimalOf(c.value!), c.value!.unit, unit);
}

export interface Where {
  sheet?: string;
  cell?: CellRef;
  address?: string;
  /** Pasted text: its name and 1-based line. */
  source?: string;
  line?: number;
}

/** The narrative cell of a location; for a joined target row, the cell the number is in. */
export function whereOf(a: Analysis, loc: Location): Where {
  const p = a.paragraphs[loc.paragraph];
  if (p.sheet !== undefined && p.row !== undefined && p.col !== undefined) {
    const col = p.cells ? [...p.cells].reverse().find((c) => c.start <= loc.start)?.col ?? p.col : p.col;
    const cell = { sheet: p.sheet, row: p.row, col };
    return { sheet: p.sheet, cell, address: address(cell) };
  }
  return { source: p.source ?? p.sheet, line: p.row !== undefined ? p.row + 1 : undefined };
}

const PART_LABEL: Record<Part, string> = { narrative: '说明', tasks: '主要工作任务', targets: '绩效目标', tables: '预算表', other: '其他' };

/** What a claim is about, in words: the concept's label, else the subject as written. */
export function subjectLabel(a: Analysis, c: Claim): string {
  const base = c.of !== undefined ? a.claims[c.of] : c;
  const def = base.concept ? conceptDef(base.concept) : undefined;
  return def?.label ?? base.subject;
}

/**
 * A finding's location fields for claim `c` (the narrative cell, or the line of a text) and the
 * params every narrative finding carries: the quoted sentence, and source/line for pasted text.
 */
export function findingAt(a: Analysis, c: Claim, quote: 'sentence' | 'period' = 'sentence') {
  const s = a.sentences[c.sentence];
  const w = whereOf(a, c.loc);
  const path = [PART_LABEL[s.part], ...(s.section ? [SECTION_LABEL[s.section]] : []), subjectLabel(a, c)];
  return {
    where: { sheet: w.sheet, cell: w.cell, address: w.address, path } satisfies Pick<Report, 'sheet' | 'cell' | 'address' | 'path'>,
    params: { sentence: quote === 'period' ? s.periodText : s.text, ...(w.source !== undefined ? { source: w.source, line: w.line } : {}) },
  };
}

/** A value a finding carries: a plain number (4263.9), never a Decimal. */
export function num(d: Decimal): number {
  return d.toNumber();
}
