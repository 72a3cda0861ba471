import { headRowCount, isDateFormat, mergeFromAddress, serialToIso, toCellValue } from './snapshot';

describe('snapshot helpers', () => {
  it('reads Excel error strings as errors and empty strings as empty', () => {
    expect(toCellValue('#DIV/0!')).toEqual({ error: '#DIV/0!' });
    expect(toCellValue('')).toBeNull();
    expect(toCellValue('# 注')).toBe('# 注');
    expect(toCellValue(12.5, '#,##0.00')).toBe(12.5);
  });

  it('gives dates as the .xlsx reader does, from their serial and date format', () => {
    // Serial 44562 is 2022-01-01 (days since 1899-12-30); .5 is noon.
    expect(toCellValue(44562, 'yyyy-mm-dd')).toBe('2022-01-01');
    expect(serialToIso(44562.5)).toBe('2022-01-01T12:00:00');
    expect(isDateFormat('yyyy"年"m"月"d"日"')).toBe(true);
    expect(isDateFormat('h:mm')).toBe(true);
    expect(isDateFormat('#,##0.00')).toBe(false);
    expect(isDateFormat('0.00"天"')).toBe(false);
    expect(isDateFormat('[Red]0.00')).toBe(false);
  });

  it('parses merged areas with or without a (quoted) sheet name', () => {
    expect(mergeFromAddress("'表 1'!B2:D3")).toEqual({ top: 1, left: 1, bottom: 2, right: 3 });
    expect(mergeFromAddress('Sheet1!A1')).toEqual({ top: 0, left: 0, bottom: 0, right: 0 });
  });

  it('reads fewer first rows per sheet the more sheets there are, within bounds', () => {
    // 100,000 cells / sheets / 20 columns: 8 sheets → 625 rows; 30 → 166; 1 → capped at 1,000; 500 → floor 50.
    expect([headRowCount(8), headRowCount(30), headRowCount(1), headRowCount(500)]).toEqual([625, 166, 1000, 50]);
  });
});
