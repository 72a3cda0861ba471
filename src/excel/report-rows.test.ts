import type { Finding } from '../engine/findings';
import { findingKey } from '../engine/findings';
import { cellLink, reportSheetData } from './report-rows';

const finding = (over: Partial<Finding> = {}): Finding => ({
  ruleId: 'cross-table-equal',
  code: 'cross-mismatch',
  severity: 'error',
  table: 'general',
  sheet: '表5',
  address: "'表5'!C6",
  cell: { sheet: '表5', row: 5, col: 2 },
  path: ['表5', '合计'],
  params: { expected: 5355.31, actual: 4265.31, difference: -1090, tolerance: 0.01, unit: '万元' },
  ...over,
});

describe('reportSheetData', () => {
  it('writes a row per finding: label, table, sheet, link, message, amounts as numbers, rule', () => {
    const data = reportSheetData([finding()], [], 'zh-CN', new Date(2024, 2, 1, 9, 5));
    const [row] = data.rows;
    expect(row.slice(0, 4)).toEqual(['错误', '表5 一般公共预算支出表', '表5', `=HYPERLINK("#'表5'!C6","'表5'!C6")`]);
    expect(row.slice(5, 11)).toEqual([5355.31, 4265.31, -1090, 0.01, '万元', 'cross-table-equal']);
    expect(data.formats[0][3]).toBe('General');
    expect(data.formats[0][5]).toBe('#,##0.00');
    expect(data.formats[0][4]).toBe('@');
    expect(data.summary).toBe('错误 1，警告 0，提示 0；已接受 0。生成时间 2024-03-01 09:05');
  });

  it('shows an acceptance on its finding and counts accepted findings apart', () => {
    const f = finding();
    const data = reportSheetData([f, finding({ severity: 'warning', address: "'表5'!C7", path: ['x'] })], [{ key: findingKey(f), reason: '上年结转', by: '李四', at: '2024-03-01' }], 'zh-CN');
    expect(data.rows[0].slice(11)).toEqual(['是', '上年结转', '李四', '2024-03-01']);
    expect(data.rows[1].slice(11)).toEqual(['', '', '', '']);
    expect(data.summary.startsWith('错误 0，警告 1，提示 0；已接受 1')).toBe(true);
  });

  it('uses the path where a finding has no cell, and text for non-numeric params', () => {
    const data = reportSheetData([finding({ address: undefined, cell: undefined, params: { expected: '功能分类', actual: '经济分类' } })], [], 'en');
    expect(data.rows[0][3]).toBe('表5 / 合计');
    expect(data.rows[0].slice(5, 7)).toEqual(['功能分类', '经济分类']);
    expect(data.formats[0].slice(5, 7)).toEqual(['@', '@']);
    expect(data.header[0]).toBe('Severity');
  });
});

describe('cellLink', () => {
  it('doubles quotes inside the formula strings', () => {
    expect(cellLink(`'a"b'!A1`)).toBe(`=HYPERLINK("#'a""b'!A1","'a""b'!A1")`);
  });
});
