// The demo's in-memory workbook from and to .xlsx bytes with exceljs, which is loaded lazily (dynamic
// import) so the pane's first bundle never carries it. Values are read with src/xlsx/read.ts's
// plainValue, so the fake shows exactly what the CLI reads; fills, notes, fonts and sizes come along so
// marks can be seen and the downloaded file keeps them.
import type ExcelJSType from 'exceljs';
import { plainValue } from '../../xlsx/read';
import { FakeSheet, FakeWorkbook, parseRect, type FakeCell, type FakeFill, type Visibility } from './model';

type ExcelJS = typeof ExcelJSType;

async function loadExcelJs(): Promise<ExcelJS> {
  const mod = (await import('exceljs')) as unknown as { default?: ExcelJS } & ExcelJS;
  return mod.default ?? mod;
}

// exceljs pattern names ⇄ office.js FillPattern.
const PATTERNS: [string, string][] = [
  ['solid', 'Solid'], ['mediumGray', 'Gray50'], ['darkGray', 'Gray75'], ['lightGray', 'Gray25'], ['gray125', 'Gray16'], ['gray0625', 'Gray8'],
  ['darkHorizontal', 'Horizontal'], ['darkVertical', 'Vertical'], ['darkDown', 'Down'], ['darkUp', 'Up'], ['darkGrid', 'Checker'], ['darkTrellis', 'SemiGray75'],
  ['lightHorizontal', 'LightHorizontal'], ['lightVertical', 'LightVertical'], ['lightDown', 'LightDown'], ['lightUp', 'LightUp'], ['lightGrid', 'Grid'], ['lightTrellis', 'CrissCross'],
];
const TO_EXCEL = new Map(PATTERNS);
const TO_XLSX = new Map(PATTERNS.map(([a, b]) => [b, a]));

/** The default Office theme, for fills and fonts given as theme colours. */
const THEME = ['FFFFFF', '000000', 'E7E6E6', '44546A', '4472C4', 'ED7D31', 'A5A5A5', 'FFC000', '5B9BD5', '70AD47'];

export function colorOf(c: Partial<ExcelJSType.Color> | undefined): string | null {
  if (!c) return null;
  let hex = c.argb ? c.argb.slice(-6) : c.theme !== undefined ? THEME[c.theme] : undefined;
  if (!hex) return null;
  const tint = (c as { tint?: number }).tint ?? 0;
  if (tint) {
    hex = [0, 2, 4]
      .map((i) => parseInt(hex!.slice(i, i + 2), 16))
      .map((v) => Math.round(tint > 0 ? v + (255 - v) * tint : v * (1 + tint)))
      .map((v) => v.toString(16).padStart(2, '0'))
      .join('');
  }
  return `#${hex.toUpperCase()}`;
}

function fillOf(fill: ExcelJSType.Fill | undefined): FakeFill | undefined {
  if (!fill || fill.type !== 'pattern' || !fill.pattern || fill.pattern === 'none') return undefined;
  const pattern = TO_EXCEL.get(fill.pattern) ?? 'Solid';
  // A solid fill's colour is its foreground; a pattern draws the foreground over the background.
  if (pattern === 'Solid') return { pattern, color: colorOf(fill.fgColor) ?? '#FFFFFF', patternColor: null };
  return { pattern, color: colorOf(fill.bgColor) ?? '#FFFFFF', patternColor: colorOf(fill.fgColor) };
}

const noteText = (note: ExcelJSType.Cell['note']): string | undefined =>
  note === undefined || note === null ? undefined : typeof note === 'string' ? note : (note.texts ?? []).map((t) => t.text).join('');

function readCell(ec: ExcelJSType.Cell, covered: boolean): FakeCell {
  const cell: FakeCell = { value: null };
  if (!covered) {
    const v = plainValue(ec.value);
    if (v !== null && typeof v === 'object') [cell.value, cell.error] = [v.error, true];
    else cell.value = v;
    if (ec.formula) cell.formula = `=${ec.formula}`;
    const link = ec.hyperlink;
    if (link) cell.hyperlink = link.startsWith('#') ? { documentReference: link.slice(1) } : { address: link };
  }
  if (ec.numFmt && ec.numFmt !== 'General') cell.numberFormat = ec.numFmt;
  const fill = fillOf(ec.fill);
  if (fill) cell.fill = fill;
  const f = ec.font;
  // exceljs gives every styled cell the workbook's default font (Calibri 11, theme text colour): that is
  // no font of the cell's own.
  const plain = !f || (!f.bold && !f.italic && (f.name ?? 'Calibri') === 'Calibri' && (f.size ?? 11) === 11 && (colorOf(f.color) ?? '#000000') === '#000000');
  if (f && !plain) cell.font = { name: f.name, size: f.size, bold: f.bold, italic: f.italic, color: colorOf(f.color) ?? undefined };
  if (ec.alignment?.horizontal) cell.hAlign = ec.alignment.horizontal[0].toUpperCase() + ec.alignment.horizontal.slice(1);
  if (ec.alignment?.vertical) cell.vAlign = ec.alignment.vertical === 'middle' ? 'Center' : ec.alignment.vertical[0].toUpperCase() + ec.alignment.vertical.slice(1);
  if (ec.alignment?.wrapText) cell.wrap = true;
  const b = ec.border;
  if (b && (b.top || b.bottom || b.left || b.right)) {
    const side = (s: Partial<ExcelJSType.Border> | undefined) => (s?.style ? { style: s.style, color: colorOf(s.color) ?? '#000000', weight: 'Thin' } : undefined);
    cell.borders = Object.fromEntries(Object.entries({ top: side(b.top), bottom: side(b.bottom), left: side(b.left), right: side(b.right) }).filter(([, v]) => v));
  }
  return cell;
}

/** exceljs's ValueType.Merge, without importing exceljs eagerly. */
const ExcelJSCellTypeMerge = 1;

const STATE: Record<string, Visibility> = { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' };

function readSheet(ws: ExcelJSType.Worksheet): FakeSheet {
  const sheet = new FakeSheet(ws.name);
  sheet.visibility = STATE[ws.state] ?? 'Visible';
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    if (row.height) sheet.rowHeights.set(r - 1, row.height);
    row.eachCell({ includeEmpty: false }, (ec, c) => {
      const note = noteText(ec.note);
      if (note !== undefined) sheet.notes.set(`${ec.address}`.replace(/\$/g, ''), { content: note, author: '' });
      const cell = readCell(ec, ec.type === ExcelJSCellTypeMerge);
      const empty = cell.value === null && Object.keys(cell).length === 1;
      if (!empty) Object.assign(sheet.touch(r - 1, c - 1), cell);
    });
  });
  sheet.merges = ws.model.merges.map((m) => parseRect(m)).filter((m): m is NonNullable<typeof m> => !!m);
  (ws.columns ?? []).forEach((col, i) => col?.width && sheet.colWidths.set(i, (col.width * 7 + 5) * 0.75));
  const view = ws.views?.[0] as { state?: string; ySplit?: number; showGridLines?: boolean } | undefined;
  if (view?.state === 'frozen' && view.ySplit) sheet.freezeRows = view.ySplit;
  if (view?.showGridLines === false) sheet.showGridlines = false;
  return sheet;
}

export async function workbookFromXlsx(bytes: Uint8Array | ArrayBuffer, name = 'workbook.xlsx'): Promise<FakeWorkbook> {
  const ExcelJS = await loadExcelJs();
  const wb = new ExcelJS.Workbook();
  const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  await wb.xlsx.load(data as unknown as ExcelJSType.Buffer);
  const book = new FakeWorkbook(name);
  book.sheets = wb.worksheets.map(readSheet);
  book.activeSheet = book.sheets.find((s) => s.visibility === 'Visible')?.name ?? '';
  return book;
}

const argb = (hex: string) => ({ argb: `FF${hex.replace('#', '')}` });

function writeCell(ec: ExcelJSType.Cell, cell: FakeCell): void {
  if (cell.formula) ec.value = { formula: cell.formula.slice(1), result: cell.value ?? undefined } as ExcelJSType.CellFormulaValue;
  else if (cell.hyperlink && cell.value !== null) ec.value = { text: String(cell.value), hyperlink: cell.hyperlink.documentReference ? `#${cell.hyperlink.documentReference}` : (cell.hyperlink.address ?? '') };
  else if (cell.error) ec.value = { error: String(cell.value) } as ExcelJSType.CellErrorValue;
  else if (cell.value !== null) ec.value = cell.value;
  if (cell.numberFormat) ec.numFmt = cell.numberFormat;
  const f = cell.fill;
  if (f) {
    const pattern = (TO_XLSX.get(f.pattern) ?? 'solid') as ExcelJSType.FillPatterns;
    ec.fill = pattern === 'solid' ? { type: 'pattern', pattern, fgColor: argb(f.color) } : { type: 'pattern', pattern, fgColor: argb(f.patternColor ?? '#000000'), bgColor: argb(f.color) };
  }
  if (cell.font) ec.font = { name: cell.font.name, size: cell.font.size, bold: cell.font.bold, italic: cell.font.italic, color: cell.font.color ? argb(cell.font.color) : undefined };
  if (cell.hAlign || cell.vAlign || cell.wrap) {
    const v = cell.vAlign === 'Center' ? 'middle' : cell.vAlign?.toLowerCase();
    ec.alignment = { horizontal: cell.hAlign?.toLowerCase() as ExcelJSType.Alignment['horizontal'], vertical: v as ExcelJSType.Alignment['vertical'], wrapText: cell.wrap };
  }
  if (cell.borders) {
    const side = (b?: { color: string }) => (b ? { style: 'thin' as const, color: argb(b.color) } : undefined);
    ec.border = { top: side(cell.borders.top), bottom: side(cell.borders.bottom), left: side(cell.borders.left), right: side(cell.borders.right) };
  }
}

const XLSX_STATE: Record<Visibility, 'visible' | 'hidden' | 'veryHidden'> = { Visible: 'visible', Hidden: 'hidden', VeryHidden: 'veryHidden' };

export async function workbookToXlsx(book: FakeWorkbook): Promise<Uint8Array> {
  const ExcelJS = await loadExcelJs();
  const wb = new ExcelJS.Workbook();
  for (const sheet of book.sheets) {
    const ws = wb.addWorksheet(sheet.name, { state: XLSX_STATE[sheet.visibility] });
    for (const [r, c, cell] of sheet.cellsIn({ top: 0, left: 0, bottom: 1_048_575, right: 16_383 })) writeCell(ws.getCell(r + 1, c + 1), cell);
    for (const [address, note] of sheet.notes) ws.getCell(address).note = note.content;
    for (const m of sheet.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
    for (const [c, points] of sheet.colWidths) ws.getColumn(c + 1).width = Math.round(((points / 0.75 - 5) / 7) * 100) / 100;
    for (const [r, points] of sheet.rowHeights) ws.getRow(r + 1).height = points;
    ws.views = [{ state: sheet.freezeRows ? 'frozen' : 'normal', ySplit: sheet.freezeRows || undefined, showGridLines: sheet.showGridlines }];
  }
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
