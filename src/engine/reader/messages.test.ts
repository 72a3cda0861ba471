// Every code the reader emits has a message in both locales.
import { MESSAGES } from '../messages';
import { readWorkbook } from './index';
import { grid, seedTable3Headerless, seedTable5, sheet } from './__fixtures__/seed-sheets';

const READER_CODES = [
  'snapshot-invalid', 'sheet-unreadable', 'table-duplicate', 'unit-assumed', 'unit-unknown', 'header-assumed',
  'columns-not-found', 'column-unknown', 'cell-error', 'cell-not-number', 'item-unknown',
];

describe('reader messages', () => {
  it('exist in zh-CN and en for every reader code', () => {
    for (const code of READER_CODES) {
      expect(MESSAGES['zh-CN'][code]).toBeInstanceOf(Function);
      expect(MESSAGES.en[code]).toBeInstanceOf(Function);
    }
  });

  it('cover every code a messy workbook makes the reader emit', () => {
    const read = readWorkbook({ sheets: [
      seedTable3Headerless(),
      seedTable5(), seedTable5('表5 (2)'),
      sheet('表6', grid(`
208	社会保障和就业支出	1	2	3	4	5`)),
      sheet('表2', [['部门收入总表'], ['单位：千元'], ['科目编码', '科目名称', '合计', '备注'], ['2150501', '行政运行', { error: '#REF!' }, 'x'], ['2150502', '一般行政管理事务', 'abc']]),
      sheet('表1', [['部门收支总表'], ['单位：万元'], ['项目', '预算数'], ['其他资金', 5]]),
    ] });
    const codes = [...new Set(read.findings.map((f) => f.code))].sort();
    expect(codes).toEqual(['cell-error', 'cell-not-number', 'column-unknown', 'columns-not-found', 'header-assumed', 'item-unknown', 'table-duplicate', 'unit-assumed', 'unit-unknown']);
    for (const code of codes) expect(READER_CODES).toContain(code);
  });
});
