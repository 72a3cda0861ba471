// The committed builtin-data.ts must be what scripts/gen-catalog.ts makes of the CSVs today.
import { readFileSync } from 'node:fs';
import { OUTPUT_FILE, readCatalogCsv, readCsvFiles, renderBuiltinData } from '../../../scripts/gen-catalog';
import { BUILTIN_ROWS } from './builtin-data';

describe('builtin-data.ts', () => {
  it('is up to date with data/*.csv (re-run scripts/gen-catalog.ts if this fails)', () => {
    expect(readFileSync(OUTPUT_FILE, 'utf8')).toBe(renderBuiltinData(readCsvFiles()));
  });

  it('holds every CSV row: 68 function, 115 department-economic and 80 government-economic codes (docs/catalog-sources.md)', () => {
    expect([BUILTIN_ROWS.function.length, BUILTIN_ROWS.economicDept.length, BUILTIN_ROWS.economicGov.length]).toEqual([68, 115, 80]);
    expect(BUILTIN_ROWS.function.find((r) => r[0] === '215')).toEqual(['215', '资源勘探工业信息等支出', ['资源勘探信息等支出']]);
    expect(BUILTIN_ROWS.economicDept.find((r) => r[0] === '30213')).toEqual(['30213', '维修（护）费']);
  });
});

describe('readCatalogCsv', () => {
  const header = 'code,name,level,parent,editions,basis,former_names,note\n';

  it('reads quoted fields and splits several former names', () => {
    const text = header + '207,"文化旅游体育与传媒支出",类,,2022,corroborated,"文化体育与传媒支出;文化, 体育与传媒支出","a note, with a comma"\n';
    expect(readCatalogCsv('function', text)).toEqual({
      rows: [{ code: '207', name: '文化旅游体育与传媒支出', formerNames: ['文化体育与传媒支出', '文化, 体育与传媒支出'] }],
      editions: ['2022'],
    });
  });

  it('stops on a code of another system, a duplicate or a missing name, naming the line', () => {
    expect(() => readCatalogCsv('function', header + '301,工资福利支出,类,,2022,,,\n')).toThrow(/line 2: code 301 does not belong to function/);
    expect(() => readCatalogCsv('function', header + '201,一般公共服务支出,类,,2022,,,\n201,x,类,,2022,,,\n')).toThrow(/line 3: duplicate code 201/);
    expect(() => readCatalogCsv('function', header + '201,,类,,2022,,,\n')).toThrow(/line 2: name/);
  });

  it('renders names safely as TypeScript strings', () => {
    const csv = { function: header + "201,it's \\ odd,类,,2022,,,\n", economicDept: header, economicGov: header };
    expect(renderBuiltinData(csv)).toContain("['201', 'it\\'s \\\\ odd'],");
  });
});
