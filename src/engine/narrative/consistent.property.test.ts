// Laws: a narrative written correctly from its tables gives no error or warning; one wrong figure gives one.
import Decimal from 'decimal.js';
import fc from 'fast-check';
import { itemTable } from '../tables/build';
import { RULES } from '../rules';
import { runNarrative } from './__fixtures__/seed';

const NARRATIVE = RULES.filter((r) => r.id.startsWith('narrative-'));

/** Printed the way the seed prints: two decimals, trailing zeros dropped (5353.90 → 5353.9). */
const show = (d: Decimal) => d.toFixed(2).replace(/\.?0+$/, '');
const pct = (part: Decimal, base: Decimal) => show(part.div(base).times(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP));
const cents = (min: number, max: number) => fc.integer({ min, max }).map((n) => new Decimal(n).div(100));

/** An amount and a change that leaves a positive previous-year value. */
const withChange = cents(100, 10_000_000).chain((value) =>
  fc.integer({ min: -99, max: 99 }).map((k) => ({ value, change: value.times(k).div(100).toDecimalPlaces(2, Decimal.ROUND_DOWN) })),
);

function changeWords(change: Decimal, value: Decimal): string {
  if (change.isZero()) return '与上年持平';
  const prior = value.minus(change);
  const up = change.isPositive();
  return `比上年${up ? '增加' : '减少'} ${show(change.abs())} 万元，${up ? '增长' : '下降'} ${pct(change.abs(), prior)}%`;
}

function narrative(g: { value: Decimal; change: Decimal }, s: { value: Decimal; change: Decimal }, general = show(g.value)): string {
  const total = g.value.plus(s.value);
  const totalChange = g.change.plus(s.change);
  return (
    '一、预算收支安排及增减变化情况说明\n' +
    `2022 年部门收入预算总额为 ${show(total)} 万元，${changeWords(totalChange, total)}，其中：` +
    `一般公共预算财政拨款收入 ${general} 万元，占收入预算的 ${pct(g.value, total)}%，${changeWords(g.change, g.value)}；` +
    '政府性基金拨款收入 0 万元，与上年持平；' +
    `社保基金拨款收入 ${show(s.value)} 万元，占收入预算的 ${pct(s.value, total)}%，${changeWords(s.change, s.value)}。`
  );
}

function tables(g: Decimal, s: Decimal) {
  return {
    summary: itemTable({
      kind: 'summary',
      items: [
        ['in.general', '一般公共预算拨款', g.toNumber()],
        ['in.fund', '政府性基金拨款', null],
        ['in.social', '社保基金拨款', s.toNumber()],
        ['in.total', '收入总计', g.plus(s).toNumber()],
      ],
    }),
  };
}

const serious = (text: string, t: ReturnType<typeof tables>) => runNarrative(NARRATIVE, text, t, 2022).findings.filter((f) => f.severity !== 'info');

describe('narrative laws', () => {
  it('a narrative consistent with its tables gives no error or warning', () => {
    fc.assert(
      fc.property(withChange, withChange, (g, s) => {
        expect(serious(narrative(g, s), tables(g.value, s.value))).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('one wrong figure is flagged where it is written', () => {
    fc.assert(
      fc.property(withChange, withChange, (g, s) => {
        const wrong = show(g.value.plus(1));
        const found = serious(narrative(g, s, wrong), tables(g.value, s.value));
        expect(found.find((f) => f.code === 'narrative-amount-mismatch')?.params).toMatchObject({ claimed: Number(wrong), tableValue: g.value.toNumber() });
      }),
      { numRuns: 100 },
    );
  });
});
