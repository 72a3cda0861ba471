// Performance targets (绩效目标): parsing the raw sheet, the checks on the model, the generated sheets.
import { fmt } from '../format';
import type { MessageParams, MessageTable } from '../types';

const PART: Record<string, string> = { fiscal: '财政拨款', carryover: '上年结转', other: '其他资金' };
const PROFILE: Record<string, string> = { classic: '传统模板', 'central-2021': '财预〔2021〕101号指引' };
const who = (p: MessageParams) => (p.project ? `「${p.project}」` : '');
const ind = (p: MessageParams) => `项目${who(p)}的指标「${p.indicator ?? ''}」`;
const list = (v: unknown) => (Array.isArray(v) ? v.join('、') : String(v ?? ''));
const profile = (v: unknown) => PROFILE[String(v)] ?? String(v ?? '');

export const messages: MessageTable = {
  // Parsing
  'targets-not-found': () => '未在该工作表中找到绩效指标表（一级指标 | 二级指标 | 指标名称 | 指标值）',
  'targets-sheet-missing': () => '工作簿中没有绩效目标工作表（名称含“绩效目标”的工作表）',
  'targets-project-name-missing': () => '指标表前没有项目标题行（如“(一) ××项目”），以工作表名称作项目名称',
  'targets-indicators-missing': (p) => `项目${who(p)}没有指标表（一级指标 | 二级指标 | 指标名称 | 指标值）`,
  'targets-row-rejoined': (p) => `项目${who(p)}中被分成两行的指标已合并为「${p.name}」（${list(p.fragments)}）`,
  'targets-row-split-suspect': (p) => `项目${who(p)}中指标「${p.previous}」与下一行「${p.name}」疑似被分行，未自动合并，请核对`,
  'targets-funds-source-unknown': (p) => `项目${who(p)}的资金来源「${p.source}」无法归类，已计入其他资金`,
  'targets-profile-mixed': (p) => `各项目的成本指标写法不一致（有的作一级指标，有的列在产出指标下），按${profile(p.profile)}检查`,
  // Checks
  'targets-budget-missing': (p) => `项目${who(p)}未写明年度资金总额`,
  'targets-goal-missing': (p) => `项目${who(p)}未写明年度目标`,
  'targets-level1-missing': (p) => `项目${who(p)}缺少一级指标「${p.level1}」（${profile(p.profile)}）`,
  'targets-level1-unknown': (p) => `${ind(p)}的一级指标「${p.level1}」不属于${profile(p.profile)}`,
  'targets-level2-invalid': (p) =>
    `${ind(p)}的二级指标「${p.level2}」不应列在「${p.level1}」下（${profile(p.profile)}）${p.suggestion ? `，应列在「${p.suggestion}」下` : `；可用：${list(p.allowed)}`}`,
  'targets-value-number-missing': (p) => `${ind(p)}是定量指标，但指标值「${p.raw}」没有数值`,
  'targets-value-unit-missing': (p) => `${ind(p)}的指标值「${p.raw}」没有计量单位`,
  'targets-value-unit-mismatch': (p) => `${ind(p)}的计量单位「${p.unit}」与指标不符，应为「${p.expectedUnit}」`,
  'targets-operator-direction': (p) => `${ind(p)}的运算符「${p.operator}」方向不合理，应为「${p.expectedOperator}」`,
  'targets-rate-over-100': (p) => `${ind(p)}的目标值 ${p.actual}${p.unit ?? ''} 超过 ${p.limit}${p.unit ?? ''}`,
  'targets-cost-over-budget': (p) =>
    `${ind(p)}的成本目标 ${fmt(p.actual)} 万元超过项目年度资金总额 ${fmt(p.expected)} 万元，超出 ${fmt(p.difference)} 万元`,
  'targets-funds-part-exceeds': (p) => `项目${who(p)}的${PART[String(p.part)] ?? p.part} ${fmt(p.actual)} 万元大于年度资金总额 ${fmt(p.expected)} 万元`,
  'targets-funds-mismatch': (p) => `项目${who(p)}的资金来源合计 ${fmt(p.actual)} 万元与年度资金总额 ${fmt(p.expected)} 万元不符，差额 ${fmt(p.difference)} 万元`,
  'targets-funds-unstated': (p) =>
    `项目${who(p)}年度资金总额 ${fmt(p.expected)} 万元，写明来源的只有 ${fmt(p.actual)} 万元，其余 ${fmt(p.unstated as number)} 万元未说明资金来源`,
  'targets-budget-reconciled': (p) =>
    `${p.projects} 个重点项目资金合计 ${fmt(p.actual)} 万元，未超过项目支出 ${fmt(p.expected)} 万元；其余 ${fmt(p.remainder as number)} 万元为其他项目`,
  'targets-budget-exceeds-project-spending': (p) =>
    `${p.projects} 个重点项目资金合计 ${fmt(p.actual)} 万元，超过项目支出 ${fmt(p.expected)} 万元，超出 ${fmt(p.difference)} 万元`,
  'targets-profile-reason-chosen': () => '按所选',
  'targets-profile-reason-cost-level1': () => '工作簿中成本指标为一级指标',
  'targets-profile-reason-cost-under-output': () => '工作簿中成本指标列在产出指标下',
  'targets-profile-reason-mixed': () => '工作簿中两种写法都有',
  'targets-profile-reason-no-evidence': () => '工作簿中没有成本指标，按现行指引',
  'coverage-project-spending-missing': () => '未读到表1/表3 的项目支出，未核对重点项目资金与项目支出',
  // Writer
  'targets-generated-edited': (p) => `生成的工作表「${p.sheet}」在上次生成后被修改过，本次已按原始目标重新生成`,
  'targets-sheet-renamed': (p) => `工作表名「${p.wanted}」已被占用，生成的工作表改名为「${p.sheet}」`,
};
