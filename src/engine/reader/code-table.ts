// A code table sheet (表2, 3, 5, 6, 8, 9) → Table: layout, columns (or the assumed standard ones), rows.
import type { CodeSystem, Column, Table, TableKind } from '../tables/model';
import type { SheetSnapshot } from '../workbook';
import { assumeColumns, dataColumns, mapHeaderColumns, type ColumnLayout } from './columns';
import { readCodeRows } from './code-rows';
import { lastFilled, rowAt } from './grid';
import type { Identification } from './identify';
import { codeLayout, type Layout } from './layout';
import { noteOfRow } from './notes';
import { reportUnit, type ReaderReport } from './report';
import { isBlankValue } from './text';

export function readCodeTable(sheet: SheetSnapshot, kind: TableKind, id: Identification, report: ReaderReport): Table {
  const layout = codeLayout(sheet, id.titleCell?.row);
  reportUnit(sheet.name, layout.unit, id.titleCell, report);
  const columns = resolveColumns(sheet, kind, layout, report);
  const { rows, amounts, notes } = readCodeRows(sheet, columns, layout.dataStart, layout.unit.unit, report);
  const first = layout.headerRows[0] ?? layout.numberRow;
  const last = layout.numberRow ?? layout.headerRows[layout.headerRows.length - 1];
  return {
    kind,
    sheet: sheet.name,
    title: id.title ?? sheet.name,
    titleCell: id.titleCell,
    unit: layout.unit.unit,
    unitCell: layout.unit.unknown ? undefined : layout.unit.cell,
    codeSystem: codeSystemOf(kind, rows),
    columns: columns.columns,
    rows,
    amounts,
    items: [],
    notes: [...layout.notes, ...notes],
    headerRows: first !== undefined && last !== undefined ? [first, last] : undefined,
  };
}

/** Columns from the headers; when they name no value column, the standard layout of the kind if it fits. */
function resolveColumns(sheet: SheetSnapshot, kind: TableKind, layout: Layout, report: ReaderReport): ColumnLayout {
  const cols = mapHeaderColumns(sheet, layout.headerRows);
  if (cols.nameCol < 0 || cols.codeCols.length === 0) {
    const fromData = dataColumns(sheet, layout.dataStart);
    if (cols.nameCol < 0) cols.nameCol = fromData.nameCol;
    if (cols.codeCols.length === 0) cols.codeCols = fromData.codeCols.filter((c) => c < cols.nameCol);
  }
  const numbered = layout.numberRow !== undefined ? numberedColumns(rowAt(sheet, layout.numberRow), cols.nameCol) : [];
  const at = { sheet: sheet.name, row: layout.headerRows[0] ?? layout.numberRow ?? layout.dataStart, col: Math.max(cols.nameCol, 0) };
  // A header mostly unreadable (a PDF copy breaks words across lines) over a numbered standard width is
  // better read as the standard layout than by its few legible words.
  const garbled = cols.columns.length > 0 && cols.unknown.length > cols.columns.length && numbered.length > 0;
  const standard = garbled ? assumeColumns(kind, numbered, true) : undefined;
  if (standard) {
    cols.columns = standard;
    report('header-assumed', 'info', at, ['columns'], { columns: standard.map((c) => c.key), count: standard.length, unread: cols.unknown.map((u) => u.header) });
    return cols;
  }
  for (const u of cols.unknown) report('column-unknown', 'info', { sheet: sheet.name, row: u.row, col: u.col }, ['columns', u.header], { header: u.header });
  if (cols.columns.length > 0) return cols;

  const valueCols = numbered.length ? numbered : widthColumns(sheet, layout.dataStart, cols.nameCol);
  const assumed: Column[] | undefined = assumeColumns(kind, valueCols, numbered.length > 0);
  if (assumed) {
    cols.columns = assumed;
    report('header-assumed', 'info', at, ['columns'], { columns: assumed.map((c) => c.key), count: assumed.length });
  } else {
    report('columns-not-found', 'warning', at, ['columns'], { count: valueCols.length, headers: layout.headerRows.length });
  }
  return cols;
}

/** Columns right of the name that the `* * 1 2 3` row numbers. */
function numberedColumns(row: SheetSnapshot['values'][number], nameCol: number): number[] {
  const out: number[] = [];
  for (let c = nameCol + 1; c < row.length; c++) {
    const v = row[c];
    if (!isBlankValue(v) && /^\d+$/.test(String(v).trim())) out.push(c);
  }
  return out;
}

/** Columns right of the name up to the widest data row. */
function widthColumns(sheet: SheetSnapshot, dataStart: number, nameCol: number): number[] {
  let last = -1;
  for (let r = dataStart; r < sheet.values.length; r++) {
    const row = rowAt(sheet, r);
    const end = lastFilled(row);
    if (end > last && !noteOfRow(row, sheet.name, r)) last = end;
  }
  const out: number[] = [];
  for (let c = nameCol + 1; c <= last; c++) out.push(c);
  return out;
}

/** 表6 lists economic codes: department (301…399) or government (501…599) classification, by the codes present. */
function codeSystemOf(kind: TableKind, rows: Table['rows']): CodeSystem {
  if (kind !== 'basic') return 'function';
  let dept = 0;
  let gov = 0;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    if (r.kind !== 'code' || !r.code) continue;
    if (/^(?:30|31|399)/.test(r.code)) dept++;
    else if (/^(?:50|51|599)/.test(r.code)) gov++;
  }
  return gov > dept ? 'economicGov' : 'economicDept';
}
