import { catalogKey, lookup, type Catalog } from './catalog';
import { builtinCatalog, mergeCatalogs } from './load';

describe('builtinCatalog', () => {
  const cat = builtinCatalog();

  it('is partial for function codes and complete for both economic catalogs', () => {
    expect(cat.source).toBe('builtin');
    expect(cat.complete).toEqual({ function: false, economicDept: true, economicGov: true });
  });

  it('derives level and parent from the code and marks every entry as built-in', () => {
    expect(lookup(cat, 'function', '2150517')).toEqual({
      code: '2150517', name: '产业发展', system: 'function', level: 3, parent: '21505', source: 'builtin',
    });
    expect(lookup(cat, 'function', '215')?.formerNames).toEqual(['资源勘探信息等支出']);
    expect(lookup(cat, 'economicGov', '50201')).toMatchObject({ name: '办公经费', level: 2, parent: '502' });
    expect(lookup(cat, 'economicDept', '50201')).toBeUndefined();
    expect([...cat.entries.values()].every((e) => e.source === 'builtin')).toBe(true);
    // 68 + 115 + 80 rows of the three CSVs
    expect(cat.entries.size).toBe(263);
  });

  it('holds every code the seed tables use', () => {
    const fn = ['215', '21505', '2150501', '2150502', '2150517', '221', '22102', '2210201', '2210202', '208', '20805', '2080505', '2080506', '20810', '2081099', '20899', '2089999', '210', '21011', '2101101', '2101103'];
    const econ = ['301', '30101', '30102', '30103', '30107', '30108', '30109', '30110', '30111', '30113', '30199', '302', '30201', '30202', '30207', '30211', '30213', '30215', '30217', '30226', '30227', '30228', '30229', '30239', '30299', '303', '30301', '30305', '30307', '30309', '30399', '310', '31002'];
    expect(fn.filter((c) => !lookup(cat, 'function', c))).toEqual([]);
    expect(econ.filter((c) => !lookup(cat, 'economicDept', c))).toEqual([]);
  });
});

describe('mergeCatalogs', () => {
  it('lets the user catalog replace the bundled entries of the systems it covers, and mark them complete', () => {
    const user: Catalog = {
      source: 'file',
      complete: { function: true, economicDept: false, economicGov: false },
      entries: new Map([[catalogKey('function', '215'), { code: '215', name: '新名称', system: 'function', level: 1, source: 'file' }]]),
    };
    const merged = mergeCatalogs(builtinCatalog(), user);
    expect(merged.source).toBe('file');
    expect(merged.complete).toEqual({ function: true, economicDept: true, economicGov: true });
    expect(lookup(merged, 'function', '215')?.name).toBe('新名称');
    // The official function catalog lacks 21505: the bundled (unofficial) copy no longer vouches for it.
    expect(lookup(merged, 'function', '21505')).toBeUndefined();
    // Systems the user catalog does not cover keep the bundled entries.
    expect(lookup(merged, 'economicDept', '30201')?.source).toBe('builtin');
  });
});
