// Paragraphs broken mid-sentence (PDF copies, one line per cell) are rejoined into blocks; blocks
// are split into sentences at 。 and clause groups at ；.
import type { HeadingLevel, Part, SectionId, SourceParagraph } from './types';

export interface Block {
  text: string;
  /** Where each paragraph's text starts in `text`. */
  pieces: { paragraph: number; offset: number }[];
  part: Part;
  section?: SectionId;
  heading?: HeadingLevel;
}

export interface Span {
  start: number;
  end: number;
}

const SENTENCE_END = /[。！？!?]$/;
const OPEN_END = /[、，,：:（(“‘]$/;
/** A line opening a new point ("二是…", "（三）…", "1.…") never continues the previous one. */
const NEW_POINT = /^([一二三四五六七八九十]+是|[（(][一二三四五六七八九十\d]+[)）]|\d+[.、．])/;
/** A line this long that stops without punctuation was cut by the page, not ended by its author. */
const CUT_LINE_LENGTH = 20;

function continues(prev: SourceParagraph, next: SourceParagraph): boolean {
  if (prev.heading || next.heading || prev.text.includes('\t') || next.text.includes('\t')) return false;
  if (prev.part !== next.part || prev.section !== next.section) return false;
  if (prev.sheet !== next.sheet || prev.source !== next.source || prev.col !== next.col) return false;
  if (SENTENCE_END.test(prev.text) || /[；;]$/.test(prev.text) || NEW_POINT.test(next.text)) return false;
  return OPEN_END.test(prev.text) || prev.text.length >= CUT_LINE_LENGTH;
}

export function buildBlocks(paragraphs: SourceParagraph[]): Block[] {
  const blocks: Block[] = [];
  paragraphs.forEach((p, i) => {
    const last = blocks[blocks.length - 1];
    if (last && i > 0 && continues(paragraphs[i - 1], p)) {
      last.pieces.push({ paragraph: i, offset: last.text.length });
      last.text += p.text;
      return;
    }
    blocks.push({ text: p.text, pieces: [{ paragraph: i, offset: 0 }], part: p.part ?? 'narrative', section: p.section, heading: p.heading });
  });
  return blocks;
}

/** The paragraph holding a block offset, and the offset within that paragraph. */
export function locate(block: Block, pos: number): { paragraph: number; offset: number } {
  let piece = block.pieces[0];
  for (const p of block.pieces) if (p.offset <= pos) piece = p;
  return { paragraph: piece.paragraph, offset: pos - piece.offset };
}

/** Splits text[span] after each character matching `re`, keeping the delimiter with its piece. */
export function splitAfter(text: string, span: Span, re: RegExp): Span[] {
  const out: Span[] = [];
  let start = span.start;
  for (let i = span.start; i < span.end; i++) {
    if (re.test(text[i])) {
      out.push({ start, end: i + 1 });
      start = i + 1;
    }
  }
  if (start < span.end) out.push({ start, end: span.end });
  return out.filter((s) => text.slice(s.start, s.end).trim() !== '');
}

export const PERIOD = /[。！？!?]/;
export const GROUP = /[；;]/;
/** Clause boundaries inside a clause group: commas, the enumeration comma and table cells. */
export const CLAUSE = /[，,、\t]/;
