import { itemTable } from '../tables/build';
import { runNarrative, seedTables } from '../narrative/__fixtures__/seed';
import { narrativeYear as rule } from './narrative-year';

const run = (text: string, year?: number, tables = seedTables()) => runNarrative([rule], text, tables, year);

const SEED_HEADINGS = [
  '第二部分 2022 年主要工作任务',
  '第三部分 2022 年部门预算表（含所属事业单位）',
  '第四部分 2021 年部门预算编制情况及说明',
  '一、预算收支安排及增减变化情况说明',
  '2022 年市经信局部门收入预算总额为 6136.96 万元。',
  '五、国有资产占用及增减变化情况说明',
  '截至2021年12月31日，本单位保有车辆共有1辆。',
  '七、2022 年部门预算绩效情况说明',
].join('\n');

describe('narrative-year', () => {
  it("flags the seed's part-four heading (2021) in a 2022 budget, at that paragraph", () => {
    const [f, ...rest] = run(SEED_HEADINGS, 2022).findings;
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ code: 'narrative-year-mismatch', path: ['说明', '年度'], params: { claimed: 2021, expectedYear: 2022, line: 3, yearSource: 'workbook', role: 'budget' } });
  });

  it('takes the majority of heading years when the workbook year is unknown', () => {
    expect(run(SEED_HEADINGS).findings).toEqual([expect.objectContaining({ params: expect.objectContaining({ claimed: 2021, expectedYear: 2022, yearSource: 'headings' }) })]);
  });

  it('reads the year from table titles when the reader gives none', () => {
    const summary = { ...itemTable({ kind: 'summary', items: [] }), title: '2023年部门收支总表' };
    expect(run('一、预算收支\n2023 年部门收入预算总额为 1 万元。', undefined, { summary }).findings).toEqual([]);
    expect(run('一、预算收支\n2022 年部门收入预算总额为 1 万元。', undefined, { summary }).findings).toHaveLength(1);
  });

  it('never reads snapshot dates, document numbers or amounts as budget years', () => {
    const text = '截至2021年12月31日，依据财预〔2021〕101号和【2017】89号，经费 2021.5 万元、2083.68 万元。';
    expect(run(text, 2022).findings).toEqual([]);
  });

  it('expects the year before after 比', () => {
    expect(run('收入预算比 2021 年增加 10 万元。', 2022).findings).toEqual([]);
    expect(run('收入预算比 2020 年增加 10 万元。', 2022).findings[0]).toMatchObject({ path: ['说明', '上年'], params: { claimed: 2020, expectedYear: 2021, role: 'prior' } });
  });

  it('is skipped when no year can be told', () => {
    expect(run('第四部分 2021 年说明\n第二部分 2022 年主要工作任务').coverage).toEqual([{ ruleId: rule.id, status: 'skipped', reason: 'narrative-year-unknown', params: undefined }]);
  });
});
