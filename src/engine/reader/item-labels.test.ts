import { ItemLabeler, itemKeyOf } from './item-labels';

describe('itemKeyOf (summary tables)', () => {
  it.each([
    ['一、一般公共预算拨款', 'in.general'],
    ['本级一般公共预算拨款', 'in.general.local'],
    ['经费拨款（补助）', 'in.general.local.grant'],
    ['纳入预算管理的非税', 'in.general.local.nontax'],
    ['一般债券', 'in.general.bond'],
    ['二、政府性基金拨款', 'in.fund'],
    ['本级基金', 'in.fund.local'],
    ['上级基金', 'in.fund.upper'],
    ['专项债券', 'in.fund.bond'],
    ['三、社保基金拨款', 'in.social'],
    ['四、国有资本经营预算拨款', 'in.capital'],
    ['五、纳入专户管理的非税收入', 'in.specialNonTax'],
    ['六、事业收入', 'in.business'],
    ['七、事业单位经营收入', 'in.operating'],
    ['八、附属单位上缴收入', 'in.subsidiary'],
    ['九、往来收入', 'in.transfer'],
    ['十、其他收入', 'in.other'],
    ['十一、融资借款', 'in.borrowing'],
    ['收入总计：', 'in.total'],
    ['本年收入合计：', 'in.yearTotal'],
    ['上年结转(结余)', 'in.carryover'],
    ['上年结转', 'in.carryover'],
    ['一、基本保障支出', 'out.basic'],
    ['一、基本支出', 'out.basic'],
    ['人员经费支出', 'out.basic.personnel'],
    ['人员支出', 'out.basic.personnel'],
    ['标准公用经费支出', 'out.basic.publicStd'],
    ['公用经费', 'out.basic.publicStd'],
    ['二、项目支出', 'out.project'],
    ['经常性项目', 'out.project.regular'],
    ['当年一次性项目', 'out.project.oneOff'],
    ['跨年一次性项目', 'out.project.multiYear'],
    ['三、项目支出不可预见费', 'out.contingency'],
    ['四、事业单位经营支出', 'out.operating'],
    ['五、对附属单位补助支出', 'out.subsidiary'],
    ['六、上缴上级支出', 'out.remitUpper'],
    ['支出总计', 'out.total'],
    ['本年支出合计：', 'out.yearTotal'],
    ['年末结转', 'out.carryForward'],
    ['（一）基本（保障）支出', 'out.basic'],
    ['1.一般公共预算资金', 'in.general'], // Shanghai's wording
  ])('%s → %s', (label, key) => expect(itemKeyOf(label, 'summary')).toBe(key));

  it('knows nothing of labels outside the vocabulary', () => {
    expect(itemKeyOf('一般公共预算支出', 'summary')).toBeUndefined();
    expect(itemKeyOf('项目', 'summary')).toBeUndefined();
  });
});

describe('itemKeyOf (“三公” table)', () => {
  it.each([
    ['合计', 'tp.total'],
    ['1. 因公出国（境）费用', 'tp.abroad'],
    ['因公出国（境）费', 'tp.abroad'],
    ['2. 公务接待费', 'tp.reception'],
    ['3. 公车购置及运行维护费', 'tp.vehicle'],
    ['公务用车购置及运行费', 'tp.vehicle'],
    ['其中：公务用车运行维护费', 'tp.vehicle.operation'],
    ['公务用车购置', 'tp.vehicle.purchase'],
    ['公务用车购置费', 'tp.vehicle.purchase'],
  ])('%s → %s', (label, key) => expect(itemKeyOf(label, 'threePublic')).toBe(key));

  it('does not mix the vocabularies', () => {
    expect(itemKeyOf('公务接待费', 'summary')).toBeUndefined();
    expect(itemKeyOf('一、一般公共预算拨款', 'threePublic')).toBeUndefined();
  });
});

describe('ItemLabeler', () => {
  it('places a bare 上级补助 under the numbered item it follows', () => {
    const l = new ItemLabeler('summary', 'income');
    expect(['一、一般公共预算拨款', '本级一般公共预算拨款', '上级补助', '二、政府性基金拨款', '上级补助'].map((x) => l.keyOf(x))).toEqual([
      'in.general', 'in.general.local', 'in.general.upper', 'in.fund', 'in.fund.upper',
    ]);
  });

  it('places 本级 likewise', () => {
    const l = new ItemLabeler('summary', 'income');
    expect(['二、政府性基金拨款', '本级'].map((x) => l.keyOf(x))).toEqual(['in.fund', 'in.fund.local']);
  });

  it('reads 总计 / 合计 by the block it stands in', () => {
    expect(new ItemLabeler('summary', 'income').keyOf('总计')).toBe('in.total');
    expect(new ItemLabeler('summary', 'expense').keyOf('总计')).toBe('out.total');
    expect(new ItemLabeler('summary', 'expense').keyOf('合计')).toBe('out.yearTotal');
  });

  it('follows the side in a stacked (auto) block', () => {
    const l = new ItemLabeler('summary', 'auto');
    expect(l.keyOf('一、一般公共预算拨款')).toBe('in.general');
    expect(l.side).toBe('income');
    expect(l.keyOf('一、基本支出')).toBe('out.basic');
    expect(l.side).toBe('expense');
    expect(l.keyOf('总计')).toBe('out.total');
  });

  it('turns the side at a 支出 heading in a stacked block, and only there', () => {
    const l = new ItemLabeler('summary', 'auto');
    l.section('支出');
    expect(l.keyOf('总计')).toBe('out.total');
    const fixed = new ItemLabeler('summary', 'income');
    fixed.section('支出');
    expect(fixed.keyOf('总计')).toBe('in.total');
  });
});
