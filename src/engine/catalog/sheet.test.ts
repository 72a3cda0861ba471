import type { SheetSnapshot, CellValue } from '../workbook';
import { lookup } from './catalog';
import { catalogFromSheet } from './load';

const sheet = (values: CellValue[][], name = '科目表'): SheetSnapshot => ({ name, values, merges: [] });
const codes = (s: SheetSnapshot) => [...catalogFromSheet(s, 'workbook').catalog.entries.values()].map((e) => `${e.system}:${e.code}:${e.name}`);

describe('catalogFromSheet: code | name layout', () => {
  it('finds the header below a title and reads codes of every system, as text or numbers', () => {
    const s = sheet([
      ['2022年政府收支分类科目', null],
      ['科目编码', '科目名称'],
      ['215', '资源勘探工业信息等支出'],
      [21505, '工业和信息产业监管'],
      ['215 05 17', '产业发展'],
      ['302.17', '公务接待费'],
      ['５０２', '机关商品和服务支出'],
      [null, null],
      ['399', '其他支出'],
    ]);
    const { catalog, findings } = catalogFromSheet(s, 'workbook');
    expect(findings).toEqual([]);
    expect(codes(s)).toEqual([
      'function:215:资源勘探工业信息等支出',
      'function:21505:工业和信息产业监管',
      'function:2150517:产业发展',
      'economicDept:30217:公务接待费',
      'economicGov:502:机关商品和服务支出',
      'economicDept:399:其他支出',
    ]);
    expect(lookup(catalog, 'function', '2150517')).toEqual({
      code: '2150517', name: '产业发展', system: 'function', level: 3, parent: '21505', source: 'workbook',
    });
    // 类 rows of function (215), dept (399) and gov (502) are present; 30217 alone would not count.
    expect(catalog.complete).toEqual({ function: true, economicDept: true, economicGov: true });
  });

  it('marks a system complete only when it holds one of its 类', () => {
    const { catalog } = catalogFromSheet(sheet([['编码', '名称'], ['21505', '工业和信息产业监管'], ['301', '工资福利支出']]), 'file');
    expect(catalog.complete).toEqual({ function: false, economicDept: true, economicGov: false });
    expect(catalog.source).toBe('file');
  });

  it('accepts English headers and a system column, and checks the system against the digits', () => {
    const s = sheet([
      ['system', 'code', 'name'],
      ['部门经济分类', '30101', '基本工资'],
      ['经济分类', '50101', '工资奖金津补贴'],
      ['功能分类', '30102', '津贴补贴'],
      ['收入分类', '101', '税收收入'],
    ]);
    const { catalog, findings } = catalogFromSheet(s, 'workbook');
    expect(codes(s)).toEqual(['economicDept:30101:基本工资', 'economicGov:50101:工资奖金津补贴']);
    expect(catalog.entries.size).toBe(2);
    expect(findings.map((f) => [f.code, f.address, f.params.reason])).toEqual([
      ['catalog-row-invalid', "'科目表'!A4", 'system-mismatch'],
      ['catalog-row-invalid', "'科目表'!A5", 'system-unknown'],
    ]);
    expect(findings[0].params).toMatchObject({ row: 4, code: '30102', name: '津贴补贴', system: '功能分类' });
  });

  it('reports bad rows at the cell at fault and keeps reading', () => {
    const s = sheet([
      ['科目代码', '科目名称'],
      ['2150501', '行政运行'],
      ['21505X', '工业和信息产业监管'],
      ['2150', '四位编码'],
      ['3010101', '七位经济科目'],
      [null, '没有编码'],
      ['2150502', null],
      ['2150501', '行政 运行'],
      ['2150501', '另一个名称'],
      [{ error: '#REF!' }, '错误值'],
    ]);
    const { catalog, findings } = catalogFromSheet(s, 'workbook');
    expect(codes(s)).toEqual(['function:2150501:行政运行']);
    expect(catalog.complete.function).toBe(false);
    expect(findings.map((f) => [f.address, f.params.reason, f.severity, f.ruleId])).toEqual([
      ["'科目表'!A3", 'code-format', 'warning', 'catalog'],
      ["'科目表'!A4", 'code-system', 'warning', 'catalog'],
      ["'科目表'!A5", 'code-system', 'warning', 'catalog'],
      ["'科目表'!A6", 'code-missing', 'warning', 'catalog'],
      ["'科目表'!B7", 'name-missing', 'warning', 'catalog'],
      // row 8 repeats 2150501 with the same name but for a space: no finding
      ["'科目表'!B9", 'duplicate', 'warning', 'catalog'],
      ["'科目表'!A10", 'code-format', 'warning', 'catalog'],
    ]);
    expect(findings[5].params).toMatchObject({ code: '2150501', name: '另一个名称', otherName: '行政运行' });
    expect(findings.every((f) => f.code === 'catalog-row-invalid' && f.cell && f.path[0] === '科目表')).toBe(true);
  });

  it('skips a header repeated after a page break', () => {
    const s = sheet([['科目编码', '科目名称'], ['201', '一般公共服务支出'], ['科目编码', '科目名称'], ['202', '外交支出']]);
    expect(catalogFromSheet(s, 'workbook').findings).toEqual([]);
    expect(codes(s)).toEqual(['function:201:一般公共服务支出', 'function:202:外交支出']);
  });

  it('reports a sheet without a recognisable header at A1 and loads nothing', () => {
    const { catalog, findings } = catalogFromSheet(sheet([['215', '资源勘探工业信息等支出']], '科目代码'), 'workbook');
    expect(catalog.entries.size).toBe(0);
    expect(catalog.complete).toEqual({ function: false, economicDept: false, economicGov: false });
    expect(findings).toEqual([
      expect.objectContaining({ code: 'catalog-header-missing', address: "'科目代码'!A1", path: ['科目代码'], params: { sheet: '科目代码', scannedRows: 20 } }),
    ]);
  });

  it('does not take a 单位编码 / 单位名称 header for a catalog', () => {
    const { findings } = catalogFromSheet(sheet([['单位编码', '单位名称'], ['209001', '本级']]), 'workbook');
    expect(findings.map((f) => f.code)).toEqual(['catalog-header-missing']);
  });
});

describe('catalogFromSheet: split 类 | 款 | 项 columns', () => {
  it('joins the parts, pads numbers to two digits, carries blank 类/款 down and skips a repeated header', () => {
    const s = sheet([
      ['类', '款', '项', '科目名称'],
      ['215', null, null, '资源勘探工业信息等支出'],
      ['215', '05', null, '工业和信息产业监管'],
      ['215', 5, 1, '行政运行'],
      [null, null, '17', '产业发展'],
      [null, '99', null, '其他资源勘探工业信息等支出'],
      ['类', '款', '项', '科目名称'],
      [null, null, '99', '其他资源勘探工业信息等支出'],
      ['221', null, null, '住房保障支出'],
      [null, '02', null, '住房改革支出'],
    ]);
    expect(catalogFromSheet(s, 'workbook').findings).toEqual([]);
    expect(codes(s).map((c) => c.split(':')[1])).toEqual(['215', '21505', '2150501', '2150517', '21599', '2159999', '221', '22102']);
  });

  it('reads 科目编码 merged over 类/款/项 with the name header in the row above', () => {
    const s: SheetSnapshot = {
      name: '科目表',
      values: [
        ['科目编码', null, null, '科目名称'],
        ['类', '款', '项', null],
        ['208', null, null, '社会保障和就业支出'],
        ['208', '05', '05', '机关事业单位基本养老保险缴费支出'],
        ['208', '05', null, '行政事业单位养老支出'],
      ],
      merges: [{ top: 0, left: 0, bottom: 0, right: 2 }, { top: 0, left: 3, bottom: 1, right: 3 }],
    };
    const { catalog, findings } = catalogFromSheet(s, 'file');
    expect(findings).toEqual([]);
    expect([...catalog.entries.keys()]).toEqual(['function:208', 'function:2080505', 'function:20805']);
    expect(lookup(catalog, 'function', '2080505')?.name).toBe('机关事业单位基本养老保险缴费支出');
  });

  it('takes a full code written in a split column as it is, and points bad parts at the deepest cell', () => {
    const s = sheet([
      ['类', '款', '项', '名称'],
      [null, null, '2150517', '产业发展'],
      [null, null, '18', '下一个项'],
      [null, '30217', null, '公务接待费'],
      ['215', '05', 'x1', '坏的项'],
    ]);
    const { catalog, findings } = catalogFromSheet(s, 'workbook');
    // A full code also sets the 类/款 that later rows leave blank: '18' under 2150517 is 2150518.
    expect([...catalog.entries.keys()]).toEqual(['function:2150517', 'function:2150518', 'economicDept:30217']);
    expect(findings.map((f) => [f.address, f.params.reason])).toEqual([["'科目表'!C5", 'code-format']]);
  });
});
