// The narrative (说明) reader: paragraphs from sheets or text, and the claims the narrative rules check.
export { paragraphsFromSheets, paragraphsFromText, tagParagraphs } from './paragraphs';
export { extractClaims } from './extract';
export { uncheckedSentences, type UncheckedSentence } from './coverage';
export type { Analysis, Claim, ClaimKind, NumberValue, Part, SectionId, Sentence, SourceParagraph } from './types';
