import { catalogKey, type Catalog, type CatalogEntry } from '../catalog/catalog';
import { runCodeRule, summary } from '../catalog/__fixtures__/code-rule';
import { builtinCatalog, mergeCatalogs } from '../catalog/load';
import { codeTable } from '../tables/build';
import { codeInCatalog } from './code-in-catalog';
import { seedBasic, seedExpenditure, seedGeneral } from './__fixtures__/seed-tables';

const table = (kind: 'general' | 'expenditure' | 'basic', rows: [string, string][], codeSystem?: 'economicGov') =>
  codeTable({ kind, codeSystem, columns: ['total'], rows: rows.map(([c, n]) => [c, n, 1]) });

function officialCatalog(entries: Omit<CatalogEntry, 'source' | 'level'>[], complete: Partial<Catalog['complete']> = {}): Catalog {
  return {
    source: 'file',
    complete: { function: false, economicDept: false, economicGov: false, ...complete },
    entries: new Map(entries.map((e) => [catalogKey(e.system, e.code), { ...e, level: 1, source: 'file' as const }])),
  };
}

describe('code-in-catalog', () => {
  it('finds every seed code, with its catalog name, in the built-in catalog', () => {
    const r = runCodeRule(codeInCatalog, { expenditure: seedExpenditure(), general: seedGeneral(), basic: seedBasic() });
    expect(summary(r)).toEqual([]);
    expect(r.coverage).toEqual([{ ruleId: 'code-in-catalog', status: 'ran' }]);
  });

  it('only notes a function code the partial built-in catalog lacks, once per code, and records partial coverage', () => {
    const rows: [string, string][] = [['213', '农林水支出'], ['21301', '农业农村'], ['2130101', '行政运行']];
    const r = runCodeRule(codeInCatalog, { expenditure: table('expenditure', rows), general: table('general', rows) });
    // 213 is in the built-in list; 21301 and 2130101 are not (表3 rows 2 and 3 → A7, A8). 表5 repeats them: no second note.
    expect(summary(r)).toEqual([
      ['code-not-verified', '表3/21301', "'表3'!A7"],
      ['code-not-verified', '表3/2130101', "'表3'!A8"],
    ]);
    expect(r.findings.every((f) => f.severity === 'info')).toBe(true);
    expect(r.findings[0].params).toEqual({ code: '21301', name: '农业农村', system: 'function' });
    expect(r.coverage).toEqual([{ ruleId: 'code-in-catalog', status: 'partial', reason: 'catalog-partial', params: { system: 'function', unverified: 2 } }]);
  });

  it('reports an unknown code as an error once the catalog of its system is complete', () => {
    const official = officialCatalog([{ code: '213', name: '农林水支出', system: 'function' }], { function: true });
    const r = runCodeRule(codeInCatalog, { expenditure: table('expenditure', [['213', '农林水支出'], ['21301', '农业农村']]) }, mergeCatalogs(builtinCatalog(), official));
    expect(summary(r)).toEqual([['code-unknown', '表3/21301', "'表3'!A7"]]);
    expect(r.findings[0]).toMatchObject({ severity: 'error', params: { code: '21301', name: '农业农村', system: 'function' } });
    expect(r.coverage).toEqual([{ ruleId: 'code-in-catalog', status: 'ran' }]);
  });

  it('treats the built-in economic catalogs as complete: an unknown 30xxx code is an error', () => {
    const r = runCodeRule(codeInCatalog, { basic: table('basic', [['302', '商品和服务支出'], ['30230', '不存在的款']]) });
    expect(summary(r)).toEqual([['code-unknown', '表6/30230', "'表6'!A7"]]);
    expect(r.findings[0].params).toMatchObject({ system: 'economicDept' });
  });

  it('looks 表6 codes up in the government economic catalog when the table uses it', () => {
    const r = runCodeRule(codeInCatalog, { basic: table('basic', [['502', '机关商品和服务支出'], ['50201', '办公经费'], ['50298', '无此款']], 'economicGov') });
    expect(summary(r)).toEqual([['code-unknown', '表6/50298', "'表6'!A8"]]);
  });

  it('warns at the name cell when a name differs from the built-in one, after normalising brackets and spaces', () => {
    const r = runCodeRule(codeInCatalog, {
      basic: table('basic', [['302', '商品和服务支出'], ['30213', '维修 (护) 费'], ['30217', '接待费']]),
    });
    expect(summary(r)).toEqual([['code-name-mismatch', '表6/30217', "'表6'!B8"]]);
    expect(r.findings[0]).toMatchObject({
      severity: 'warning',
      cell: { sheet: '表6', row: 7, col: 1 },
      params: { code: '30217', name: '接待费', catalogName: '公务接待费', catalog: 'builtin' },
    });
    expect(r.findings[0].params.formerName).toBeUndefined();
  });

  it('only notes (info) a former name against the built-in catalog', () => {
    const r = runCodeRule(codeInCatalog, { expenditure: table('expenditure', [['215', '资源勘探信息等支出']]) });
    expect(r.findings).toEqual([
      expect.objectContaining({
        code: 'code-name-mismatch',
        severity: 'info',
        params: { code: '215', name: '资源勘探信息等支出', catalogName: '资源勘探工业信息等支出', catalog: 'builtin', formerName: '资源勘探信息等支出' },
      }),
    ]);
  });

  it('keeps a warning for a former name against the user\'s official catalog, the authority for the year', () => {
    const official = officialCatalog([{ code: '215', name: '资源勘探工业信息等支出', system: 'function', formerNames: ['资源勘探信息等支出'] }], { function: true });
    const r = runCodeRule(codeInCatalog, { expenditure: table('expenditure', [['215', '资源勘探信息等支出']]) }, official);
    expect(r.findings.map((f) => [f.code, f.severity, f.params.catalog])).toEqual([['code-name-mismatch', 'warning', 'file']]);
  });

  it('warns against the official name where the user catalog renames a built-in entry', () => {
    const official = officialCatalog([{ code: '2150517', name: '产业发展支出', system: 'function' }]);
    const r = runCodeRule(codeInCatalog, { expenditure: table('expenditure', [['2150517', '产业发展']]) }, mergeCatalogs(builtinCatalog(), official));
    expect(r.findings.map((f) => [f.code, f.severity, f.params.catalogName])).toEqual([['code-name-mismatch', 'warning', '产业发展支出']]);
  });

  it('leaves malformed codes to code-format and unit rows alone', () => {
    const t = codeTable({ kind: 'general', columns: ['total'], unitCodes: ['209'], rows: [['209', '咸宁市经济和信息化局', 1], ['21505X', '坏编码', 1], ['30217', '公务接待费', 1]] });
    expect(summary(runCodeRule(codeInCatalog, { general: t }))).toEqual([]);
  });

  it('reports row by row in table order when some names differ, and only the rows written with a wrong name', () => {
    const r = runCodeRule(codeInCatalog, {
      expenditure: table('expenditure', [
        ['213', '农林水支出'], // A6: in the built-in list, name right
        ['21301', '农业农村'], // A7: not in the built-in list → note
        ['2150501', '一般行政'], // B8: built-in name is 行政运行 → warning
        ['2150501', '行政运行'], // B9: right name, same code: nothing
        ['21302', '林业和草原'], // A10: not in the list → note
        ['2150501', '一般行政'], // B11: the wrong name again → warning again
        ['21301', '农业农村'], // A12: noted once already
      ]),
    });
    expect(summary(r)).toEqual([
      ['code-not-verified', '表3/21301', "'表3'!A7"],
      ['code-name-mismatch', '表3/2150501', "'表3'!B8"],
      ['code-not-verified', '表3/21302', "'表3'!A10"],
      ['code-name-mismatch', '表3/2150501', "'表3'!B11"],
    ]);
  });
});
