// The seed's tables 1, 4, 5 (top rows), 6, 7 and 8 as printed (万元), and a runner for the narrative rules.
import { emptyCatalog } from '../../catalog/catalog';
import { codeTable, itemTable } from '../../tables/build';
import type { Unit } from '../../money';
import type { Tables } from '../../tables/model';
import type { Rule } from '../../rules/rule';
import { runRules, type RunResult } from '../../rules/run';
import { paragraphsFromText } from '../paragraphs';
import type { SourceParagraph } from '../types';

/** Values are in 万元; with unit '元' every figure is multiplied by 10,000 (as provinces that print in 元). */
export function seedTables(unit: Unit = '万元'): Tables {
  const k = unit === '元' ? 10_000 : 1;
  const v = (x: number | null) => (x === null ? null : Math.round(x * k * 100) / 100);
  return {
    summary: itemTable({
      kind: 'summary',
      unit,
      items: [
        ['in.general', '一、一般公共预算拨款', v(5353.9)],
        ['in.fund', '二、政府性基金拨款', null],
        ['in.social', '三、社保基金拨款', v(783.06)],
        ['in.total', '收入总计', v(6136.96)],
        ['out.basic', '一、基本保障支出', v(1912.46)],
        ['out.basic.personnel', '人员经费支出', v(1718.05)],
        ['out.basic.publicStd', '标准公用经费支出', v(194.41)],
        ['out.project', '二、项目支出', v(4224.5)],
        ['out.total', '支出总计', v(6136.96)],
      ],
    }),
    fiscal: itemTable({
      kind: 'fiscal',
      unit,
      items: [
        ['in.general', '一、一般公共预算拨款', v(5353.9)],
        ['in.total', '收入总计', v(5353.9)],
        ['out.basic', '一、基本支出', v(1129.4)],
        ['out.project', '二、项目支出', v(4224.5)],
        ['out.total', '支出总计', v(5353.9)],
      ],
    }),
    general: codeTable({
      kind: 'general',
      unit,
      columns: ['total', 'basic', 'personnel', 'publicStd', 'project'],
      unitCodes: ['209', '209001'],
      rows: [
        ['', '合计', v(4263.9), v(1129.4), v(934.98), v(194.41), v(3134.5)],
        ['209', '咸宁市经济和信息化局', v(4263.9), v(1129.4), v(934.98), v(194.41), v(3134.5)],
      ],
    }),
    basic: codeTable({
      kind: 'basic',
      unit,
      columns: ['total'],
      unitCodes: ['209', '209001'],
      rows: [
        ['', '合计', v(1129.4)],
        ['209', '咸宁市经济和信息化局', v(1129.4)],
        ['209001', '咸宁市经济和信息化局本级', v(1129.4)],
        ['301', '工资福利支出', v(636.68)],
        ['302', '商品和服务支出', v(189.41)],
        ['30201', '办公费', v(18.7)],
        ['30202', '印刷费', v(1.5)],
        ['30207', '邮电费', v(4.5)],
        ['30211', '差旅费', v(12)],
        ['30213', '维修（护）费', v(2)],
        ['30215', '会议费', v(0.3)],
        ['30217', '公务接待费', v(1.5)],
        ['30226', '劳务费', v(9)],
        ['30227', '委托业务费', v(11)],
        ['30228', '工会经费', v(9.68)],
        ['30229', '福利费', v(7.32)],
        ['30239', '其他交通费用', v(28.24)],
        ['30299', '其他商品和服务支出', v(83.68)],
        ['303', '对个人和家庭的补助', v(298.3)],
        ['310', '资本性支出', v(5)],
        ['31002', '办公设备购置', v(5)],
      ],
    }),
    threePublic: itemTable({
      kind: 'threePublic',
      unit,
      items: [
        ['tp.total', '合计', v(8.2)],
        ['tp.abroad', '1. 因公出国（境）费用', null],
        ['tp.reception', '2. 公务接待费', v(4.2)],
        ['tp.vehicle', '3. 公车购置及运行维护费', v(4)],
        ['tp.vehicle.operation', '其中：公务用车运行维护费', v(4)],
        ['tp.vehicle.purchase', '公务用车购置', null],
      ],
    }),
    fund: codeTable({
      kind: 'fund',
      unit,
      columns: ['total'],
      unitCodes: ['209', '209001'],
      rows: [
        ['209', '咸宁市经济和信息化局', v(0)],
        ['209001', '咸宁市经济和信息化局本级', v(0)],
      ],
    }),
  };
}

/** Runs narrative rules over text the way check.ts would, with the reader's year when given. */
export function runNarrative(rules: Rule[], text: string | SourceParagraph[], tables: Tables = seedTables(), year?: number): RunResult {
  const narrative = typeof text === 'string' ? paragraphsFromText(text, 'test.txt') : text;
  const ctx = { tables, catalog: emptyCatalog(), workbook: { sheets: [] }, narrative, ...(year !== undefined ? { year } : {}) };
  return runRules(rules, ctx);
}
