import type { MessageTable } from '../types';

const list = (v: unknown): string => (Array.isArray(v) ? v.join('、') : String(v ?? ''));

export const messages: MessageTable = {
  'snapshot-invalid': (p) => `工作簿数据无法识别：${p.detail}`,
  // Coverage: why a check did not run (or ran only in part).
  'coverage-table-missing': (p) => `缺少${p.table ?? '所需的表'}，未检查${p.equality ? `（${p.equality}）` : ''}`,
  'coverage-column-not-found': (p) => `${p.table ?? ''}未找到所需的列${p.columns ? `（${list(p.columns)}）` : ''}，未检查`,
  'coverage-catalog-partial': (p) => `内置科目目录不完整，${p.unverified ?? ''} 个科目编码未能核对；请加载官方科目表`,
  'coverage-narrative-unchecked': (p) => `说明中有 ${p.count} 句含数字的句子未能核对`,
  'coverage-no-narrative': () => '工作簿中没有说明文字，未核对说明',
};
