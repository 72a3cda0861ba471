import type { Finding } from '../findings';
import { grid, m, sheet } from './__fixtures__/seed-sheets';
import { identifySheet } from './identify';
import { readItemTable } from './item-rows';
import { tableReporter } from './report';
import { threePublicRow } from './three-public-row';

// The one-row 表7: items as columns, 公务用车购置及运行费 split into 小计 | 购置费 | 运行费.
const rowSheet = () =>
  sheet('表7', grid(`
一般公共预算“三公”经费支出表
					单位：万元
合计	因公出国（境）费	公务接待费	公务用车购置及运行费
			小计	购置费	运行费
8.20		4.20	4.00		4.00
注：本单位无因公出国（境）计划`, 0), [m(2, 0, 3, 0), m(2, 1, 3, 1), m(2, 2, 3, 2), m(2, 3, 2, 5)]);

describe('threePublicRow', () => {
  it('reads the items from the header columns, amounts from the row below', () => {
    const findings: Finding[] = [];
    const read = threePublicRow(rowSheet(), 2, 4, '万元', tableReporter('threePublic', '表7', findings))!;
    expect(read.items.map((i) => [i.key, i.amount?.fen, i.amount?.blank])).toEqual([
      ['tp.total', 8200000, false],
      ['tp.abroad', 0, true],
      ['tp.reception', 4200000, false],
      ['tp.vehicle', 4000000, false],
      ['tp.vehicle.purchase', 0, true],
      ['tp.vehicle.operation', 4000000, false],
    ]);
    // Labels point at the header cells (the merged area's top-left), amounts at the value cells.
    expect(read.items[3].labelCell).toEqual({ sheet: '表7', row: 3, col: 3 });
    expect(read.items[0].labelCell).toEqual({ sheet: '表7', row: 2, col: 0 });
    expect(read.items[3].amount?.cell).toEqual({ sheet: '表7', row: 4, col: 3 });
    expect(read.notes.map((n) => n.text)).toEqual(['注：本单位无因公出国（境）计划']);
    expect(read.headerRows).toEqual([2, 3]);
    expect(findings).toEqual([]);
  });

  it('declines a vertical layout', () => {
    const s = sheet('表7', grid(`
项目	预算数
合计	8.20`, 1));
    expect(threePublicRow(s, 0, 1, '万元', () => undefined)).toBeUndefined();
  });

  it('is what readItemTable uses for such a sheet', () => {
    const s = rowSheet();
    const findings: Finding[] = [];
    const table = readItemTable(s, 'threePublic', identifySheet(s), tableReporter('threePublic', '表7', findings));
    expect(table.items.find((i) => i.key === 'tp.reception')?.amount?.fen).toBe(4200000);
    expect(table.items.every((i) => i.block === 'single')).toBe(true);
    expect(table.unitCell).toEqual({ sheet: '表7', row: 1, col: 5 });
  });
});
