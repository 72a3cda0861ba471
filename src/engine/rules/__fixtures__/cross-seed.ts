// The seed document's tables (咸宁市经信局 2022) as printed, for the cross-table and completeness tests.
// Cell positions follow tables/build.ts: data from sheet row 5 (Excel row 6), code-table values from
// column C; item tables put income labels in A with amounts in B, expense labels in C with amounts in D.
import { itemTable, type ItemTableSpec } from '../../tables/build';
import type { Table, Tables } from '../../tables/model';
import { emptyCatalog } from '../../catalog/catalog';
import type { NarrativeParagraph, Rule } from '../rule';
import { runRules, type RunResult } from '../run';
import { seedBasic, seedExpenditure, seedFund, seedGeneral, seedThreePublic } from './seed-tables';

// The code tables and 表7 are the same as the sum rules' tests use; 表1 and 表4 as the cross-table tests
// read them (表1 with its note).
export { seedBasic, seedExpenditure, seedFund, seedGeneral, seedThreePublic };

const _ = null;

/** 表1: income rows B6…B25 in this order, expense rows D6…D17. */
export function seedSummary(edit?: (items: ItemTableSpec['items']) => void): Table {
  const items: ItemTableSpec['items'] = [
    ['in.general', '一、一般公共预算拨款', 5353.9], // B6
    ['in.general.local', '本级一般公共预算拨款', 5353.9],
    ['in.general.local.grant', '经费拨款（补助）', 5353.9],
    ['in.general.local.nontax', '纳入预算管理的非税', _],
    ['in.general.upper', '上级补助', _],
    ['in.general.bond', '一般债券', _],
    ['in.fund', '二、政府性基金拨款', _], // B12
    ['in.fund.local', '本级基金', _],
    ['in.fund.upper', '上级基金', _],
    ['in.fund.bond', '专项债券', _],
    ['in.social', '三、社保基金拨款', 783.06], // B16
    ['in.capital', '四、国有资本经营预算拨款', _],
    ['in.specialNonTax', '五、纳入专户管理的非税收入', _],
    ['in.business', '六、事业收入', _],
    ['in.operating', '七、事业单位经营收入', _],
    ['in.subsidiary', '八、附属单位上缴收入', _],
    ['in.transfer', '九、往来收入', _],
    ['in.other', '十、其他收入', _],
    ['in.borrowing', '十一、融资借款', _],
    ['in.total', '收入总计', 6136.96], // B25
    ['out.basic', '一、基本保障支出', 1912.46], // D6
    ['out.basic.personnel', '人员经费支出', 1718.05], // D7
    ['out.basic.publicStd', '标准公用经费支出', 194.41], // D8
    ['out.project', '二、项目支出', 4224.5], // D9
    ['out.project.regular', '经常性项目', 4224.5],
    ['out.project.oneOff', '当年一次性项目', _],
    ['out.project.multiYear', '跨年一次性项目', _],
    ['out.contingency', '三、项目支出不可预见费', _],
    ['out.operating', '四、事业单位经营支出', _],
    ['out.subsidiary', '五、对附属单位补助支出', _],
    ['out.remitUpper', '六、上缴上级支出', _],
    ['out.total', '支出总计', 6136.96], // D17
  ];
  edit?.(items);
  return itemTable({ kind: 'summary', items, notes: ['备注：本表收支包含社保基金发放退休人员的退休金'] });
}

/** 表4: income B6…B13, expense D6…D15. */
export function seedFiscal(edit?: (items: ItemTableSpec['items']) => void): Table {
  const items: ItemTableSpec['items'] = [
    ['in.general', '一、一般公共预算拨款', 5353.9], // B6
    ['in.general.local', '本级一般公共预算拨款', 5353.9],
    ['in.general.upper', '上级补助', _],
    ['in.fund', '二、政府性基金拨款', _], // B9
    ['in.fund.local', '本级基金', _],
    ['in.fund.upper', '上级基金', _],
    ['in.yearTotal', '本年收入合计', 5353.9],
    ['in.total', '收入总计', 5353.9],
    ['out.basic', '一、基本支出', 1129.4], // D6
    ['out.basic.personnel', '人员支出', 934.98], // D7
    ['out.basic.publicStd', '标准公用经费支出', 194.41], // D8
    ['out.project', '二、项目支出', 4224.5], // D9
    ['out.contingency', '三、项目支出不可预见费', _],
    ['out.operating', '四、事业单位经营支出', _],
    ['out.subsidiary', '五、对附属单位补助支出', _],
    ['out.remitUpper', '六、上缴上级支出', _],
    ['out.yearTotal', '本年支出合计', 5353.9],
    ['out.total', '支出总计', 5353.9],
  ];
  edit?.(items);
  return itemTable({ kind: 'fiscal', items });
}

/** Every seed table; 表2 is absent from the seed document. */
export function seedTables(): Tables {
  return {
    summary: seedSummary(),
    expenditure: seedExpenditure(),
    fiscal: seedFiscal(),
    general: seedGeneral(),
    basic: seedBasic(),
    threePublic: seedThreePublic(),
    fund: seedFund(),
  };
}

export function run(rule: Rule, tables: Tables, narrative: NarrativeParagraph[] = []): RunResult {
  return runRules([rule], { tables, catalog: emptyCatalog(), workbook: { sheets: [] }, narrative });
}
