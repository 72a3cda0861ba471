// Claims in the narrative: amounts, changes, growth rates, shares, 持平, lists, counts and years,
// each with the subject it is about. What the extractor is not sure of is recorded as unchecked.
import { buildBlocks, CLAUSE, GROUP, locate, PERIOD, splitAfter, type Block, type Span } from './blocks';
import { matchSubject, normalizeName } from './lexicon';
import { halfWidthSameLength, scanNumbers } from './numbers';
import { tagParagraphs } from './paragraphs';
import { headingLevel } from './headings';
import { yearRole } from './years';
import type { Analysis, Claim, ClaimKind, NumberToken, SectionId, Sentence, SourceParagraph } from './types';

const CLAIM_PARTS = new Set(['narrative', 'tasks', 'targets']);

/** "比上年增加", "较 2021 年预算减少", "下降了", "增幅为": the change word ends the text before the number. */
const CHANGE_RE =
  /(?:(?:比|较|同比|与)\s*(?:上年|上一年|去年|上年度|\d{4}\s*年度?)?\s*(?:年初)?(?:预算数|预算|同期|执行数)?\s*(?:相比)?\s*[，,]?\s*)?(增加|增长|减少|下降|降低|上升|提高|压减|缩减|减|增|增幅|降幅|增长率|下降率)了?\s*(?:为|是)?\s*$/;
const DOWN = /减|降/;
const SHARE_RE = /^(.*?)占(.*?)(?:的)?(?:比重|比例)?(?:为|是)?\s*$/;
const SHARE_PLAIN_RE = /^(.*?)占比(?:为|是)?\s*$/;
const FLAT_RE = /^(.*?)(?:与|同|比|较)?(?:上年|去年|上年度|同期)?(?:相比)?(?:基本)?持平/;
const LIST_RE = /^\s*其中\s*[：:，,]?\s*/;
const BOUND_WORDS = /(≥|>=|>|≤|<=|<|不低于|不少于|至少|超过|不超过|不高于|不多于|高于|低于|大于|小于|多于|约|近|逾)\s*$/;
const CJK_WORD = /^[\u4e00-\u9fff]/;
const AFTER_BOUND = /^\s*(以上|以下|以内|左右|及以上|及以下)/;

interface State {
  current?: number;
  list?: { total?: number; items: number[]; sentence: number };
}

class Extractor {
  readonly sentences: Sentence[] = [];
  readonly claims: Claim[] = [];
  readonly lists: Analysis['lists'] = [];
  readonly unchecked: Analysis['unchecked'] = [];
  private period = 0;

  block(b: Block): void {
    const tokens = scanNumbers(b.text);
    const text = halfWidthSameLength(b.text);
    const state: State = {};
    for (const p of splitAfter(text, { start: 0, end: text.length }, PERIOD)) {
      const periodText = b.text.slice(p.start, p.end).trim();
      for (const g of splitAfter(text, p, GROUP)) {
        const sentence = this.addSentence(b, g, periodText);
        const inGroup = tokens.filter((t) => t.start >= g.start && t.start < g.end);
        for (const c of splitAfter(text, g, CLAUSE)) this.clause(b, text, c, inGroup, sentence, state);
      }
      this.closeList(state);
      this.period++;
    }
  }

  private addSentence(b: Block, g: Span, periodText: string): number {
    const id = this.sentences.length;
    const where = locate(b, g.start);
    this.sentences.push({ id, text: b.text.slice(g.start, g.end).trim(), periodText, period: this.period, part: b.part, section: b.section, heading: b.heading, paragraph: where.paragraph });
    return id;
  }

  private closeList(state: State): void {
    if (state.list) {
      if (state.list.items.length) this.lists.push({ total: state.list.total, items: state.list.items, sentence: state.list.sentence });
      if (state.list.total !== undefined) state.current = state.list.total;
      state.list = undefined;
    }
  }

  private clause(b: Block, text: string, c: Span, groupTokens: NumberToken[], sentence: number, state: State): void {
    const tokens = groupTokens.filter((t) => t.start >= c.start && t.start < c.end);
    let from = c.start;
    if (LIST_RE.test(text.slice(c.start, c.end)) && b.part !== 'targets') {
      state.list ??= { total: state.current, items: [], sentence };
      from += LIST_RE.exec(text.slice(c.start, c.end))![0].length;
    }
    const claimsHere = CLAIM_PARTS.has(b.part);
    for (const t of tokens) {
      const left = text.slice(from, t.start);
      from = t.end;
      if (t.kind === 'year') {
        const role = yearRole(text, t, b.heading !== undefined);
        if (role && (claimsHere || b.heading)) this.add(b, 'year', t, sentence, { subject: '', yearRole: role });
        continue;
      }
      if (t.kind === 'skip' || !claimsHere || b.heading) continue;
      const prevField = cleanSubject(left) === '' && text[c.start - 1] === '\t' ? previousField(text, c.start - 1) + left : undefined;
      this.number(b, text, t, prevField ?? left, sentence, state);
    }
    if (claimsHere && !b.heading && !tokens.some((t) => t.kind !== 'year' && t.kind !== 'skip')) {
      const flat = FLAT_RE.exec(text.slice(from, c.end));
      if (flat) this.flat(b, flat[1], from, flat[0].length, sentence, state);
    }
  }

  /** One number: a change, a growth rate, a share, an amount or a count, by the words before it. */
  private number(b: Block, text: string, t: NumberToken, left: string, sentence: number, state: State): void {
    if (t.bound === 'range') return this.skip(b, t, sentence, 'range');
    const change = CHANGE_RE.exec(left);
    if (t.kind === 'percent') {
      if (t.bound) return this.skip(b, t, sentence, 'bound');
      if (change) return this.change(b, t, 'growth', left.slice(0, change.index), change[1], sentence, state);
      const plain = SHARE_PLAIN_RE.exec(left);
      const share = plain ? undefined : SHARE_RE.exec(left);
      if (plain || share) return this.share(b, t, (plain ?? share)![1], share ? share[2] : '', sentence, state);
      return this.skip(b, t, sentence, 'percent-unclear');
    }
    const zero = t.kind === 'plain' && Number(t.text) === 0;
    if (t.kind !== 'money' && t.kind !== 'count' && !zero) return this.skip(b, t, sentence, t.kind === 'plain' ? 'unit-missing' : 'unit-unclear');
    if (change && !t.bound) return this.change(b, t, 'change', left.slice(0, change.index), change[1], sentence, state);
    this.amount(b, text, t, left, sentence, state);
  }

  private amount(b: Block, text: string, t: NumberToken, left: string, sentence: number, state: State): void {
    const subject = cleanSubject(left);
    const section = this.listSection(state) ?? b.section;
    const listOf = state.list?.total !== undefined ? this.claims[state.list.total].concept : undefined;
    let concept = matchSubject(subject, section, listOf)?.concept;
    if (!concept && section === 'orc' && this.listSection(state) && /^[\u4e00-\u9fff()（）]{2,20}$/.test(subject)) {
      concept = `orc.row:${normalizeName(subject)}`;
    }
    const after = text.slice(t.end);
    if (!concept && (subject === '' || (CJK_WORD.test(after) && !AFTER_BOUND.test(after)))) {
      return this.skip(b, t, sentence, subject === '' ? 'subject-unknown' : 'subject-after-number');
    }
    const kind: ClaimKind = t.kind === 'count' ? 'count' : 'amount';
    const id = this.add(b, kind, t, sentence, { subject, concept, bound: t.bound });
    if (t.bound) return;
    // "（其中：公务用车购置费 0 万元…）" details an item, it is not another item of the list.
    if (state.list && !insideBrackets(text, sentenceStart(text, t.start), t.start)) state.list.items.push(id);
    state.current = id;
  }

  /** The section a 其中 list implies: items under 机关运行经费 are 表6 rows whatever the heading says. */
  private listSection(state: State): SectionId | undefined {
    const total = state.list?.total;
    return total !== undefined && this.claims[total].concept === 'orc.total' ? 'orc' : undefined;
  }

  private change(b: Block, t: NumberToken, kind: 'change' | 'growth', before: string, word: string, sentence: number, state: State): void {
    const of = this.subjectOf(before, b.section, state);
    if (of === undefined) return this.skip(b, t, sentence, 'subject-unclear');
    this.add(b, kind, t, sentence, { subject: '', of, direction: DOWN.test(word) ? -1 : 1 });
  }

  private share(b: Block, t: NumberToken, before: string, totalPhrase: string, sentence: number, state: State): void {
    const of = this.subjectOf(before, b.section, state);
    if (of === undefined) return this.skip(b, t, sentence, 'subject-unclear');
    const phrase = cleanSubject(totalPhrase);
    const listTotal = !phrase && state.list?.items.includes(of) ? state.list.total : undefined;
    const concept = phrase ? matchSubject(phrase, b.section)?.concept : listTotal !== undefined ? this.claims[listTotal].concept : undefined;
    this.add(b, 'share', t, sentence, { subject: '', of, total: { phrase, concept, ...(listTotal !== undefined ? { claim: listTotal } : {}) } });
    state.current = of;
  }

  private flat(b: Block, before: string, pos: number, length: number, sentence: number, state: State): void {
    const of = this.subjectOf(before, b.section, state);
    const where = locate(b, pos);
    const loc = { paragraph: where.paragraph, start: where.offset, end: where.offset + length };
    if (of === undefined) {
      this.unchecked.push({ sentence, number: '持平', reason: 'subject-unclear', loc });
      return;
    }
    this.claims.push({ id: this.claims.length, kind: 'flat', subject: '', of, sentence, loc });
  }

  /**
   * The amount a change, share or 持平 is about: the current subject when the words before it name
   * none, else the latest amount of the concept they name. Anything else is not sure.
   */
  private subjectOf(before: string, section: SectionId | undefined, state: State): number | undefined {
    const subject = cleanSubject(before.replace(/[，,]/g, ''));
    if (subject === '') return state.current;
    const concept = matchSubject(subject, section)?.concept;
    if (!concept) return undefined;
    for (let i = this.claims.length - 1; i >= 0; i--) {
      const c = this.claims[i];
      if (c.concept === concept && (c.kind === 'amount' || c.kind === 'count') && !c.bound) return (state.current = c.id);
    }
    return undefined;
  }

  private add(b: Block, kind: ClaimKind, t: NumberToken, sentence: number, extra: Partial<Claim>): number {
    const where = locate(b, t.start);
    const id = this.claims.length;
    this.claims.push({
      id,
      kind,
      subject: '',
      value: { text: t.text, decimals: t.decimals, unit: t.unit },
      sentence,
      loc: { paragraph: where.paragraph, start: where.offset, end: where.offset + (t.end - t.start) },
      ...extra,
    });
    return id;
  }

  private skip(b: Block, t: NumberToken, sentence: number, reason: string): void {
    const where = locate(b, t.start);
    this.unchecked.push({ sentence, number: b.text.slice(t.start, t.end), reason, loc: { paragraph: where.paragraph, start: where.offset, end: where.offset + (t.end - t.start) } });
  }
}

/** Start of the sentence holding `pos` (brackets never span sentences). */
function sentenceStart(text: string, pos: number): number {
  return Math.max(text.lastIndexOf('。', pos - 1), text.lastIndexOf('；', pos - 1), text.lastIndexOf(';', pos - 1)) + 1;
}

function insideBrackets(text: string, from: number, pos: number): boolean {
  let depth = 0;
  for (let i = from; i < pos; i++) {
    if (text[i] === '（' || text[i] === '(') depth++;
    if ((text[i] === '）' || text[i] === ')') && depth > 0) depth--;
  }
  return depth > 0;
}

/** The text of the tab-separated field before position `tab` (a target row's 指标名称). */
function previousField(text: string, tab: number): string {
  const start = text.lastIndexOf('\t', tab - 1) + 1;
  return text.slice(start, tab);
}

/** A subject without the list opener, conjunctions, bound words or trailing punctuation. */
export function cleanSubject(left: string): string {
  return left
    .replace(/^\s*[（(]/, '')
    .replace(LIST_RE, '')
    .replace(/^(及|和|以及|并|另外|此外)/, '')
    .replace(BOUND_WORDS, '')
    .replace(/[：:，,、\s]+$/, '')
    .trim();
}

/** Paragraphs without tags (built by hand or by an older caller) are tagged as one text. */
function ensureTagged(paragraphs: SourceParagraph[]): SourceParagraph[] {
  if (paragraphs.every((p) => p.part !== undefined)) return paragraphs;
  const whole = paragraphs.some((p) => headingLevel(p.text) === 'part');
  return tagParagraphs(paragraphs, whole ? 'other' : 'narrative');
}

/** Reads every claim of the narrative, in reading order. */
export function extractClaims(input: SourceParagraph[]): Analysis {
  const paragraphs = ensureTagged(input);
  const x = new Extractor();
  for (const b of buildBlocks(paragraphs)) x.block(b);
  return { paragraphs, sentences: x.sentences, claims: x.claims, lists: x.lists, unchecked: x.unchecked };
}
