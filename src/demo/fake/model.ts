// The in-memory workbook behind the demo's fake Excel API: plain data, no DOM, so jest can use it too.
import { a1, columnLetter } from '../../engine/workbook';

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

/** 0-based, inclusive. */
export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface FakeFill {
  /** "Solid", "Gray50"…; a cell without fill has no FakeFill at all. */
  pattern: string;
  /** "#RRGGBB". */
  color: string;
  patternColor: string | null;
}

export interface FakeBorder {
  style: string;
  color: string;
  weight: string;
}

export interface FakeFont {
  name?: string;
  size?: number;
  bold?: boolean;
  italic?: boolean;
  color?: string;
}

export interface FakeCell {
  value: string | number | boolean | null;
  /** An Excel error value ("#REF!") shown as `value`. */
  error?: boolean;
  formula?: string;
  numberFormat?: string;
  fill?: FakeFill;
  font?: FakeFont;
  hAlign?: string;
  vAlign?: string;
  wrap?: boolean;
  borders?: Partial<Record<'top' | 'bottom' | 'left' | 'right', FakeBorder>>;
  hyperlink?: { address?: string; documentReference?: string; textToDisplay?: string };
}

export interface FakeNote {
  content: string;
  author: string;
}

export type Visibility = 'Visible' | 'Hidden' | 'VeryHidden';

export class FakeSheet {
  readonly rows = new Map<number, Map<number, FakeCell>>();
  merges: Rect[] = [];
  readonly notes = new Map<string, FakeNote>();
  readonly colWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  visibility: Visibility = 'Visible';
  protected = false;
  showGridlines = true;
  freezeRows = 0;
  /** Page setup as set through pageLayout (orientation, margins, print area…), kept loosely. */
  readonly page: Record<string, unknown> = {};

  constructor(public name: string) {}

  cell(row: number, col: number): FakeCell | undefined {
    return this.rows.get(row)?.get(col);
  }

  /** The cell, created empty when missing. */
  touch(row: number, col: number): FakeCell {
    let r = this.rows.get(row);
    if (!r) this.rows.set(row, (r = new Map()));
    let c = r.get(col);
    if (!c) r.set(col, (c = { value: null }));
    return c;
  }

  /** Existing cells inside a rectangle, row by row. */
  *cellsIn(rect: Rect): Generator<[number, number, FakeCell]> {
    const rows = [...this.rows.keys()].filter((r) => r >= rect.top && r <= rect.bottom).sort((a, b) => a - b);
    for (const r of rows) {
      const cols = [...this.rows.get(r)!.keys()].filter((c) => c >= rect.left && c <= rect.right).sort((a, b) => a - b);
      for (const c of cols) yield [r, c, this.rows.get(r)!.get(c)!];
    }
  }

  /** Bounding rectangle of cells with a value (valuesOnly) or with anything set, within `within`. */
  usedRect(valuesOnly: boolean, within: Rect = fullSheet()): Rect | null {
    let used: Rect | null = null;
    for (const [r, c, cell] of this.cellsIn(within)) {
      const has = cell.value !== null && cell.value !== '' ? true : !!cell.formula || (!valuesOnly && hasFormat(cell));
      if (!has) continue;
      used = used ? { top: Math.min(used.top, r), left: Math.min(used.left, c), bottom: Math.max(used.bottom, r), right: Math.max(used.right, c) } : { top: r, left: c, bottom: r, right: c };
    }
    return used;
  }

  /** Drops cells left with nothing in them, so the used range stays honest. */
  prune(row: number, col: number): void {
    const cell = this.cell(row, col);
    if (cell && cell.value === null && !cell.formula && !hasFormat(cell) && !cell.hyperlink) this.rows.get(row)!.delete(col);
  }
}

function hasFormat(cell: FakeCell): boolean {
  return !!(cell.fill || cell.font || cell.hAlign || cell.vAlign || cell.wrap || cell.borders || (cell.numberFormat && cell.numberFormat !== 'General'));
}

export function fullSheet(): Rect {
  return { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLS - 1 };
}

export function rectSize(r: Rect): number {
  return (r.bottom - r.top + 1) * (r.right - r.left + 1);
}

export function intersect(a: Rect, b: Rect): Rect | null {
  const r = { top: Math.max(a.top, b.top), left: Math.max(a.left, b.left), bottom: Math.min(a.bottom, b.bottom), right: Math.min(a.right, b.right) };
  return r.top <= r.bottom && r.left <= r.right ? r : null;
}

export function rectA1(r: Rect): string {
  return r.top === r.bottom && r.left === r.right ? a1(r.top, r.left) : `${a1(r.top, r.left)}:${a1(r.bottom, r.right)}`;
}

/** How Excel writes a sheet name in an address: quoted unless it is plain letters, digits and CJK. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_\u4e00-\u9fff][\w\u4e00-\u9fff.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** "B3", "B3:D4", "3:5" (whole rows), "C:E" (whole columns), with or without "$" and a sheet prefix. */
export function parseRect(address: string): Rect | null {
  const bare = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const [from, to = from] = bare.replace(/\$/g, '').trim().toUpperCase().split(':');
  const cell = /^([A-Z]{1,3})(\d+)$/;
  const a = cell.exec(from);
  const b = cell.exec(to);
  if (a && b) {
    const r = { top: Number(a[2]) - 1, left: colNumber(a[1]), bottom: Number(b[2]) - 1, right: colNumber(b[1]) };
    return normal(r);
  }
  if (/^\d+$/.test(from) && /^\d+$/.test(to)) return normal({ top: Number(from) - 1, left: 0, bottom: Number(to) - 1, right: MAX_COLS - 1 });
  if (/^[A-Z]{1,3}$/.test(from) && /^[A-Z]{1,3}$/.test(to)) return normal({ top: 0, left: colNumber(from), bottom: MAX_ROWS - 1, right: colNumber(to) });
  return null;
}

function normal(r: Rect): Rect | null {
  const n = { top: Math.min(r.top, r.bottom), left: Math.min(r.left, r.right), bottom: Math.max(r.top, r.bottom), right: Math.max(r.left, r.right) };
  return n.top < 0 || n.left < 0 || n.bottom >= MAX_ROWS || n.right >= MAX_COLS ? null : n;
}

export interface Selection {
  sheet: string;
  /** "B3" or "B3:C4" per area. */
  areas: string[];
}

type Listener = () => void;

/** The workbook plus what the demo and tests observe: syncs, the active sheet, the selection. */
export class FakeWorkbook {
  sheets: FakeSheet[] = [];
  activeSheet = '';
  selection: Selection | null = null;
  syncCount = 0;
  /** Excel on the web's cap on one request, in characters of JSON (an estimate of bytes). */
  payloadLimit = 5_000_000;
  /** While true every sync fails as when a cell is being edited in Excel. */
  editMode = false;
  /** ExcelApi requirement sets this fake claims (notes need 1.18). */
  apiVersion = '1.18';
  /** Who writes notes. */
  user = 'Demo';
  private listeners = new Set<Listener>();

  constructor(public name = 'Book1.xlsx') {}

  sheet(name: string): FakeSheet | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  onChange(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(): void {
    for (const l of this.listeners) l();
  }
}

export { columnLetter };
