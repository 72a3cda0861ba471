// Each amount the narrative states (收入预算总额, 机关运行经费 items, “三公”经费…) equals its table cell.
import Decimal from 'decimal.js';
import { address, operandAddresses } from '../workbook';
import { TABLE_NUMBER, type TableKind } from '../tables/model';
import { analysisOf, convert, decimalOf, findingAt, num, subjectLabel } from '../narrative/context';
import { comparePrinted } from '../narrative/compare';
import { resolveConcept, type TableFact } from '../narrative/resolve';
import { uncheckedSentences } from '../narrative/coverage';
import type { Analysis, Claim } from '../narrative/types';
import type { Reporter, Rule } from './rule';

/** 元 written for 万元 or the reverse: the text is off by exactly this factor. */
const UNIT_FACTOR = new Decimal(10_000);

type Verdict = { code: 'ok' } | { code: 'narrative-truncated' | 'narrative-unit-confusion' | 'narrative-amount-mismatch'; factor?: number };

function verdict(claimed: Decimal, decimals: number, table: Decimal, relation: TableFact['relation']): Verdict {
  const rounded = table.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
  if (relation === '<=' ? claimed.lte(rounded) : claimed.eq(rounded)) return { code: 'ok' };
  if (relation === '=' && comparePrinted(claimed, decimals, table) === 'truncated') return { code: 'narrative-truncated' };
  for (const factor of [UNIT_FACTOR, new Decimal(1).div(UNIT_FACTOR)]) {
    if (!table.isZero() && claimed.eq(table.times(factor).toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP))) {
      return { code: 'narrative-unit-confusion', factor: num(factor) };
    }
  }
  return { code: 'narrative-amount-mismatch' };
}

function checkClaim(a: Analysis, c: Claim, fact: TableFact, report: Reporter): void {
  // A unit-less figure ("支出为 0") is read in the table's unit.
  const unit = c.value!.unit ?? fact.unit;
  const claimed = decimalOf(c.value!);
  const table = convert(new Decimal(fact.fen).div(100), '元', unit);
  const v = verdict(claimed, c.value!.decimals, table, fact.relation);
  if (v.code === 'ok') return;
  const { where, params } = findingAt(a, c);
  const tableAddress = address(fact.cells[0]);
  report({
    code: v.code,
    severity: v.code === 'narrative-truncated' ? 'info' : undefined,
    ...where,
    params: {
      ...params,
      subject: subjectLabel(a, c),
      table: TABLE_NUMBER[fact.table],
      claimed: num(claimed),
      tableValue: num(table),
      tableAddress,
      difference: num(claimed.minus(table)),
      unit,
      expected: num(table),
      actual: num(claimed),
      operands: operandAddresses(fact.cells),
      ...(fact.relation === '<=' ? { relation: '<=' } : {}),
      ...(v.factor !== undefined ? { factor: v.factor } : {}),
    },
  });
}

export const narrativeAmountMatchesTable: Rule = {
  id: 'narrative-amount-matches-table',
  description: '说明中的金额（收入预算总额、机关运行经费及其明细、“三公”经费等）与预算表对应单元格一致',
  severity: 'error',
  check(ctx, report) {
    if (!ctx.narrative.length) return report.skip('no-narrative');
    const a = analysisOf(ctx);
    const missing = new Set<TableKind>();
    for (const c of a.claims) {
      if (c.kind !== 'amount' || !c.concept || c.bound || a.sentences[c.sentence].part === 'targets') continue;
      const r = resolveConcept(c.concept, ctx.tables);
      if (r.status === 'table-missing') r.tables.forEach((t) => missing.add(t));
      if (r.status === 'found') checkClaim(a, c, r.fact, report);
    }
    if (missing.size) report.skip('narrative-table-missing', { tables: [...missing].map((t) => TABLE_NUMBER[t]) }, true);
    // Sentences with numbers none of the narrative rules could read are listed here, once.
    const unchecked = uncheckedSentences(a, ctx.tables);
    if (unchecked.length) report.skip('narrative-unchecked', { count: unchecked.length, sentences: unchecked }, true);
  },
};
