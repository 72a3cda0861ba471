// How claims refer to each other: a growth rate to its change, a share to its total, a list to its items.
import Decimal from 'decimal.js';
import { address } from '../workbook';
import type { Tables } from '../tables/model';
import { conceptDef } from './lexicon';
import { resolveConcept } from './resolve';
import { convert, valueIn } from './context';
import type { Analysis, Claim, SectionId } from './types';

/** The amount a claim of this kind is about is an exact stated amount, never a bound. */
export function isExactAmount(c: Claim): boolean {
  return (c.kind === 'amount' || c.kind === 'count') && !c.bound && c.value !== undefined;
}

/** The change stated for the same subject as growth claim g, nearest before it. */
export function changeFor(a: Analysis, g: Claim): Claim | undefined {
  for (let i = g.id - 1; i >= 0; i--) {
    const c = a.claims[i];
    if (c.kind === 'change' && c.of === g.of) return c;
  }
  return undefined;
}

export function claimsAbout(a: Analysis, of: number, kind: Claim['kind']): Claim[] {
  return a.claims.filter((c) => c.kind === kind && c.of === of);
}

/** 占比 without a named total means the section's own total (办公费占比 → 机关运行经费). */
const SECTION_TOTAL: Partial<Record<SectionId, string>> = { orc: 'orc.total', threePublic: 'tp.total', procurement: 'proc.total' };

export interface ShareTotal {
  concept: string;
  value: Decimal;
  /** Where the total was read: a sentence of the narrative, or a table cell. */
  from: 'text' | 'table';
  claim?: Claim;
  tableAddress?: string;
}

/** The latest exact amount stated for any of the concepts, preferring one before claim `before`. */
export function statedAmount(a: Analysis, concepts: string[], before: number): Claim | undefined {
  const all = a.claims.filter((c) => c.kind === 'amount' && c.concept && concepts.includes(c.concept) && isExactAmount(c));
  return all.filter((c) => c.id < before).pop() ?? all[0];
}

/**
 * The total a share is measured against: the list total for a bare 占 X% inside a 其中 list, else
 * the one named after 占…的 (收入预算, 预算总额…), else the section's; its value as the narrative
 * states it, else as the tables hold it.
 */
export function shareTotal(a: Analysis, s: Claim, tables: Tables): ShareTotal | undefined {
  const part = a.claims[s.of!];
  const unit = part.value?.unit;
  if (s.total?.claim !== undefined) {
    const listed = a.claims[s.total.claim];
    return { concept: listed.concept ?? listed.subject, value: valueIn(listed, unit), from: 'text', claim: listed };
  }
  const section = a.sentences[s.sentence].section;
  const concept = s.total?.phrase ? s.total.concept : section ? SECTION_TOTAL[section] : undefined;
  if (!concept || concept === part.concept) return undefined;
  const stated = statedAmount(a, [concept, ...(conceptDef(concept)?.sameAs ?? [])], s.id);
  if (stated) return { concept, value: valueIn(stated, unit), from: 'text', claim: stated };
  const r = resolveConcept(concept, tables);
  if (r.status !== 'found') return undefined;
  return { concept, value: convert(new Decimal(r.fact.fen).div(100), '元', unit ?? r.fact.unit), from: 'table', tableAddress: address(r.fact.cells[0]) };
}

/** Items of a list that can be added to its total: money with money, counts of the same unit. */
export function addableItems(a: Analysis, total: Claim, items: number[]): Claim[] {
  const money = total.kind === 'amount';
  return items
    .map((i) => a.claims[i])
    .filter((c) => isExactAmount(c) && (money ? c.kind === 'amount' : c.kind === 'count' && c.value!.unit === total.value!.unit));
}
