import { a1, address, addressAt, columnLetter, parseAddress } from './workbook';

describe('cell addresses', () => {
  it('writes rows 1-based and columns as letters, past Z and past the cached first 256 columns', () => {
    expect(a1(19, 2)).toBe('C20');
    expect(columnLetter(25)).toBe('Z');
    expect(columnLetter(26)).toBe('AA');
    // Column 256 is IW, beyond the built-once letters.
    expect(addressAt('表5', 0, 256)).toBe("'表5'!IW1");
  });

  it("quotes the sheet name as Excel does, doubling an apostrophe", () => {
    expect(address({ sheet: '表5 一般公共预算支出表', row: 6, col: 2 })).toBe("'表5 一般公共预算支出表'!C7");
    expect(addressAt("Bob's 表", 0, 0)).toBe("'Bob''s 表'!A1");
  });

  it('gives the same address for the same cell of different sheets with the same column', () => {
    // The quoted-sheet-and-column prefix is built once per sheet: two sheets must not share it.
    expect([addressAt('表3', 4, 2), addressAt('表5', 4, 2), addressAt('表3', 5, 2)]).toEqual(["'表3'!C5", "'表5'!C5", "'表3'!C6"]);
  });

  it('reads its own addresses back', () => {
    const cell = { sheet: "Bob's 表", row: 1234, col: 30 };
    expect(parseAddress(address(cell))).toEqual(cell);
  });
});
