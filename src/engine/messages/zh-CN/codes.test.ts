// Every finding code the catalog and code rules emit has a zh-CN and an en message (wording is not tested).
import { MESSAGES, renderMessageKey } from '..';
import { messages as en } from '../en/codes';
import { messages as zh } from './codes';

const CODES = [
  'code-format', 'code-detail-level', 'code-parent-missing', 'code-parent-order', 'code-unknown', 'code-not-verified',
  'code-name-mismatch', 'code-name-inconsistent', 'catalog-row-invalid', 'catalog-header-missing',
];

describe('codes messages', () => {
  it('cover the same codes in both locales', () => {
    expect(Object.keys(zh).sort()).toEqual([...CODES].sort());
    expect(Object.keys(en).sort()).toEqual([...CODES].sort());
    for (const code of CODES) expect(MESSAGES['zh-CN'][code]).toBe(zh[code]);
  });

  it('render the code they are about in both locales', () => {
    const params = { code: '2150517', parent: '21505', name: '产业发展', catalogName: '产业发展', reason: 'length', system: 'function', lengths: [3, 5, 7], level: 2, requiredLevel: 3, requiredDigits: 7, row: 3, sheet: '科目表', scannedRows: 20, otherName: 'x', otherAddress: "'表3'!B7", parentAddress: "'表3'!A8" };
    for (const code of CODES.filter((c) => c !== 'catalog-header-missing')) {
      for (const locale of ['zh-CN', 'en'] as const) expect(renderMessageKey(code, params, locale)).toContain('2150517');
    }
  });
});
