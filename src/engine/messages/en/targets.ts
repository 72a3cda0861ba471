// Performance targets (绩效目标): parsing the raw sheet, the checks on the model, the generated sheets.
import { fmt } from '../format';
import type { MessageParams, MessageTable } from '../types';

const PART: Record<string, string> = { fiscal: 'fiscal appropriation', carryover: 'carry-over', other: 'other funds' };
const PROFILE: Record<string, string> = { classic: 'the classic template', 'central-2021': 'the 2021 central guideline' };
const who = (p: MessageParams) => (p.project ? ` "${p.project}"` : '');
const ind = (p: MessageParams) => `Indicator "${p.indicator ?? ''}" of project${who(p)}`;
const list = (v: unknown) => (Array.isArray(v) ? v.join(', ') : String(v ?? ''));
const profile = (v: unknown) => PROFILE[String(v)] ?? String(v ?? '');

export const messages: MessageTable = {
  // Parsing
  'targets-not-found': () => 'No indicator table (一级指标 | 二级指标 | 指标名称 | 指标值) found in this sheet',
  'targets-sheet-missing': () => 'The workbook has no performance-targets sheet (a sheet named like 绩效目标)',
  'targets-project-name-missing': () => 'No project heading (such as "(一) … 项目") before the indicator table; the sheet name is used',
  'targets-indicators-missing': (p) => `Project${who(p)} has no indicator table`,
  'targets-row-rejoined': (p) => `Project${who(p)}: an indicator split over two rows was joined into "${p.name}" (${list(p.fragments)})`,
  'targets-row-split-suspect': (p) => `Project${who(p)}: "${p.previous}" and the next row "${p.name}" may be one indicator split in two; left as written, please check`,
  'targets-funds-source-unknown': (p) => `Project${who(p)}: funding source "${p.source}" is of no known kind; counted as other funds`,
  'targets-profile-mixed': (p) => `Projects place cost indicators inconsistently (as a level-1 indicator and under outputs); checked against ${profile(p.profile)}`,
  // Checks
  'targets-budget-missing': (p) => `Project${who(p)} states no annual budget`,
  'targets-goal-missing': (p) => `Project${who(p)} states no annual goal`,
  'targets-level1-missing': (p) => `Project${who(p)} lacks the level-1 indicator "${p.level1}" (${profile(p.profile)})`,
  'targets-level1-unknown': (p) => `${ind(p)}: level-1 "${p.level1}" is not part of ${profile(p.profile)}`,
  'targets-level2-invalid': (p) =>
    `${ind(p)}: level-2 "${p.level2}" does not belong under "${p.level1}" (${profile(p.profile)})${p.suggestion ? `; it belongs under "${p.suggestion}"` : `; allowed: ${list(p.allowed)}`}`,
  'targets-value-number-missing': (p) => `${ind(p)} is quantitative but its value "${p.raw}" has no number`,
  'targets-value-unit-missing': (p) => `${ind(p)}: the value "${p.raw}" has no unit`,
  'targets-value-unit-mismatch': (p) => `${ind(p)}: unit "${p.unit}" does not fit; expected "${p.expectedUnit}"`,
  'targets-operator-direction': (p) => `${ind(p)}: operator "${p.operator}" points the wrong way; expected "${p.expectedOperator}"`,
  'targets-rate-over-100': (p) => `${ind(p)}: target ${p.actual}${p.unit ?? ''} exceeds ${p.limit}${p.unit ?? ''}`,
  'targets-cost-over-budget': (p) =>
    `${ind(p)}: cost target ${fmt(p.actual)} exceeds the project budget ${fmt(p.expected)} (10k yuan) by ${fmt(p.difference)}`,
  'targets-funds-part-exceeds': (p) => `Project${who(p)}: ${PART[String(p.part)] ?? p.part} ${fmt(p.actual)} exceeds the annual total ${fmt(p.expected)} (10k yuan)`,
  'targets-funds-mismatch': (p) => `Project${who(p)}: funding sources add up to ${fmt(p.actual)}, the annual total is ${fmt(p.expected)}, difference ${fmt(p.difference)} (10k yuan)`,
  'targets-funds-unstated': (p) =>
    `Project${who(p)}: annual total ${fmt(p.expected)}, sources stated for ${fmt(p.actual)} only; the source of ${fmt(p.unstated as number)} (10k yuan) is not stated`,
  'targets-budget-reconciled': (p) =>
    `${p.projects} key projects total ${fmt(p.actual)}, within project spending ${fmt(p.expected)}; the remaining ${fmt(p.remainder as number)} (10k yuan) is other projects`,
  'targets-budget-exceeds-project-spending': (p) =>
    `${p.projects} key projects total ${fmt(p.actual)}, more than project spending ${fmt(p.expected)} by ${fmt(p.difference)} (10k yuan)`,
  'targets-profile-reason-chosen': () => 'as chosen',
  'targets-profile-reason-cost-level1': () => 'the workbook uses cost as a level-1 indicator',
  'targets-profile-reason-cost-under-output': () => 'the workbook lists cost under outputs',
  'targets-profile-reason-mixed': () => 'the workbook does both',
  'targets-profile-reason-no-evidence': () => 'no cost indicators in the workbook; the current guideline',
  'coverage-project-spending-missing': () => 'Project spending (表1/表3) not found: key project budgets not reconciled',
  // Writer
  'targets-generated-edited': (p) => `Generated sheet "${p.sheet}" had been edited since it was generated; it was regenerated from the raw targets`,
  'targets-sheet-renamed': (p) => `Sheet name "${p.wanted}" is taken; the generated sheet is named "${p.sheet}"`,
};
