// Bad data is a result, not an exception: any prose, any tables, the narrative rules never throw.
import fc from 'fast-check';
import { RULES } from '../rules';
import { runNarrative, seedTables } from './__fixtures__/seed';

const FRAGMENTS = [
  '收入预算总额为', '支出预算', '其中：', '其中', '，', '。', '；', '、', '（', '）', '\n', '\t', '比上年增加', '减少', '增长', '下降了',
  '占收入预算的', '占比', '与上年持平', '持平', '机关运行经费', '办公费', '公务接待费', '“三公”经费', '二、机关运行经费', '三、“三公”经费',
  '第四部分 2021 年部门预算编制情况及说明', '第二部分 主要工作任务', '截至2021年12月31日', '〔2021〕101号', '新建 5G 基站', '建设 5G 基站数量',
  '0', '0.00', '100', '6136.96', '1742.19', '-5', '1,234.5', '１２．５', '二〇二二年', '万元', '元', '亿元', '%', '个', '座', '辆', '以上', '≥', '3-5',
];
const prose = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 60 }).map((xs) => xs.join(''));
const NARRATIVE = RULES.filter((r) => r.id.startsWith('narrative-'));

describe('narrative rules on arbitrary prose', () => {
  it('report findings and coverage, never throw', () => {
    fc.assert(
      fc.property(prose, fc.constantFrom<'万元' | '元' | 'none'>('万元', '元', 'none'), (text, unit) => {
        const r = runNarrative(NARRATIVE, text, unit === 'none' ? {} : seedTables(unit), 2022);
        expect(r.coverage.length).toBeGreaterThanOrEqual(NARRATIVE.length);
        for (const f of r.findings) expect(f.path.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});
