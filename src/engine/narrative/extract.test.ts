import { extractClaims } from './extract';
import { paragraphsFromText } from './paragraphs';
import type { Analysis, Claim } from './types';

const analyse = (text: string) => extractClaims(paragraphsFromText(text, 't.txt'));
const brief = (a: Analysis, c: Claim) => ({
  kind: c.kind,
  concept: c.concept,
  value: c.value?.text,
  unit: c.value?.unit,
  of: c.of === undefined ? undefined : a.claims[c.of].value?.text,
  direction: c.direction,
});
const claims = (a: Analysis) => a.claims.filter((c) => c.kind !== 'year').map((c) => brief(a, c));

describe('extractClaims', () => {
  it('ties changes, growth rates and shares to the amount they follow, list items to their total', () => {
    const a = analyse(
      '部门收入预算总额为 6136.96 万元，比上年增加 1742.19 万元，增长 39.64%，其中：一般公共预算财政拨款收入 5353.9 万元，占收入预算的 87.24%；政府性基金拨款收入 0 万元，与上年持平。',
    );
    expect(claims(a)).toEqual([
      { kind: 'amount', concept: 'income.total', value: '6136.96', unit: '万元', of: undefined, direction: undefined },
      { kind: 'change', concept: undefined, value: '1742.19', unit: '万元', of: '6136.96', direction: 1 },
      { kind: 'growth', concept: undefined, value: '39.64', unit: '%', of: '6136.96', direction: 1 },
      { kind: 'amount', concept: 'in.general', value: '5353.9', unit: '万元', of: undefined, direction: undefined },
      { kind: 'share', concept: undefined, value: '87.24', unit: '%', of: '5353.9', direction: undefined },
      { kind: 'amount', concept: 'in.fund', value: '0', unit: '万元', of: undefined, direction: undefined },
      { kind: 'flat', concept: undefined, value: undefined, unit: undefined, of: '0', direction: undefined },
    ]);
    const share = a.claims.find((c) => c.kind === 'share')!;
    expect(share.total).toEqual({ phrase: '收入预算', concept: 'income.total' });
    expect(a.lists).toEqual([{ total: 0, items: [3, 5], sentence: 0 }]);
  });

  it('after a 其中 list, a sentence without a subject is about the list total again', () => {
    const a = analyse('政府采购预算总额83.46万元，其中货物类采购预算22.5万元，服务类采购预算60.96万元。比上年增加54.36万元,增长186.8%。');
    const growth = a.claims.find((c) => c.kind === 'growth')!;
    expect(a.claims[growth.of!].concept).toBe('proc.total');
    expect(a.lists[0].items.map((i) => a.claims[i].concept)).toEqual(['proc.goods', 'proc.services']);
  });

  it('keeps the subject across a full stop, and reads 下降/减少 as down', () => {
    const a = analyse('三、“三公”经费\n公务接待费 4.2 万元，主要用于来局办事。比上年预算减少 0.8 万元，下降 16%。');
    expect(claims(a)).toEqual([
      { kind: 'amount', concept: 'tp.reception', value: '4.2', unit: '万元', of: undefined, direction: undefined },
      { kind: 'change', concept: undefined, value: '0.8', unit: '万元', of: '4.2', direction: -1 },
      { kind: 'growth', concept: undefined, value: '16', unit: '%', of: '4.2', direction: -1 },
    ]);
  });

  it('finds a named subject before 占 among earlier amounts', () => {
    const a = analyse('二、机关运行经费\n机关运行经费预算 194.41 万元。其中：办公费 18.7 万元、印刷费 1.5 万元。机关运行经费占预算总额的 3.17%，比上年增加 42.63 万元。');
    const share = a.claims.find((c) => c.kind === 'share')!;
    expect(a.claims[share.of!].value?.text).toBe('194.41');
    expect(share.total?.concept).toBe('budget.total');
    expect(a.claims.find((c) => c.kind === 'change')!.of).toBe(share.of);
    expect(a.claims.filter((c) => c.concept?.startsWith('orc:')).map((c) => c.concept)).toEqual(['orc:30201', 'orc:30202']);
  });

  it('rejoins a list broken across lines (PDF copies) and points each number at its own line', () => {
    const a = analyse('二、机关运行经费\n机关运行经费预算 194.41 万元。其中：办公费 18.7 万元、\n\n公务接待费 1.5 万元、其他商品和服务支出 83.67 万元。');
    const item = a.claims.find((c) => c.concept === 'orc:30299')!;
    expect(a.paragraphs[item.loc.paragraph].row).toBe(3);
    expect(a.paragraphs[item.loc.paragraph].text.slice(item.loc.start, item.loc.end)).toBe('83.67 万元');
    expect(a.lists[0].items).toHaveLength(3);
  });

  it('reads an item of the 机关运行经费 list that the lexicon does not know as a 表6 row name', () => {
    const a = analyse('二、机关运行经费\n机关运行经费 10 万元，其中：宣传费 4 万元、办公费 6 万元。');
    expect(a.claims.map((c) => c.concept).filter(Boolean)).toEqual(['orc.total', 'orc.row:宣传费', 'orc:30201']);
  });

  it('reads counts, and the 指标名称 cell before a target value', () => {
    const a = analyse('新建 5G 基站 500 座。\n产出指标\t数量指标\t建设 5G 基站数量\t≥1800 个');
    expect(a.claims.map((c) => [c.kind, c.subject, c.value?.text, c.bound])).toEqual([
      ['count', '新建 5G 基站', '500', undefined],
      ['count', '建设 5G 基站数量', '1800', 'min'],
    ]);
  });

  it('records what it is not sure of instead of guessing', () => {
    const a = analyse('推动 109 个新增产值的增长点；用活 2700 万元市直技改专项资金；力争工业投资增长 10%以上；覆盖率 100%；共 8 大产业链；每个产业 3-5 家。');
    expect(a.unchecked.map((u) => [u.number, u.reason])).toEqual([
      ['109 个', 'subject-after-number'],
      ['2700 万元', 'subject-after-number'],
      ['10%', 'bound'],
      ['100%', 'percent-unclear'],
      ['8', 'unit-missing'],
      ['3', 'range'],
      ['5 家', 'range'],
    ]);
    expect(a.claims).toEqual([]);
  });

  it('does not tie a growth rate to an amount when other words name the subject', () => {
    const a = analyse('项目经费 100 万元，工业固定资产投资增长 10%。');
    expect(a.claims.map((c) => c.kind)).toEqual(['amount']);
    expect(a.unchecked.map((u) => u.reason)).toEqual(['subject-unclear']);
  });

  it('reads budget years in headings and sentences, never snapshot dates or document numbers', () => {
    const a = analyse(
      [
        '第四部分 2021 年部门预算编制情况及说明',
        '一、预算收支安排情况说明',
        '2022 年市经信局部门收入预算总额为 6136.96 万元，比 2021 年增加 10 万元。',
        '截至2021年12月31日，依据财预〔2021〕101号，经费 2083.68 万元。',
        '2022 年，全市经信工作的总体目标是。',
        '市经信局2022年度无相关政府性基金预算。',
      ].join('\n'),
    );
    expect(a.claims.filter((c) => c.kind === 'year').map((c) => [c.value?.text, c.yearRole, a.paragraphs[c.loc.paragraph].row])).toEqual([
      ['2021', 'budget', 0],
      ['2022', 'budget', 2],
      ['2021', 'prior', 2],
      ['2022', 'budget', 5],
    ]);
  });

  it('ignores tables and other parts of a whole document', () => {
    const a = analyse('第三部分 2022 年部门预算表\n一、一般公共预算拨款\t5353.90\n第五部分 名词解释\n（一）财政拨款收入 100 万元。');
    expect(a.claims.map((c) => c.kind)).toEqual(['year']);
    expect(a.unchecked).toEqual([]);
  });
});

describe('extractClaims in context', () => {
  it('reads 基本支出/项目支出 under a 一般公共预算 or 财政拨款 total as that table\'s', () => {
    const a = analyse('一般公共预算财政拨款支出 4263.9 万元，其中：基本支出 1129.4 万元，项目支出 3134.5 万元。\n支出预算总额 6136.96 万元，其中：基本支出 1912.46 万元。\n财政拨款支出预算 5353.9 万元，其中项目支出 4224.5 万元。');
    expect(a.claims.map((c) => c.concept)).toEqual(['general.total', 'general.basic', 'general.project', 'expense.total', 'out.basic', 'fiscal.total', 'fiscal.project']);
  });

  it('keeps a bracketed 其中 out of the list it details', () => {
    const a = analyse('三、“三公”经费\n“三公”经费 8.2 万元，其中：公务接待费 4.2 万元，公车购置及运行维护费 4 万元（其中：公务用车购置费 0 万元，公务用车运行维护费 4 万元），因公出国（境）费用 0 万元。');
    expect(a.lists[0].items.map((i) => a.claims[i].concept)).toEqual(['tp.reception', 'tp.vehicle', 'tp.abroad']);
    expect(a.claims.map((c) => c.concept)).toContain('tp.vehicle.purchase');
  });

  it('does not read a unit\'s own total as the department\'s', () => {
    expect(analyse('局属事业单位收入预算总额 500 万元。').claims[0]?.concept).toBeUndefined();
    expect(analyse('我单位收入预算总额 500 万元。').claims[0]?.concept).toBe('income.total');
  });
});
