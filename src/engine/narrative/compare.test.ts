import Decimal from 'decimal.js';
import { comparePrinted, compareRatio, halfUnit } from './compare';

const d = (s: string) => new Decimal(s);

describe('comparePrinted', () => {
  it('accepts the value rounded half-up at the printed precision', () => {
    expect(comparePrinted(d('5353.9'), 1, d('5353.90'))).toBe('equal');
    expect(comparePrinted(d('1718.1'), 1, d('1718.05'))).toBe('equal');
  });

  it('calls cut-off digits truncated, anything else a mismatch', () => {
    expect(comparePrinted(d('1718.0'), 1, d('1718.05'))).toBe('truncated');
    expect(comparePrinted(d('83.67'), 2, d('83.68'))).toBe('mismatch');
  });

  it('has half a unit of the last digit', () => {
    expect(halfUnit(2).toString()).toBe('0.005');
    expect(halfUnit(0).toString()).toBe('0.5');
  });
});

describe('compareRatio', () => {
  it('checks the seed growth rates', () => {
    // 1742.19 / 4394.77 = 0.396417 → 39.64 %
    expect(compareRatio(d('39.64'), 2, d('1742.19'), d('4394.77')).outcome).toBe('equal');
    // 0.8 / 5.0 = 0.16 → 16 %
    expect(compareRatio(d('16'), 0, d('0.8'), d('5.0')).outcome).toBe('equal');
  });

  it('tells truncation, amount rounding and mismatch apart', () => {
    // 1734.39 / 3619.51 = 0.479178 → 47.92; 47.91 is truncated
    expect(compareRatio(d('47.91'), 2, d('1734.39'), d('3619.51')).outcome).toBe('truncated');
    // 0.01 / 0.03 = 33.33 %; with each amount ± 0.005 the rate spans 0.005/0.035 = 14.29 % … 0.015/0.025 = 60 %
    expect(compareRatio(d('40'), 0, d('0.01'), d('0.03')).outcome).toBe('rounding');
    expect(compareRatio(d('39.46'), 2, d('1742.19'), d('4394.77')).outcome).toBe('mismatch');
  });
});
