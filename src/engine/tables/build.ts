// Builds Table values directly, for tests and generators: no sheet, no reader.
import { toFen, type Unit } from '../money';
import { AmountGrid } from './amounts';
import { RowPlace, SheetCodeRow } from './code-row';
import { Amount } from './model';
import type { CodeRow, CodeSystem, Column, ColumnKey, Item, Table, TableKind } from './model';
import { TABLE_NUMBER } from './model';

export interface CodeTableSpec {
  kind: TableKind;
  sheet?: string;
  unit?: Unit;
  codeSystem?: CodeSystem;
  columns: ColumnKey[];
  /** [code or '' for 合计, name, ...values in the columns' order]; null/undefined = blank cell. Rows start at sheet row 5. */
  rows: [string, string, ...(number | null | undefined)[]][];
  /** Codes to treat as unit rows (单位编码). */
  unitCodes?: string[];
  notes?: string[];
}

const FIRST_DATA_ROW = 5;

export function amount(value: number | null | undefined, unit: Unit, sheet: string, row: number, col: number): Amount {
  return new Amount(value == null ? 0 : toFen(value, unit), value == null, sheet, row, col);
}

export function codeTable(spec: CodeTableSpec): Table {
  const sheet = spec.sheet ?? TABLE_NUMBER[spec.kind];
  const unit = spec.unit ?? '万元';
  const columns: Column[] = spec.columns.map((key, c) => ({ key, header: key, col: c + 2 }));
  const amounts = new AmountGrid(sheet, columns, spec.rows.length);
  const place = new RowPlace(amounts, 0, 1);
  const rows: CodeRow[] = spec.rows.map(([code, name, ...values], i) => {
    const row = FIRST_DATA_ROW + i;
    const isTotal = code === '' && /合计|总计/.test(name);
    const isUnit = spec.unitCodes?.includes(code) ?? false;
    columns.forEach((column, c) => {
      const a = amount(values[c], unit, sheet, row, column.col);
      if (amounts.columnSlot(c) === c) amounts.set(c, i, a.fen, a.blank);
    });
    const level = !isUnit && code ? (({ 3: 1, 5: 2, 7: 3 } as const)[code.length as 3 | 5 | 7] ?? undefined) : undefined;
    return new SheetCodeRow(isTotal ? 'total' : isUnit ? 'unit' : code ? 'code' : 'other', code || undefined, name, level, row, i, place, undefined);
  });
  return {
    kind: spec.kind,
    sheet,
    title: TABLE_NUMBER[spec.kind],
    unit,
    codeSystem: spec.codeSystem ?? (spec.kind === 'basic' ? 'economicDept' : 'function'),
    columns,
    rows,
    amounts,
    items: [],
    notes: (spec.notes ?? []).map((text, i) => ({ text, cell: { sheet, row: FIRST_DATA_ROW + rows.length + 1 + i, col: 0 } })),
    headerRows: [3, 4],
  };
}

export interface ItemTableSpec {
  kind: TableKind;
  sheet?: string;
  unit?: Unit;
  /** [item key or '' for an unrecognised label, label, value, block]. */
  items: [string, string, number | null | undefined, Item['block']?][];
  notes?: string[];
}

export function itemTable(spec: ItemTableSpec): Table {
  const sheet = spec.sheet ?? TABLE_NUMBER[spec.kind];
  const unit = spec.unit ?? '万元';
  let inRow = FIRST_DATA_ROW;
  let outRow = FIRST_DATA_ROW;
  const items: Item[] = spec.items.map(([key, label, value, blockArg]) => {
    const block = blockArg ?? (key.startsWith('out.') ? 'expense' : key.startsWith('in.') ? 'income' : 'single');
    const row = block === 'expense' ? outRow++ : inRow++;
    const col = block === 'expense' ? 2 : 0;
    return { key: key || undefined, label, block, labelCell: { sheet, row, col }, amount: amount(value, unit, sheet, row, col + 1) };
  });
  return {
    kind: spec.kind,
    sheet,
    title: TABLE_NUMBER[spec.kind],
    unit,
    columns: [],
    rows: [],
    amounts: new AmountGrid(sheet, [], 0),
    items,
    notes: (spec.notes ?? []).map((text, i) => ({ text, cell: { sheet, row: Math.max(inRow, outRow) + 1 + i, col: 0 } })),
    headerRows: [3, 4],
  };
}
