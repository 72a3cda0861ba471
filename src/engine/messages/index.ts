// Messages are rendered from tables keyed by finding code, one table per locale (as zod keeps its locales).
import type { Finding } from '../findings';
import { TABLE_NUMBER, TABLE_TITLES, type TableKind } from '../tables/model';
import type { Locale, MessageParams, MessageTable } from './types';
import * as zhCommon from './zh-CN/common';
import * as zhReader from './zh-CN/reader';
import * as zhCodes from './zh-CN/codes';
import * as zhSums from './zh-CN/sums';
import * as zhCross from './zh-CN/cross';
import * as zhCompleteness from './zh-CN/completeness';
import * as zhNarrative from './zh-CN/narrative';
import * as zhTargets from './zh-CN/targets';
import * as enCommon from './en/common';
import * as enReader from './en/reader';
import * as enCodes from './en/codes';
import * as enSums from './en/sums';
import * as enCross from './en/cross';
import * as enCompleteness from './en/completeness';
import * as enNarrative from './en/narrative';
import * as enTargets from './en/targets';

export type { Locale, MessageParams, MessageTable } from './types';

const merge = (...parts: { messages: MessageTable }[]): MessageTable => Object.assign({}, ...parts.map((p) => p.messages));

export const MESSAGES: Record<Locale, MessageTable> = {
  'zh-CN': merge(zhCommon, zhReader, zhCodes, zhSums, zhCross, zhCompleteness, zhNarrative, zhTargets),
  en: merge(enCommon, enReader, enCodes, enSums, enCross, enCompleteness, enNarrative, enTargets),
};

const TABLE_NAMES: Record<Locale, Record<TableKind, string>> = {
  'zh-CN': TABLE_TITLES,
  en: {
    summary: 'Department revenue and expenditure summary',
    income: 'Department revenue',
    expenditure: 'Department expenditure',
    fiscal: 'Fiscal appropriation summary',
    general: 'General public budget expenditure',
    basic: 'General public budget basic expenditure',
    threePublic: '"Three public" expenses',
    fund: 'Government fund budget expenditure',
    stateCapital: 'State capital operation budget expenditure',
  },
};

export function tableLabel(kind: TableKind, locale: Locale = 'zh-CN'): string {
  const n = TABLE_NUMBER[kind];
  return locale === 'en' ? `Table ${n.slice(1)} ${TABLE_NAMES.en[kind]}` : `${n} ${TABLE_NAMES['zh-CN'][kind]}`;
}

/** Renders a message key with params; an unknown key falls back to the key itself so nothing is hidden. */
export function renderMessageKey(code: string, params: MessageParams, locale: Locale = 'zh-CN'): string {
  const fn = MESSAGES[locale][code] ?? MESSAGES['zh-CN'][code];
  return fn ? fn(params) : `${code} ${JSON.stringify(params)}`;
}

export function renderMessage(f: Finding, locale: Locale = 'zh-CN'): string {
  return renderMessageKey(f.code, { ...f.params, tableLabel: f.table ? tableLabel(f.table, locale) : undefined }, locale);
}

export { fmt } from './format';
