import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { lookup } from '../engine/catalog/catalog';
import { writeGrids } from '../xlsx/write';
import { decodeText, loadCatalogFile } from './catalog-file';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'catalog-file-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const file = async (name: string, data: string | Uint8Array): Promise<string> => {
  const p = path.join(dir, name);
  await writeFile(p, data);
  return p;
};

describe('loadCatalogFile: csv', () => {
  it('reads a UTF-8 csv with quoted names into a file catalog', async () => {
    const p = await file('official.csv', '\ufeff科目编码,科目名称\n215,资源勘探工业信息等支出\n21505,工业和信息产业监管\n2150517,"产业发展"\n');
    const { catalog, findings } = await loadCatalogFile(p);
    expect(findings).toEqual([]);
    expect(catalog.source).toBe('file');
    expect(catalog.complete).toEqual({ function: true, economicDept: false, economicGov: false });
    expect(lookup(catalog, 'function', '2150517')).toMatchObject({ name: '产业发展', level: 3, parent: '21505', source: 'file' });
  });

  it('reads a csv saved by Excel in GB18030 and returns bad rows as findings', async () => {
    // "科目编码,科目名称\n301,工资福利支出\n30A01,坏\n" in GB18030: 科 BF C6, 目 C4 BF … built by hand below.
    const gb = Buffer.concat([
      Buffer.from([0xbf, 0xc6, 0xc4, 0xbf, 0xb1, 0xe0, 0xc2, 0xeb]), // 科目编码
      Buffer.from(','),
      Buffer.from([0xbf, 0xc6, 0xc4, 0xbf, 0xc3, 0xfb, 0xb3, 0xc6]), // 科目名称
      Buffer.from('\n301,'),
      Buffer.from([0xb9, 0xa4, 0xd7, 0xca]), // 工资
      Buffer.from('\n30A01,x\n'),
    ]);
    expect(decodeText(gb)).toBe('科目编码,科目名称\n301,工资\n30A01,x\n');
    const { catalog, findings } = await loadCatalogFile(await file('gbk.csv', gb));
    expect(lookup(catalog, 'economicDept', '301')?.name).toBe('工资');
    expect(findings.map((f) => [f.code, f.address, f.params.reason])).toEqual([['catalog-row-invalid', "'gbk.csv'!A3", 'code-format']]);
  });

  it('rejects, naming the file, when the file is missing, of another type, or yields no code', async () => {
    await expect(loadCatalogFile(path.join(dir, 'nope.csv'))).rejects.toThrow(/nope\.csv.*no such file/);
    await expect(loadCatalogFile(await file('cat.pdf', 'x'))).rejects.toThrow(/cat\.pdf.*unsupported file type "\.pdf"/);
    await expect(loadCatalogFile(await file('nohead.csv', '215,资源勘探工业信息等支出\n'))).rejects.toThrow(/nohead\.csv.*no header row/);
    await expect(loadCatalogFile(await file('allbad.csv', '编码,名称\nabc,x\n'))).rejects.toThrow(/allbad\.csv.*none of its 1 rows.*code-format/);
  });
});

describe('loadCatalogFile: xlsx', () => {
  it('prefers a sheet named 科目表 and reads numeric codes', async () => {
    const bytes = await writeGrids([
      { name: '说明', rows: [['本文件为 2022 年科目表']] },
      { name: '科目表', rows: [['类', '款', '项', '科目名称'], [301, null, null, '工资福利支出'], [301, 1, null, '基本工资']] },
    ]);
    const { catalog, findings } = await loadCatalogFile(await file('official.xlsx', bytes));
    expect(findings).toEqual([]);
    expect([...catalog.entries.keys()]).toEqual(['economicDept:301', 'economicDept:30101']);
    expect(catalog.complete.economicDept).toBe(true);
  });

  it('rejects a file that is not an xlsx, naming it', async () => {
    await expect(loadCatalogFile(await file('broken.xlsx', 'not a zip'))).rejects.toThrow(/broken\.xlsx/);
  });
});
