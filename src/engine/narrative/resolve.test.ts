import { codeTable, itemTable } from '../tables/build';
import { seedTables } from './__fixtures__/seed';
import { resolveConcept } from './resolve';

describe('resolveConcept', () => {
  const tables = seedTables();

  it('reads 表1 items in 分 with their cell', () => {
    const r = resolveConcept('income.total', tables);
    expect(r).toMatchObject({ status: 'found', fact: { fen: 6_136_960_000, table: 'summary', unit: '万元', relation: '=' } });
  });

  it('adds 表6 302 and 310 for 机关运行经费, which may only be smaller', () => {
    // 189.41 + 5.00 = 194.41 万元 = 194,410,000 分
    const r = resolveConcept('orc.total', tables);
    expect(r).toMatchObject({ status: 'found', fact: { fen: 194_410_000, relation: '<=' } });
    if (r.status === 'found') expect(r.fact.cells).toHaveLength(2);
  });

  it('finds a 机关运行经费 item by its 表6 name even under another code', () => {
    const basic = codeTable({ kind: 'basic', columns: ['total'], rows: [['302', '商品和服务支出', 20], ['30298', '其他商品和服务支出', 20]] });
    expect(resolveConcept('orc:30299', { basic })).toMatchObject({ status: 'found', fact: { fen: 20_000_000 } });
    expect(resolveConcept('orc.row:办公设备购置费', tables)).toMatchObject({ status: 'found', fact: { fen: 5_000_000 } });
    expect(resolveConcept('orc.row:宣传费', tables)).toEqual({ status: 'not-found', tables: ['basic'] });
  });

  it('takes 表8 total from the department row when there is no 合计 row', () => {
    expect(resolveConcept('fund.total', tables)).toMatchObject({ status: 'found', fact: { fen: 0, table: 'fund' } });
  });

  it('falls back to the next fact, and says when tables are missing or a concept has none', () => {
    const fiscal = itemTable({ kind: 'fiscal', items: [['in.general', '一般公共预算拨款', 5353.9]] });
    expect(resolveConcept('in.general', { fiscal })).toMatchObject({ status: 'found', fact: { table: 'fiscal' } });
    expect(resolveConcept('tp.total', {})).toEqual({ status: 'table-missing', tables: ['threePublic'] });
    expect(resolveConcept('proc.total', tables)).toEqual({ status: 'no-table-fact' });
  });
});
