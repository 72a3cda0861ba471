import fc from 'fast-check';
import { toFen } from '../money';
import type { CellRef } from '../workbook';
import { isNumericCell, numberToFen, readAmount, readFenAt, type AmountProblem } from './values';
import { Amount } from '../tables/model';

const cell: CellRef = { sheet: '表5', row: 5, col: 2 };

function read(v: Parameters<typeof readAmount>[0], unit: '万元' | '元' = '万元') {
  const problems: AmountProblem[] = [];
  const amount = readAmount(v, unit, cell, (p) => problems.push(p));
  return { amount, problems };
}

describe('readAmount', () => {
  it('reads 万元 and 元 into 分', () => {
    // 4263.90 万元 × 1,000,000 分/万元 = 4,263,900,000 分
    expect(read(4263.9).amount).toEqual(new Amount(4263900000, false, cell.sheet, cell.row, cell.col));
    expect(read(4263.9).amount.cell).toEqual(cell);
    // A blank cell keeps its column (blank and column share one field).
    expect(read(null).amount.cell).toEqual(cell);
    expect(read(null).amount.blank).toBe(true);
    // 4263.90 元 × 100 分/元 = 426,390 分
    expect(read(4263.9, '元').amount.fen).toBe(426390);
  });

  it('reads numbers written as text, full-width with separators', () => {
    // "１，２３４．５０" = 1234.50 万元 = 1,234,500,000 分
    expect(read('１，２３４．５０').amount.fen).toBe(1234500000);
    expect(read('4263.90').amount.fen).toBe(4263900000);
  });

  it('treats blank and dashes as 0, marked blank', () => {
    expect(read(null).amount).toEqual(new Amount(0, true, cell.sheet, cell.row, cell.col));
    expect(read('  ').amount.blank).toBe(true);
    expect(read('—').amount).toEqual(new Amount(0, true, cell.sheet, cell.row, cell.col));
  });

  it('reports an Excel error and counts it as blank', () => {
    const { amount, problems } = read({ error: '#REF!' });
    expect(amount).toEqual(new Amount(0, true, cell.sheet, cell.row, cell.col));
    expect(problems).toEqual([{ code: 'cell-error', error: '#REF!' }]);
    expect(read('#DIV/0!').problems).toEqual([{ code: 'cell-error', error: '#DIV/0!' }]);
  });

  it('reports text that is not a number', () => {
    expect(read('abc').problems).toEqual([{ code: 'cell-not-number', text: 'abc' }]);
    expect(read(true).problems).toEqual([{ code: 'cell-not-number', text: 'true' }]);
  });
});

describe('numberToFen', () => {
  it('agrees with the exact decimal toFen on two-decimal amounts', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e11, max: 1e11 }), fc.constantFrom<'万元' | '元'>('万元', '元'), (hundredths, unit) => {
        const n = hundredths / 100;
        expect(numberToFen(n, unit)).toBe(toFen(n, unit));
      }),
    );
  });

  it('agrees with toFen on arbitrary doubles, including half-分 boundaries', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.constantFrom<'万元' | '元'>('万元', '元'), (n, unit) => {
        // toFen gives -0 for tiny negatives; 0 and -0 are the same amount.
        expect(numberToFen(n, unit)).toBe(toFen(n, unit) || 0);
      }),
    );
    // 1.005 元 = 100.5 分, rounded half away from zero → 101; the double product 100.49999… must not win.
    expect(numberToFen(1.005, '元')).toBe(101);
    expect(numberToFen(-1.005, '元')).toBe(-101);
  });
});

describe('isNumericCell', () => {
  it('knows amounts from labels', () => {
    expect(isNumericCell(1.5)).toBe(true);
    expect(isNumericCell('1,234.50')).toBe(true);
    expect(isNumericCell('合计')).toBe(false);
    expect(isNumericCell('—')).toBe(false);
    expect(isNumericCell(null)).toBe(false);
  });
});

describe('readFenAt (what the code-table reader stores)', () => {
  it('gives 分 for a figure and NaN for whatever counts as blank, reporting only the problems', () => {
    const problems: AmountProblem[] = [];
    const at = (v: Parameters<typeof readFenAt>[0]) => readFenAt(v, '万元', '表5', 5, 2, (p) => problems.push(p));
    // 4263.9 万元 = 4,263,900,000 分; "1,234.50" 万元 = 1,234,500,000 分.
    expect([at(4263.9), at('1,234.50')]).toEqual([4_263_900_000, 1_234_500_000]);
    expect([null, '', '—', { error: '#REF!' }, 'abc'].map(at)).toEqual([NaN, NaN, NaN, NaN, NaN]);
    expect(problems.map((p) => p.code)).toEqual(['cell-error', 'cell-not-number']);
  });
});
