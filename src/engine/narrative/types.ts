// Shapes shared by the narrative extractor and the narrative rules.
import type { NarrativeParagraph } from '../rules/rule';

/** Which part of the disclosure a paragraph belongs to: only 'narrative', 'tasks' and 'targets' carry claims. */
export type Part = 'narrative' | 'tasks' | 'targets' | 'tables' | 'other';

/** The sections of 第四部分 编制情况说明, in their usual order (一 … 七). */
export const SECTION_IDS = ['budget', 'orc', 'threePublic', 'procurement', 'assets', 'fund', 'performance'] as const;
export type SectionId = (typeof SECTION_IDS)[number];

/** Short zh-CN names of the sections, for finding paths. */
export const SECTION_LABEL: Record<SectionId, string> = {
  budget: '预算收支',
  orc: '机关运行经费',
  threePublic: '“三公”经费',
  procurement: '政府采购',
  assets: '国有资产',
  fund: '政府性基金',
  performance: '预算绩效',
};

export type HeadingLevel = 'part' | 'section' | 'sub' | 'minor';

/** A paragraph with where it sits in the document's structure. */
export interface SourceParagraph extends NarrativeParagraph {
  part?: Part;
  section?: SectionId;
  heading?: HeadingLevel;
  /** Pasted text or a --narrative file: its name, since there is no sheet. */
  source?: string;
  /** A row joined from several cells (targets sheets): where each cell's text starts in `text`. */
  cells?: { col: number; start: number }[];
}

export type NumberKind = 'money' | 'percent' | 'count' | 'plain' | 'year' | 'unclear' | 'skip';

/** min: 以上/不少于/≥; max: 以下/不超过/≤; approx: 约/左右; range: 3-5. */
export type Bound = 'min' | 'max' | 'approx' | 'range';

/** A number found in prose, with its unit; offsets are in the scanned text. */
export interface NumberToken {
  start: number;
  end: number;
  /** The decimal as written, without separators: "5353.9", "0". */
  text: string;
  /** Printed decimals: 5353.9 → 1. */
  decimals: number;
  unit?: string;
  kind: NumberKind;
  bound?: Bound;
  /** Why a number is not a value at all: 'date', 'docno', 'ordinal', 'word' (5G). */
  skip?: string;
  /** A year followed by a month: a date, never a budget year. */
  date?: boolean;
}

/** A number as a claim holds it: decimal text, printed precision and unit. */
export interface NumberValue {
  text: string;
  decimals: number;
  unit?: string;
}

export type ClaimKind = 'amount' | 'count' | 'change' | 'growth' | 'share' | 'flat' | 'year';

/** Where a claim sits: a paragraph (index into Analysis.paragraphs) and a span of its text. */
export interface Location {
  paragraph: number;
  start: number;
  end: number;
}

export interface Claim {
  id: number;
  kind: ClaimKind;
  /** The subject as written, e.g. "其他商品和服务支出" (empty when the claim rides on another's subject). */
  subject: string;
  /** Concept id from the lexicon, when the subject was recognised. */
  concept?: string;
  value?: NumberValue;
  bound?: Bound;
  /** change/growth: +1 for 增加/增长, −1 for 减少/下降. */
  direction?: 1 | -1;
  /** change/growth/share/flat: the amount claim this one is about. */
  of?: number;
  /** share: the total named after 占…的; a bare 占 X% inside a 其中 list is of the list's total (claim). */
  total?: { phrase: string; concept?: string; claim?: number };
  /** year: a budget year ("2022 年预算") or the year compared with ("比 2021 年"). */
  yearRole?: 'budget' | 'prior';
  sentence: number;
  loc: Location;
}

export interface Sentence {
  id: number;
  /** The clause group between 。/；, as quoted in findings. */
  text: string;
  /** The whole sentence up to 。 (a 其中 list spans several ；-groups). */
  periodText: string;
  period: number;
  part: Part;
  section?: SectionId;
  heading?: HeadingLevel;
  /** First paragraph of the sentence. */
  paragraph: number;
}

/** 其中：A X、B Y… under the amount that precedes it. */
export interface ListRecord {
  total?: number;
  items: number[];
  sentence: number;
}

/** A number the extractor saw but could not turn into a claim it is sure of. */
export interface Unchecked {
  sentence: number;
  number: string;
  reason: string;
  loc: Location;
}

export interface Analysis {
  paragraphs: SourceParagraph[];
  sentences: Sentence[];
  claims: Claim[];
  lists: ListRecord[];
  unchecked: Unchecked[];
}
