import type { FindingParams } from '../findings';

/** Message context: the finding's params plus its table label ("表5 一般公共预算支出表"). */
export type MessageParams = FindingParams & { tableLabel?: string };
export type MessageTable = Record<string, (p: MessageParams) => string>;
export type Locale = 'zh-CN' | 'en';
