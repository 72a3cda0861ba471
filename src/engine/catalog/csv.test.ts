import { csvToSheet, guessSeparator, parseCsv } from './csv';

describe('parseCsv', () => {
  it('splits plain rows and drops the final line break', () => {
    expect(parseCsv('code,name\n215,资源勘探工业信息等支出\n')).toEqual([
      ['code', 'name'],
      ['215', '资源勘探工业信息等支出'],
    ]);
  });

  it('keeps separators, line breaks and doubled quotes inside quoted fields', () => {
    const text = 'a,b,c\r\n"x, y","say ""hi""","two\nlines"\r\n';
    expect(parseCsv(text)).toEqual([
      ['a', 'b', 'c'],
      ['x, y', 'say "hi"', 'two\nlines'],
    ]);
  });

  it('keeps empty fields, including a trailing one', () => {
    expect(parseCsv('201,一般公共服务支出,类,,2022\n')).toEqual([['201', '一般公共服务支出', '类', '', '2022']]);
    expect(parseCsv('a,\n')).toEqual([['a', '']]);
  });

  it('drops a BOM and reads CR-only line ends', () => {
    expect(parseCsv('\ufeffa,b\rc,d')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  it('keeps an unterminated quote as the rest of the text instead of throwing', () => {
    expect(parseCsv('a,"bc\nd')).toEqual([['a', 'bc\nd']]);
  });

  it('guesses tab and semicolon separators only when the first line has no comma', () => {
    expect(guessSeparator('科目编码\t科目名称\n')).toBe('\t');
    expect(guessSeparator('code;name')).toBe(';');
    expect(guessSeparator('code,name;x')).toBe(',');
    expect(parseCsv('215\t资源勘探工业信息等支出')).toEqual([['215', '资源勘探工业信息等支出']]);
  });
});

describe('csvToSheet', () => {
  it('keeps codes as text and empty fields as null', () => {
    const sheet = csvToSheet('科目编码,科目名称\n2150501,行政运行\n21505,\n', 'cat.csv');
    expect(sheet).toEqual({
      name: 'cat.csv',
      values: [
        ['科目编码', '科目名称'],
        ['2150501', '行政运行'],
        ['21505', null],
      ],
      merges: [],
    });
  });
});
