// Which sentences with numbers no narrative check could read: a skipped sentence must never look like a pass.
import type { Tables } from '../tables/model';
import { resolveConcept } from './resolve';
import { addableItems, changeFor, claimsAbout, shareTotal } from './links';
import { whereOf } from './context';
import type { Analysis, Claim } from './types';

export interface UncheckedSentence {
  sentence: string;
  address?: string;
  source?: string;
  line?: number;
  /** Why numbers in it were not checked: 'subject-unknown', 'bound', 'table-missing'… */
  reasons: string[];
  /** Some of its numbers were checked, not all. */
  partial: boolean;
}

/** Claims that a list check covers: totals and items of lists with two or more addable items. */
function listed(a: Analysis): Set<number> {
  const ids = new Set<number>();
  for (const l of a.lists) {
    if (l.total === undefined) continue;
    const items = addableItems(a, a.claims[l.total], l.items);
    if (items.length < 2) continue;
    ids.add(l.total);
    items.forEach((c) => ids.add(c.id));
  }
  return ids;
}

/** Why a claim goes unchecked, or undefined when some narrative rule checks it. */
function reasonFor(a: Analysis, c: Claim, tables: Tables, inList: Set<number>): string | undefined {
  switch (c.kind) {
    case 'year':
    case 'flat':
      return undefined;
    case 'growth':
      return changeFor(a, c) || claimsAbout(a, c.of!, 'flat').length ? undefined : 'no-change';
    case 'change':
      return claimsAbout(a, c.of!, 'growth').length || a.claims[c.of!].concept ? undefined : 'change-alone';
    case 'share':
      return shareTotal(a, c, tables) ? undefined : 'total-unknown';
  }
  if (c.bound) return 'bound';
  if (inList.has(c.id)) return undefined;
  const referenced = a.claims.some((o) => o.of === c.id && (o.kind === 'growth' || o.kind === 'share'));
  if (!c.concept) return referenced || (c.kind === 'count' && c.subject) ? undefined : 'subject-unknown';
  const r = resolveConcept(c.concept, tables);
  if (r.status === 'found' || referenced) return undefined;
  return { 'no-table-fact': 'no-table', 'table-missing': 'table-missing', 'not-found': 'row-not-found' }[r.status];
}

/** Sentences of the narrative and tasks parts with at least one number that was not checked. */
export function uncheckedSentences(a: Analysis, tables: Tables): UncheckedSentence[] {
  const inList = listed(a);
  const reasons = new Map<number, Set<string>>();
  const checked = new Set<number>();
  const note = (sentence: number, reason: string | undefined) => {
    if (reason === undefined) return checked.add(sentence);
    if (!reasons.has(sentence)) reasons.set(sentence, new Set());
    reasons.get(sentence)!.add(reason);
  };
  for (const c of a.claims) if (c.kind !== 'year') note(c.sentence, reasonFor(a, c, tables, inList));
  for (const u of a.unchecked) note(u.sentence, u.reason);
  const out: UncheckedSentence[] = [];
  for (const s of a.sentences) {
    const id = s.id;
    const why = reasons.get(id);
    if (!why || (s.part !== 'narrative' && s.part !== 'tasks')) continue;
    const first = a.unchecked.find((u) => u.sentence === id)?.loc ?? a.claims.find((c) => c.sentence === id)!.loc;
    const w = whereOf(a, first);
    out.push({ sentence: s.text, address: w.address, source: w.source, line: w.line, reasons: [...why], partial: checked.has(id) });
  }
  return out;
}
