import { a1, address, addressAt, columnLetter, columnOperands, operandAddresses, operandsInclude, parseAddress, parseRange, rangeAddress, rowOperands } from './workbook';

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

describe('operand ranges', () => {
  const rows = (...rs: number[]) => rs.map((row) => ({ row }));

  it('writes a run of consecutive rows of one column as one range, and breaks it at a gap', () => {
    // Rows 12–17 (C13:C18), then 20 alone, then 22–23: three references, in the parts' order.
    expect(columnOperands('表5', 2, rows(12, 13, 14, 15, 16, 17, 19, 21, 22))).toEqual(["'表5'!C13:C18", "'表5'!C20", "'表5'!C22:C23"]);
    // Out of sheet order nothing merges: the order of the parts is kept as given.
    expect(columnOperands('表5', 2, rows(13, 12))).toEqual(["'表5'!C14", "'表5'!C13"]);
    expect(columnOperands('表5', 2, [])).toEqual([]);
  });

  it('writes a run of consecutive columns of one row as one range', () => {
    // 基本 (D) + 项目 (G) + the four columns H–K after it.
    expect(rowOperands('表5', 5, [3, 6, 7, 8, 9, 10])).toEqual(["'表5'!D6", "'表5'!G6:K6"]);
  });

  it('merges any cells down a column or along a row, never across sheets or directions', () => {
    const cell = (sheet: string, row: number, col: number) => ({ sheet, row, col });
    expect(
      operandAddresses([
        cell('表5', 6, 2), cell('表5', 7, 2), // down: C7:C8
        cell('表5', 7, 3), cell('表5', 7, 4), // then along row 8: D8:E8 (not joined to the run above)
        cell('表3', 7, 5), // another sheet, next column: its own reference
        cell('表3', 7, 5), // the same cell twice stays twice
      ]),
    ).toEqual(["'表5'!C7:C8", "'表5'!D8:E8", "'表3'!F8", "'表3'!F8"]);
  });

  it('reads ranges and cells back, with corners in either order', () => {
    expect(parseRange("'Bob''s 表'!C13:C18")).toEqual({ sheet: "Bob's 表", top: 12, left: 2, bottom: 17, right: 2 });
    expect(parseRange('表5!$E$6:D4')).toEqual({ sheet: '表5', top: 3, left: 3, bottom: 5, right: 4 });
    expect(parseRange('C7', '表6')).toEqual({ sheet: '表6', top: 6, left: 2, bottom: 6, right: 2 });
    expect(parseRange('not an address')).toBeUndefined();
    // A cell reference is one cell: a range is not.
    expect(parseAddress("'表5'!C13:C18")).toBeUndefined();
    expect(parseAddress("'表5'!C13:C13")).toEqual({ sheet: '表5', row: 12, col: 2 });
  });

  it('writes a range the way it reads it', () => {
    const r = { sheet: '表5 一般公共预算支出表', top: 12, left: 2, bottom: 17, right: 3 };
    expect(rangeAddress(r)).toBe("'表5 一般公共预算支出表'!C13:D18");
    expect(parseRange(rangeAddress(r))).toEqual(r);
    expect(rangeAddress({ ...r, bottom: 12, right: 2 })).toBe("'表5 一般公共预算支出表'!C13");
  });

  it('tells whether operands take in a cell', () => {
    const operands = ["'表5'!C13:C18", "'表3'!D6"];
    expect(operandsInclude(operands, { sheet: '表5', row: 17, col: 2 })).toBe(true);
    expect(operandsInclude(operands, { sheet: '表5', row: 18, col: 2 })).toBe(false);
    expect(operandsInclude(operands, { sheet: '表3', row: 12, col: 2 })).toBe(false);
    expect(operandsInclude(operands, { sheet: '表3', row: 5, col: 3 })).toBe(true);
    expect(operandsInclude(undefined, { sheet: '表3', row: 5, col: 3 })).toBe(false);
  });
});
