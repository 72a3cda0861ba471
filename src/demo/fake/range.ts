// Range and RangeAreas over the in-memory workbook.
import { readFormula, readValue, writeInput } from './cells';
import { fail, FakeContext, FakeObject } from './context';
import { intersect, rectA1, rectSize, type FakeCell, type FakeSheet, type Rect } from './model';
import { FakeRangeFormat } from './format';
import { addressOf, eachCell, guardWrite, type RangeTarget } from './target';

function grid<T>(t: RangeTarget, context: FakeContext, fn: (cell: FakeCell | undefined) => T): T[][] {
  // Refused before building: reading whole columns must fail like Excel on the web, not hang.
  if (rectSize(t.rect) > 2_000_000) context.countPayload(Number.MAX_SAFE_INTEGER);
  const out: T[][] = [];
  for (let r = t.rect.top; r <= t.rect.bottom; r++) {
    const row: T[] = [];
    for (let c = t.rect.left; c <= t.rect.right; c++) row.push(fn(t.sheet.cell(r, c)));
    out.push(row);
  }
  return out;
}

function writeGrid(t: RangeTarget, input: unknown, write: (cell: FakeCell, v: unknown) => void): void {
  const rows = t.rect.bottom - t.rect.top + 1;
  const cols = t.rect.right - t.rect.left + 1;
  const ok = Array.isArray(input) && input.length === rows && input.every((r) => Array.isArray(r) && r.length === cols);
  if (!ok) fail('InvalidArgument', "The number of rows or columns in the input array doesn't match the size or dimensions of the range.");
  if ((input as unknown[][]).some((r) => r.some((v) => typeof v === 'string' && v.length > 32_767))) fail('InvalidArgument', 'A cell holds at most 32,767 characters.');
  eachCell(t, (cell, r, c) => write(cell, (input as unknown[][])[r - t.rect.top][c - t.rect.left]));
}

export class FakeRange extends FakeObject {
  private formatProxy?: FakeRangeFormat;

  constructor(
    context: FakeContext,
    readonly target: () => RangeTarget | null,
  ) {
    super(context);
  }

  resolve(): RangeTarget | null {
    return this.target();
  }

  protected read(props: string[]): Record<string, unknown> {
    const t = this.target()!;
    const value: Record<string, () => unknown> = {
      values: () => grid(t, this.context, (c) => readValue(c)),
      numberFormat: () => grid(t, this.context, (c) => c?.numberFormat ?? 'General'),
      formulas: () => grid(t, this.context, (c) => readFormula(c)),
      rowIndex: () => t.rect.top,
      columnIndex: () => t.rect.left,
      rowCount: () => t.rect.bottom - t.rect.top + 1,
      columnCount: () => t.rect.right - t.rect.left + 1,
      address: () => addressOf(t),
    };
    return Object.fromEntries(props.map((p) => [p, value[p] ? value[p]() : fail('InvalidArgument', `Range has no property ${p} in this fake.`)]));
  }

  get values(): unknown[][] {
    return this.get('values');
  }
  set values(v: unknown[][]) {
    this.queue<RangeTarget>((t) => writeGrid(t, v, writeInput), JSON.stringify(v).length);
  }
  get formulas(): unknown[][] {
    return this.get('formulas');
  }
  set formulas(v: unknown[][]) {
    this.queue<RangeTarget>((t) => writeGrid(t, v, writeInput), JSON.stringify(v).length);
  }
  get numberFormat(): unknown[][] {
    return this.get('numberFormat');
  }
  set numberFormat(v: unknown[][]) {
    this.queue<RangeTarget>((t) => writeGrid(t, v, (cell, f) => (f === 'General' || f === '' || f === null ? delete cell.numberFormat : (cell.numberFormat = String(f)))), JSON.stringify(v).length);
  }
  get rowIndex(): number {
    return this.get('rowIndex');
  }
  get columnIndex(): number {
    return this.get('columnIndex');
  }
  get rowCount(): number {
    return this.get('rowCount');
  }
  get columnCount(): number {
    return this.get('columnCount');
  }
  get address(): string {
    return this.get('address');
  }
  set hyperlink(h: { address?: string; documentReference?: string; textToDisplay?: string }) {
    this.queue<RangeTarget>((t) =>
      eachCell(t, (cell) => {
        cell.hyperlink = { ...h };
        if (h.textToDisplay !== undefined) writeInput(cell, h.textToDisplay);
      }),
    );
  }

  get format(): FakeRangeFormat {
    return (this.formatProxy ??= new FakeRangeFormat(this.context, this.target));
  }

  select(): void {
    this.queue<RangeTarget>((t) => {
      t.sheet.visibility === 'Visible' || fail('InvalidOperation', 'Cannot select on a hidden sheet.');
      this.context.book.activeSheet = t.sheet.name;
      this.context.book.selection = { sheet: t.sheet.name, areas: [rectA1(t.rect)] };
    });
  }

  merge(across = false): void {
    this.queue<RangeTarget>((t) => {
      guardWrite(t.sheet);
      const rects = across ? Array.from({ length: t.rect.bottom - t.rect.top + 1 }, (_, i) => ({ ...t.rect, top: t.rect.top + i, bottom: t.rect.top + i })) : [t.rect];
      for (const rect of rects) {
        t.sheet.merges = t.sheet.merges.filter((m) => !intersect(m, rect));
        t.sheet.merges.push(rect);
        // Only the top-left cell keeps its value, as Excel does.
        for (const [r, c, cell] of [...t.sheet.cellsIn(rect)]) if (r !== rect.top || c !== rect.left) (writeInput(cell, null), t.sheet.prune(r, c));
      }
    });
  }

  clear(applyTo: 'All' | 'Formats' | 'Contents' | 'Hyperlinks' = 'All'): void {
    this.queue<RangeTarget>((t) => {
      guardWrite(t.sheet);
      for (const [r, c, cell] of [...t.sheet.cellsIn(t.rect)]) {
        if (applyTo === 'All' || applyTo === 'Contents') writeInput(cell, null);
        if (applyTo === 'All' || applyTo === 'Hyperlinks') delete cell.hyperlink;
        if (applyTo === 'All' || applyTo === 'Formats') for (const k of ['fill', 'font', 'hAlign', 'vAlign', 'wrap', 'borders', 'numberFormat'] as const) delete cell[k];
        t.sheet.prune(r, c);
      }
      if (applyTo === 'All' || applyTo === 'Formats') t.sheet.merges = t.sheet.merges.filter((m) => !intersect(m, t.rect));
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(this.context, () => {
      const t = this.target();
      const used = t && t.sheet.usedRect(valuesOnly, t.rect);
      return t && used ? { sheet: t.sheet, rect: used } : null;
    });
  }

  getIntersectionOrNullObject(other: FakeRange): FakeRange {
    return new FakeRange(this.context, () => {
      const a = this.target();
      const b = other.target();
      const rect = a && b && a.sheet === b.sheet ? intersect(a.rect, b.rect) : null;
      return a && rect ? { sheet: a.sheet, rect } : null;
    });
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this.context, () => {
      const t = this.target();
      const rects = t ? t.sheet.merges.filter((m) => intersect(m, t.rect)) : [];
      return t && rects.length ? { sheet: t.sheet, rects } : null;
    });
  }
}

export interface AreasTarget {
  sheet: FakeSheet;
  rects: Rect[];
}

export class FakeRangeAreas extends FakeObject {
  constructor(
    context: FakeContext,
    readonly target: () => AreasTarget | null,
  ) {
    super(context);
  }

  resolve(): AreasTarget | null {
    return this.target();
  }

  protected read(props: string[]): Record<string, unknown> {
    const t = this.target()!;
    const out: Record<string, unknown> = {};
    for (const p of props) {
      if (p === 'address') out.address = t.rects.map((rect) => addressOf({ sheet: t.sheet, rect })).join(',');
      else if (p.startsWith('areas/items/') || p === 'areas') {
        const items = t.rects.map((rect) => {
          const range = new FakeRange(this.context, () => ({ sheet: t.sheet, rect }));
          this.context.deliver(range, { address: addressOf({ sheet: t.sheet, rect }) });
          return range;
        });
        out.areas = { items };
      } else fail('InvalidArgument', `RangeAreas has no property ${p} in this fake.`);
    }
    return out;
  }

  get address(): string {
    return this.get('address');
  }
  get areas(): { items: FakeRange[] } {
    return this.get('areas');
  }

  select(): void {
    this.queue<AreasTarget>((t) => {
      this.context.book.activeSheet = t.sheet.name;
      this.context.book.selection = { sheet: t.sheet.name, areas: t.rects.map(rectA1) };
    });
  }
}

