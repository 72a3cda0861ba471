import { CONCEPTS, conceptDef, matchSubject, normalizeName, PHRASES, rowNameKey } from './lexicon';

const concept = (subject: string, section?: Parameters<typeof matchSubject>[1]) => matchSubject(subject, section)?.concept;

describe('lexicon data', () => {
  it('names only concepts it defines', () => {
    for (const p of PHRASES) expect(CONCEPTS[p.concept]).toBeDefined();
  });

  it('maps each 机关运行经费 item to a 表6 row by name, with its usual code as fallback', () => {
    expect(CONCEPTS['orc:30299'].facts).toEqual([{ kind: 'rowByName', table: 'basic', name: '其他商品和服务支出', code: '30299', under: ['302', '310'], column: 'total' }]);
    expect(conceptDef('orc.row:宣传费')?.facts[0]).toMatchObject({ kind: 'rowByName', name: '宣传费' });
    expect(conceptDef('no.such')).toBeUndefined();
  });
});

describe('matchSubject', () => {
  it('finds the subject at the end of the words before a number, after filler words', () => {
    expect(concept('2022 年市经信局部门收入预算总额为')).toBe('income.total');
    expect(concept('市经信局部门支出预算总额为')).toBe('expense.total');
    expect(concept('预算收入总规模')).toBe('income.total');
    expect(concept('一般公共预算财政拨款收入')).toBe('in.general');
    expect(concept('咸宁市经信局 2022 年机关运行经费预算')).toBe('orc.total');
    expect(concept('“三公”经费预算')).toBe('tp.total');
    expect(concept('政府性基金预算支出为')).toBe('fund.total');
    expect(concept('本单位保有车辆共有')).toBe('vehicles.total');
  });

  it('prefers the longest phrase: 政府采购预算总额 is not 预算总额', () => {
    expect(concept('我单位政府采购预算总额')).toBe('proc.total');
    expect(concept('部门预算总额')).toBe('budget.total');
  });

  it('does not take a phrase that only ends a longer, different subject', () => {
    // 技改项目支出 is one project's spending, not the department's 项目支出.
    expect(concept('技改项目支出')).toBeUndefined();
    expect(concept('咸宁市经信局项目支出')).toBe('out.project');
    expect(concept('市级公共预算财政拨款')).toBeUndefined();
  });

  it('resolves 公务接待费 by section: 表6 30217 in 二、, 表7 in 三、, nothing elsewhere', () => {
    expect(concept('公务接待费', 'orc')).toBe('orc:30217');
    expect(concept('公务接待费', 'threePublic')).toBe('tp.reception');
    expect(concept('公务接待费', 'budget')).toBeUndefined();
    expect(concept('公务接待费', undefined)).toBeUndefined();
  });

  it('reads bracket and spelling variants of 表6 names', () => {
    expect(concept('维修(护)费', 'orc')).toBe('orc:30213');
    expect(concept('办公设备购置费', 'orc')).toBe('orc:31002');
    expect(concept('邮电费', 'orc')).toBe('orc:30207'); // not 电费
  });
});

describe('names', () => {
  it('ignore spaces, quotes and bracket width', () => {
    expect(normalizeName('“三公” 经费')).toBe('三公经费');
    expect(normalizeName('维修（护）费')).toBe(normalizeName('维修(护)费'));
  });

  it('treat a trailing 费/费用 as the same row', () => {
    expect(rowNameKey('办公设备购置费')).toBe(rowNameKey('办公设备购置'));
    expect(rowNameKey('其他交通费用')).toBe(rowNameKey('其他交通费'));
  });
});
