import type { CellValue } from '../workbook';
import { sheet } from './__fixtures__/seed-sheets';
import { identifySheet, tableKindOfTitle } from './identify';
import { norm } from './text';

const titled = (name: string, ...top: CellValue[][]) => sheet(name, [...top, ['208', '社会保障和就业支出', 1]]);

describe('tableKindOfTitle', () => {
  it.each([
    ['表1', undefined],
    ['表 1：部门收支总表', 'summary'],
    ['1部门收支总表', 'summary'],
    ['部门收支总表（按…）', 'summary'],
    ['部门收支预算总表', 'summary'],
    ['部门财务收支预算总表', 'summary'],
    ['部门收入总表', 'income'],
    ['部门支出总表（按功能科目到项级）', 'expenditure'],
    // 财政拨款收支总表 contains 收支总表: the more specific title wins.
    ['财政拨款收支总表', 'fiscal'],
    ['部门财政拨款收支预算总表', 'fiscal'],
    ['一般公共预算支出表（按功能科目到项级）', 'general'],
    // 一般公共预算基本支出表 contains 一般公共预算…支出.
    ['一般公共预算基本支出表（按经济科目到款级）', 'basic'],
    ['部门一般公共预算基本支出部门预算经济分类预算表', 'basic'],
    ['表8 一般公共预算“三公”经费支出表', 'threePublic'],
    ['政府性基金预算支出表', 'fund'],
    ['国有资本经营预算支出表', 'stateCapital'],
  ])('%s → %s', (title, kind) => expect(tableKindOfTitle(norm(title))).toBe(kind));
});

describe('identifySheet', () => {
  it('identifies by the title in the first rows, whatever the sheet is called', () => {
    const id = identifySheet(titled('Sheet3', [null], ['一般公共预算支出表（按功能科目到项级）']));
    expect(id).toMatchObject({ role: 'table', kind: 'general', by: 'title', titleCell: { sheet: 'Sheet3', row: 1, col: 0 } });
  });

  it('lets the title overrule the number in the name (Shanghai: 表8 is “三公”)', () => {
    const id = identifySheet(titled('表8', ['表8 一般公共预算“三公”经费支出表'], ['单位：万元']));
    expect(id).toMatchObject({ role: 'table', kind: 'threePublic', by: 'title' });
  });

  it('uses the words of the sheet name when no title is printed', () => {
    expect(identifySheet(titled('1部门收支总表'))).toMatchObject({ kind: 'summary', by: 'name' });
    expect(identifySheet(titled('表 4：财政拨款收支总表'))).toMatchObject({ kind: 'fiscal', by: 'name' });
  });

  it('falls back to the standard number when there are no words at all', () => {
    expect(identifySheet(titled('表3'))).toMatchObject({ role: 'table', kind: 'expenditure', by: 'number' });
    expect(identifySheet(titled('Sheet1', ['表 6']))).toMatchObject({ kind: 'basic', by: 'number' });
  });

  it('classifies the other parts of a disclosure by sheet name', () => {
    expect(identifySheet(titled('第四部分 编制说明')).role).toBe('narrative');
    expect(identifySheet(titled('情况说明')).role).toBe('narrative');
    expect(identifySheet(titled('第二部分 主要工作任务')).role).toBe('tasks');
    expect(identifySheet(titled('工作任务')).role).toBe('tasks');
    expect(identifySheet(titled('绩效目标')).role).toBe('targets');
    expect(identifySheet(titled('项目绩效目标表')).role).toBe('targets');
    expect(identifySheet(titled('科目代码')).role).toBe('catalog');
    expect(identifySheet(titled('功能科目表')).role).toBe('catalog');
  });

  it('keeps a narrative sheet narrative even when a sentence names a table kind', () => {
    const s = sheet('编制说明', [['第四部分 2021 年部门预算编制情况及说明'], ['咸宁市经信局 2022 年政府性基金预算支出为 0。']]);
    expect(identifySheet(s).role).toBe('narrative');
    // Without the telling name, the sentence (no 表, not the opening line) still does not make it 表8.
    expect(identifySheet({ ...s, name: 'Sheet9' }).role).toBe('narrative');
  });

  it('reads a 项目绩效目标表 heading as targets, not as a table', () => {
    const s = sheet('Sheet2', [['(一) 咸宁市市级制造业高质量发展专项资金项目'], ['项目绩效目标表 (2022 年度目标)']]);
    expect(identifySheet(s)).toEqual({ role: 'targets' });
  });

  it('does not take a contents page for the first table it lists', () => {
    const contents = sheet('Sheet1', [['咸宁市经信局 2022 年部门预算公开'], ['一、部门收支总表'], ['二、部门收入总表'], ['三、部门支出总表（按功能科目到项级）']]);
    expect(identifySheet(contents)).toEqual({ role: 'other' });
    expect(identifySheet(titled('目录', ['一、部门收支总表']))).toEqual({ role: 'other' });
    // …while a table titled twice (表 1：… and the title line) is still that table.
    expect(identifySheet(titled('Sheet2', ['表 1：部门收支总表'], ['部门收支预算总表']))).toMatchObject({ kind: 'summary', titleCell: { row: 0 } });
  });

  it('gives an empty sheet the role other', () => {
    expect(identifySheet(sheet('表5', []))).toEqual({ role: 'other' });
    expect(identifySheet(sheet('表5', [[null, ''], []]))).toEqual({ role: 'other' });
  });
});
