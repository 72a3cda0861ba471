import { runNarrative, seedTables } from '../narrative/__fixtures__/seed';
import { tagParagraphs } from '../narrative/paragraphs';
import { narrativeAmountMatchesTable as rule } from './narrative-amount-matches-table';

const run = (text: string, tables = seedTables()) => runNarrative([rule], text, tables);
const codes = (text: string, tables = seedTables()) => run(text, tables).findings.map((f) => f.code);

const SECTION_ONE =
  '一、预算收支安排及增减变化情况说明\n2022 年市经信局部门收入预算总额为 6136.96 万元，其中：一般公共预算财政拨款收入 5353.9 万元；政府性基金拨款收入 0 万元；社保基金拨款收入 783.06 万元。' +
  '支出预算总额为 6136.96 万元，其中：基本保障支出 1912.46 万元；项目支出 4224.5 万元。咸宁市经信局 2022 年政府性基金预算支出为 0。';
const SECTION_TWO = (other: string) =>
  '二、机关运行经费安排及增减变化情况说明\n咸宁市经信局 2022 年机关运行经费预算 194.41 万元。其中：办公费 18.7 万元、印刷费 1.5 万元、邮电费 4.5 万元、差旅费 12 万元、维修(护)费 2 万元、会议费 0.3 万元、\n' +
  `公务接待费 1.5 万元、劳务费 9 万元、委托业务费 11 万元、工会经费 9.68 万元、福利费 7.32 万元、其他交通费用 28.24 万元、其他商品和服务支出 ${other} 万元、办公设备购置费 5 万元。`;
const SECTION_THREE = '三、“三公”经费安排及增减变化情况说明\n“三公”经费预算 8.2 万元。因公出国（境）费用 0 万元。公务用车运行维护费 4 万元。公务接待费 4.2 万元。';

describe('narrative-amount-matches-table', () => {
  it('passes the seed amounts of sections 一 to 三 (公务接待费 is 表6 1.5 in 二, 表7 4.2 in 三)', () => {
    expect(codes(`${SECTION_ONE}\n${SECTION_TWO('83.68')}\n${SECTION_THREE}`)).toEqual([]);
  });

  it('flags the seed item 其他商品和服务支出 83.67 against 表6 30299 = 83.68, with both cells', () => {
    const [f, ...rest] = run(SECTION_TWO('83.67')).findings;
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      code: 'narrative-amount-mismatch',
      severity: 'error',
      path: ['说明', '机关运行经费', '其他商品和服务支出'],
      params: {
        claimed: 83.67,
        tableValue: 83.68,
        tableAddress: "'表6'!C23",
        difference: -0.01, // 83.67 − 83.68
        unit: '万元',
        subject: '其他商品和服务支出',
        line: 3,
      },
    });
    expect(f.params.sentence).toMatch(/^其中：办公费 18\.7 万元.*其他商品和服务支出 83\.67 万元/);
  });

  it("converts tables in 元 to the text's 万元", () => {
    expect(codes(`${SECTION_ONE}\n${SECTION_TWO('83.68')}`, seedTables('元'))).toEqual([]);
    const [f] = run(SECTION_TWO('83.67'), seedTables('元')).findings;
    expect(f.params).toMatchObject({ claimed: 83.67, tableValue: 83.68, unit: '万元' });
  });

  it('notes a figure truncated instead of rounded', () => {
    // 人员经费 1718.05 rounds to 1718.1 at one decimal; 1718.0 cuts the 5 off.
    expect(codes('人员经费 1718.1 万元。')).toEqual([]);
    const [f] = run('人员经费 1718.0 万元。').findings;
    expect(f).toMatchObject({ code: 'narrative-truncated', severity: 'info', params: { claimed: 1718, tableValue: 1718.05 } });
  });

  it('tells 元 written for 万元 (and the reverse) apart from other differences', () => {
    expect(run('收入预算总额为 6136.96 元。').findings[0]).toMatchObject({ code: 'narrative-unit-confusion', params: { unit: '元', tableValue: 61369600, factor: 0.0001 } });
    expect(run('收入预算总额为 61369600 万元。').findings[0]).toMatchObject({ code: 'narrative-unit-confusion', params: { factor: 10000 } });
    expect(codes('收入预算总额为 6163.96 万元。')).toEqual(['narrative-amount-mismatch']);
  });

  it('lets 机关运行经费 be smaller than 表6 302 + 310, not larger', () => {
    // 302 189.41 + 310 5.00 = 194.41
    expect(codes('二、机关运行经费\n机关运行经费预算 150 万元。')).toEqual([]);
    const [f] = run('二、机关运行经费\n机关运行经费预算 200 万元。').findings;
    expect(f).toMatchObject({ code: 'narrative-amount-mismatch', params: { relation: '<=', tableValue: 194.41, operands: ["'表6'!C10", "'表6'!C25"] } });
  });

  it('compares 基本支出/项目支出 under 一般公共预算支出 with 表5, not 表1', () => {
    // 表5 合计: basic 1129.40, project 3134.50 (表1 has 1912.46 and 4224.50)
    expect(codes('一般公共预算财政拨款支出 4263.9 万元，其中：基本支出 1129.4 万元，项目支出 3134.5 万元。')).toEqual([]);
    expect(run('一般公共预算财政拨款支出 4263.9 万元，其中：基本支出 1129.4 万元，项目支出 3143.5 万元。').findings[0]).toMatchObject({
      params: { subject: '一般公共预算项目支出', tableValue: 3134.5, table: '表5' },
    });
  });

  it('points at the narrative cell when the narrative is a sheet', () => {
    const narrative = tagParagraphs([{ text: '“三公”经费预算 9.2 万元。', sheet: '说明', row: 2, col: 0 }], 'narrative');
    const [f] = runNarrative([rule], narrative).findings;
    expect(f).toMatchObject({ address: "'说明'!A3", cell: { sheet: '说明', row: 2, col: 0 }, params: { tableAddress: "'表7'!B6" } }); // 表7 合计 is the first item: 0-based row 5 = row 6
  });

  it('says which tables were missing and which sentences were not checked', () => {
    const r = run('“三公”经费预算 8.2 万元。用活 2700 万元市直技改专项资金。', {});
    expect(r.findings).toEqual([]);
    expect(r.coverage).toEqual([
      { ruleId: rule.id, status: 'partial', reason: 'narrative-table-missing', params: { tables: ['表7'] } },
      expect.objectContaining({ status: 'partial', reason: 'narrative-unchecked', params: expect.objectContaining({ count: 2 }) }),
    ]);
  });

  it('is skipped, not passed, without a narrative', () => {
    expect(runNarrative([rule], []).coverage).toEqual([{ ruleId: rule.id, status: 'skipped', reason: 'no-narrative', params: undefined }]);
  });
});
