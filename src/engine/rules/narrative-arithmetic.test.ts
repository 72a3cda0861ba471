import { runNarrative, seedTables } from '../narrative/__fixtures__/seed';
import { narrativeArithmetic as rule } from './narrative-arithmetic';

const run = (text: string) => runNarrative([rule], text, seedTables());
const codes = (text: string) => run(text).findings.map((f) => f.code);

const INCOME = (general: string, growth = '47.92') =>
  `2022 年市经信局部门收入预算总额为 6136.96 万元，比上年增加 1742.19 万元，增长 39.64%，其中：一般公共预算财政拨款收入 5353.9 万元，占收入预算的 ${general}%，比上年增加 1734.39 万元，增加 ${growth}%；` +
  '政府性基金拨款收入 0 万元，与上年持平；社保基金拨款收入 783.06 万元，占收入预算的 12.76%，比上年增加 7.8 万元，增长 1.01%。';

const SEED = [
  '一、预算收支安排及增减变化情况说明',
  INCOME('87.24'),
  '2022 年市经信局部门支出预算总额为 6136.96 万元，比上年增加 1742.19 万元，增长 39.64%，其中：基本保障支出 1912.46 万元，占支出预算的 31.16%；项目支出 4224.5 万元，占支出预算的 68.84%；预算支出总规模增加的主要原因是：项目内容增加。',
  '二、机关运行经费安排及增减变化情况说明',
  '咸宁市经信局 2022 年机关运行经费预算 194.41 万元。其中：办公费 18.7 万元、印刷费 1.5 万元、邮电费 4.5 万元、差旅费 12 万元、维修(护)费 2 万元、会议费 0.3 万元、',
  '公务接待费 1.5 万元、劳务费 9 万元、委托业务费 11 万元、工会经费 9.68 万元、福利费 7.32 万元、其他交通费用 28.24 万元、其他商品和服务支出 83.67 万元、办公设备购置费 5 万元。机关运行经费占预算总额的 3.17%，比上年增加 42.63 万元，增长 28.09%。',
  '三、“三公”经费安排及增减变化情况说明',
  '咸宁市经信局 2022 年“三公”经费预算 8.2 万元，占预算总额的 0.13%，比上年减少 0.8 万元，下降了 8.89%。',
  '因公出国（境）费用 0 万元，与上年持平。',
  '公务用车运行维护费 4 万元，与上年持平。',
  '公务接待费 4.2 万元，主要用于上级检查调研。比上年预算减少 0.8 万元，下降 16%。',
  '四、政府采购预算安排及增减变化情况说明',
  '2022年，我单位政府采购预算总额83.46万元，其中货物类采购预算22.5万元，工程类采购预算0万元，服务类采购预算60.96万元。比上年增加54.36万元,增长186.8%。',
  '五、国有资产占用及增减变化情况说明',
  '截至2021年12月31日，本单位保有车辆共有1辆，其中，领导干部用车0辆，一般公务用车0辆、特种专业技术用车0辆，其他用车1辆，其他用车主要是机要通信用车0台，应急公务用车1台，离退休干部服务用车0台；单位价值50万元以上通用设备0台（套）。',
].join('\n');

describe('narrative-arithmetic', () => {
  it('passes every seed share, growth rate, 持平 and list (all correct as printed)', () => {
    // e.g. 5353.9 / 6136.96 = 0.87240; 1742.19 / (6136.96 − 1742.19) = 0.39642; 0.8 / (4.2 + 0.8) = 0.16;
    // 54.36 / (83.46 − 54.36) = 1.86804; 18.7 + 1.5 + … + 83.67 + 5 = 194.41; 0 + 0 + 0 + 1 = 1 辆.
    expect(run(SEED).findings).toEqual([]);
  });

  it('flags a share that is not part ÷ the total named in the sentence', () => {
    const [f, ...rest] = run(INCOME('78.24')).findings;
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      code: 'narrative-share-mismatch',
      path: ['说明', '一般公共预算拨款收入'],
      params: { claimed: 78.24, expected: 87.24, difference: -9, part: 5353.9, total: 6136.96, totalFrom: 'text', unit: '%' },
    });
  });

  it('measures a share against the table when the text does not state the total', () => {
    // 1912.46 / 表1 支出总计 6136.96 = 0.31163
    expect(codes('基本保障支出 1912.46 万元，占支出预算的 31.16%。')).toEqual([]);
    const [f] = run('基本保障支出 1912.46 万元，占支出预算的 31.61%。').findings;
    expect(f).toMatchObject({ code: 'narrative-share-mismatch', params: { expected: 31.16, totalFrom: 'table', tableAddress: "'表1'!D10" } }); // 支出总计: 5th expense item, 0-based row 9
  });

  it('reads a bare 占 X% inside a 其中 list as a share of the list total', () => {
    // 800 / 1000.5 = 0.799600
    expect(codes('支出预算总额 1000.5 万元，其中：基本支出 800 万元，占 79.96%；项目支出 200.5 万元，占 20.04%。')).toEqual([]);
    expect(run('支出预算总额 1000.5 万元，其中：基本支出 800 万元，占 79.69%；项目支出 200.5 万元，占 20.04%。').findings[0]).toMatchObject({
      code: 'narrative-share-mismatch',
      params: { expected: 79.96, total: 1000.5, totalFrom: 'text' },
    });
  });

  it('flags a growth rate that is not change ÷ (this year − change), and notes truncation', () => {
    const [f] = run(INCOME('87.24', '49.72')).findings;
    // 1734.39 / (5353.9 − 1734.39) = 1734.39 / 3619.51 = 0.479178 → 47.92
    expect(f).toMatchObject({ code: 'narrative-growth-mismatch', params: { claimed: 49.72, expected: 47.92, prior: 3619.51, change: 1734.39, current: 5353.9 } });
    expect(run(INCOME('87.24', '47.91')).findings[0]).toMatchObject({ code: 'narrative-truncated', severity: 'info' });
  });

  it('flags a rate whose direction word contradicts the change', () => {
    const [f] = run('“三公”经费预算 8.2 万元，比上年增加 0.8 万元，下降了 8.89%。').findings;
    expect(f).toMatchObject({ code: 'narrative-direction', params: { changeDirection: 1, growthDirection: -1 } });
  });

  it('notes 100% growth from a zero base, and flags any other rate there', () => {
    const zero = '项目支出 4224.5 万元，比上年增加 4224.5 万元，增长 100%。';
    expect(run(zero).findings).toEqual([expect.objectContaining({ code: 'narrative-zero-base', severity: 'info', params: expect.objectContaining({ prior: 0 }) })]);
    expect(run(zero.replace('100%', '50%')).findings[0]).toMatchObject({ code: 'narrative-growth-mismatch', severity: 'error', params: { zeroBase: true } });
  });

  it('flags 持平 next to a change or a rate that is not zero', () => {
    expect(codes('公务用车运行维护费 4 万元，与上年持平，增长 0%。')).toEqual([]);
    expect(codes('公务用车运行维护费 4 万元，与上年持平，下降 5%。')).toEqual(['narrative-flat-nonzero']);
    expect(codes('因公出国（境）费用 0 万元，比上年减少 1 万元，与上年持平。')).toEqual(['narrative-flat-nonzero']);
  });

  it('flags list items that do not add up to their total, and notes a rounding difference', () => {
    const [f] = run('政府采购预算总额83.46万元，其中货物类采购预算22.5万元，工程类采购预算0万元，服务类采购预算50.96万元。').findings;
    // 22.5 + 0 + 50.96 = 73.46; 83.46 − 73.46 = 10
    expect(f).toMatchObject({ code: 'narrative-list-sum', path: ['说明', '政府采购预算总额'], params: { claimed: 83.46, expected: 73.46, difference: 10, tolerance: 0.015 } });
    // 5.00 + 5.00 = 10.00 vs 10.01: 0.01 ≤ 2 × 0.005
    expect(run('政府采购预算总额 10.01 万元，其中货物类 5.00 万元、服务类 5.00 万元。').findings[0]).toMatchObject({ code: 'narrative-list-rounding', severity: 'info', params: { tolerance: 0.01 } });
  });

  it('does not add counts of another unit to a list of vehicles', () => {
    expect(codes('本单位保有车辆共有2辆，其中，一般公务用车1辆，其他用车1辆，其中应急公务用车1台。')).toEqual([]);
    expect(codes('本单位保有车辆共有2辆，其中，一般公务用车1辆，其他用车0辆。')).toEqual(['narrative-list-sum']);
  });
});
