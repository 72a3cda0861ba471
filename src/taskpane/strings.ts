// Task pane strings, Chinese first.
import type { Locale } from '../engine/messages';

const zh = {
  title: '部门预算公开校验',
  check: '校验',
  checking: '正在读取和校验…',
  clean: '未发现错误或警告',
  summary: (e: number, w: number, i: number) => `错误 ${e}，警告 ${w}，提示 ${i}`,
  notInExcel: '未在 Excel 中运行：请在 Excel 中打开本加载项。',
  expected: '应为',
  actual: '实为',
  difference: '差额',
  privacy: '数据只在本机处理，不会发送到网络。',
};
export type Strings = typeof zh;

const en: Strings = {
  title: 'Budget disclosure check',
  check: 'Check',
  checking: 'Reading and checking…',
  clean: 'No errors or warnings found',
  summary: (e, w, i) => `${e} errors, ${w} warnings, ${i} notes`,
  notInExcel: 'Not running in Excel: open this add-in in Excel.',
  expected: 'Expected',
  actual: 'Actual',
  difference: 'Difference',
  privacy: 'Data is processed on this machine only and never sent anywhere.',
};

export const STRINGS: Record<Locale, Strings> = { 'zh-CN': zh, en };
