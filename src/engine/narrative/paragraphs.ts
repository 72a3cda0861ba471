// Narrative paragraphs from sheets or pasted text, each tagged with its part and section.
import { cellText, type WorkbookSnapshot } from '../workbook';
import type { SheetInfo } from '../reader';
import { headingLevel, partOfHeading, sectionOfHeading } from './headings';
import type { Part, SectionId, SourceParagraph } from './types';

const ROLE_PART: Partial<Record<SheetInfo['role'], Part>> = { narrative: 'narrative', tasks: 'tasks', targets: 'targets' };

/**
 * Tags paragraphs in reading order. A 第X部分 heading switches the part; in the narrative an
 * 一、… heading switches the section; in 七、绩效 a 绩效目标表 starts target rows until the next
 * (一)-style heading. With `fixedPart` (a targets sheet) the part never changes.
 */
export function tagParagraphs(paragraphs: SourceParagraph[], initial: Part, fixedPart = false): SourceParagraph[] {
  let part = initial;
  let section: SectionId | undefined;
  let targets = false;
  return paragraphs.map((p) => {
    const heading = headingLevel(p.text);
    if (heading === 'part' && !fixedPart) {
      part = partOfHeading(p.text);
      section = undefined;
      targets = false;
    } else if (heading === 'section' && part === 'narrative') {
      section = sectionOfHeading(p.text);
      targets = false;
    } else if (heading === 'sub') {
      targets = false;
    }
    if (part === 'narrative' && section === 'performance' && (/绩效目标表/.test(p.text) || (p.text.includes('\t') && /指标/.test(p.text)))) {
      targets = true;
    }
    return { ...p, part: fixedPart ? initial : targets ? 'targets' : part, section, heading };
  });
}

/** True when the text is a whole document (it has 第X部分 headings): what precedes part one is front matter. */
function hasPartHeadings(paragraphs: SourceParagraph[]): boolean {
  return paragraphs.some((p) => headingLevel(p.text) === 'part');
}

/**
 * Pasted text or a --narrative file: one paragraph per non-blank line, row = line index (0-based).
 * Lines broken mid-sentence (PDF copies) are rejoined by the extractor, not here, so every
 * paragraph keeps its own line.
 */
export function paragraphsFromText(text: string, source: string): SourceParagraph[] {
  const paragraphs: SourceParagraph[] = [];
  text.split(/\r\n|\r|\n/).forEach((line, row) => {
    const trimmed = line.replace(/^\s+|\s+$/g, '');
    if (trimmed) paragraphs.push({ text: trimmed, row, source });
  });
  return tagParagraphs(paragraphs, hasPartHeadings(paragraphs) ? 'other' : 'narrative');
}

/** A targets sheet: one paragraph per row, cells joined by tabs, so 指标名称 and 指标值 stay together. */
function targetRows(values: WorkbookSnapshot['sheets'][number]['values'], sheet: string): SourceParagraph[] {
  const out: SourceParagraph[] = [];
  values.forEach((cells, row) => {
    const parts: { col: number; start: number }[] = [];
    let text = '';
    cells.forEach((v, col) => {
      const t = cellText(v);
      if (!t) return;
      if (text) text += '\t';
      parts.push({ col, start: text.length });
      text += t;
    });
    if (text) out.push({ text, sheet, row, col: parts[0].col, cells: parts });
  });
  return out;
}

/**
 * Paragraphs of the sheets the reader saw as narrative (说明), tasks (主要工作任务) or performance
 * targets: one paragraph per non-empty cell, in row then column order; target rows whole.
 */
export function paragraphsFromSheets(workbook: WorkbookSnapshot, sheets: SheetInfo[]): SourceParagraph[] {
  const out: SourceParagraph[] = [];
  for (const info of sheets) {
    const part = ROLE_PART[info.role];
    const sheet = workbook.sheets.find((s) => s.name === info.sheet);
    if (!part || !sheet) continue;
    if (part === 'targets') {
      out.push(...tagParagraphs(targetRows(sheet.values, sheet.name), 'targets', true));
      continue;
    }
    const cells: SourceParagraph[] = [];
    sheet.values.forEach((rowValues, row) =>
      rowValues.forEach((v, col) => {
        const text = cellText(v);
        if (text) cells.push({ text, sheet: sheet.name, row, col });
      }),
    );
    out.push(...tagParagraphs(cells, part));
  }
  return out;
}
