// Headings of a disclosure: 第X部分 switches the part, 一、… the section of the narrative.
import type { HeadingLevel, Part, SectionId } from './types';

const CN_ORD = '一二三四五六七八九十';

/** PDF-to-text leaves list bullets and bold markers around headings ("- 第四部分 …**"). */
export function cleanHeading(text: string): string {
  return text.replace(/^[\s\-*•#>]+/, '').replace(/[\s*]+$/, '');
}

export function headingLevel(raw: string): HeadingLevel | undefined {
  const text = cleanHeading(raw);
  if (text.includes('\t')) return undefined;
  const noSentenceEnd = !/[。；;！？!?]/.test(text);
  if (new RegExp(`^第[${CN_ORD}]+部分`).test(text) && text.length <= 60) return 'part';
  if (!noSentenceEnd) return undefined;
  if (new RegExp(`^[${CN_ORD}]+[、.．]`).test(text) && text.length <= 40) return 'section';
  if (new RegExp(`^[（(][${CN_ORD}\\d]+[)）]`).test(text) && text.length <= 60) return 'sub';
  // Short captions: "数量指标完成情况分析", "项目绩效目标表（2022 年度目标）".
  if (text.length <= 40 && !/[，,：:]/.test(text) && /(说明|分析|情况|目标表|目标[)）]|解释)$/.test(text)) return 'minor';
  return undefined;
}

/** Which part a 第X部分 heading opens. */
export function partOfHeading(raw: string): Part {
  const text = cleanHeading(raw);
  if (/名词解释|附件/.test(text)) return 'other';
  if (/工作任务|工作计划|工作要点|重点工作/.test(text)) return 'tasks';
  if (/编制情况|情况说明|编制说明/.test(text)) return 'narrative';
  if (/预算表|公开表|收支总表|报表/.test(text)) return 'tables';
  return 'other';
}

/** Keywords of the narrative's sections; the more specific ones come first. */
const SECTION_KEYWORDS: [SectionId, RegExp][] = [
  ['orc', /机关运行经费/],
  ['threePublic', /三公/],
  ['procurement', /政府采购/],
  ['assets', /国有资产|资产占用/],
  ['fund', /政府性基金/],
  ['performance', /绩效/],
  ['budget', /收支|收入|支出|预算安排/],
];

export function sectionOfHeading(raw: string): SectionId | undefined {
  const text = cleanHeading(raw);
  return SECTION_KEYWORDS.find(([, re]) => re.test(text))?.[0];
}
