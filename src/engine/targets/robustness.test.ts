// Bad data is a result, not an exception: any sheet parses, checks and lays out without throwing.
import fc from 'fast-check';
import type { CellValue, SheetSnapshot } from '../workbook';
import { checkTargets } from './checks';
import { buildTargetsPlans } from './layout';
import { projectTargetsSchema } from './model';
import { parseTargetsSheet } from './parse';

const WORDS = [
  '(一) 某项目', '（二）另一项目', '项目名称', '一级指标', '二级指标', '三级指标', '指标名称', '指标值', '年度目标：完成', '项目经费预算 100 万元，资金来源为上级补助拨款 120 万元。',
  '产出指标', '成本指标', '效益指标', '满意度指标', '数量指标', '成本', '服务对象满意度指标', '≥', '≥15 家', '100%', '≤2500 万', '合规', '$\\geq 95\\%$',
  '财政资金万元带动技', '改投资标杆率 申报项目企业满意度', '年度资金总额', '财政拨款', '其他资金', '≥13459.00(平方米)', '', ' ', '#', '资金来源其中',
];
const cell: fc.Arbitrary<CellValue> = fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 6 }), fc.integer({ min: -5, max: 3000 }), fc.constant(null), fc.constant({ error: '#REF!' }));
const sheet: fc.Arbitrary<SheetSnapshot> = fc
  .tuple(fc.array(fc.array(cell, { maxLength: 12 }), { maxLength: 30 }), fc.array(fc.tuple(fc.nat(29), fc.nat(11), fc.nat(3), fc.nat(3)), { maxLength: 4 }))
  .map(([values, ms]) => ({ name: '绩效目标', values, merges: ms.map(([top, left, h, w]) => ({ top, left, bottom: top + h, right: left + w })) }));

describe('targets on arbitrary sheets', () => {
  it('never throws, and what it reads is a valid model', () => {
    fc.assert(
      fc.property(sheet, (s) => {
        const parsed = parseTargetsSheet(s);
        for (const p of parsed.projects) expect(projectTargetsSchema.safeParse(p).success).toBe(true);
        const result = checkTargets(parsed.projects, { projectSpendingFen: 1_000_000 });
        buildTargetsPlans({ projects: parsed.projects, findings: [...parsed.findings, ...result.findings], profile: result.profile, reconciliation: result.reconciliation });
      }),
      { numRuns: 300 },
    );
  });
});
