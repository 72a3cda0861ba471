// Range formats in the fake: fill, font, borders, alignment and sizes, written onto the cells.
import { normalColor } from './cells';
import { fail, FakeContext, FakeObject } from './context';
import type { FakeBorder, FakeCell } from './model';
import { eachCell, uniform, type RangeTarget } from './target';

export type Edge = 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideHorizontal' | 'InsideVertical';

/** Which sides of which cells an edge of a range paints. */
function paintEdge(t: RangeTarget, edge: Edge, border: FakeBorder): void {
  const { top, left, bottom, right } = t.rect;
  eachCell(t, (cell, r, c) => {
    const sides: ('top' | 'bottom' | 'left' | 'right')[] = [];
    if (edge === 'EdgeTop' && r === top) sides.push('top');
    if (edge === 'EdgeBottom' && r === bottom) sides.push('bottom');
    if (edge === 'EdgeLeft' && c === left) sides.push('left');
    if (edge === 'EdgeRight' && c === right) sides.push('right');
    if (edge === 'InsideHorizontal') (r > top && sides.push('top'), r < bottom && sides.push('bottom'));
    if (edge === 'InsideVertical') (c > left && sides.push('left'), c < right && sides.push('right'));
    if (sides.length) cell.borders = { ...cell.borders, ...Object.fromEntries(sides.map((s) => [s, { ...border }])) };
  });
}

export class FakeRangeBorder extends FakeObject {
  constructor(
    context: FakeContext,
    private target: () => RangeTarget | null,
    private edge: Edge,
  ) {
    super(context);
  }
  resolve(): RangeTarget | null {
    return this.target();
  }
  protected read(): Record<string, unknown> {
    return {};
  }
  set(props: Partial<FakeBorder>): void {
    this.queue<RangeTarget>((t) => paintEdge(t, this.edge, { style: props.style ?? 'Continuous', color: normalColor(props.color ?? '#000000'), weight: props.weight ?? 'Thin' }));
  }
  set style(style: string) {
    this.set({ style });
  }
}

export class FakeRangeFill extends FakeObject {
  constructor(
    context: FakeContext,
    private target: () => RangeTarget | null,
  ) {
    super(context);
  }
  resolve(): RangeTarget | null {
    return this.target();
  }
  protected read(props: string[]): Record<string, unknown> {
    const t = this.target()!;
    const pick: Record<string, (c: FakeCell | undefined) => unknown> = {
      color: (c) => c?.fill?.color ?? '#FFFFFF',
      pattern: (c) => c?.fill?.pattern ?? 'None',
      patternColor: (c) => c?.fill?.patternColor ?? null,
    };
    return Object.fromEntries(props.map((p) => [p, pick[p] ? uniform(t, pick[p]) : fail('InvalidArgument', `RangeFill has no property ${p} in this fake.`)]));
  }
  get color(): string {
    return this.get('color');
  }
  set color(color: string) {
    this.queue<RangeTarget>((t) => eachCell(t, (cell) => (cell.fill = { pattern: cell.fill?.pattern ?? 'Solid', color: normalColor(color), patternColor: cell.fill?.patternColor ?? null })));
  }
  get pattern(): string {
    return this.get('pattern');
  }
  set pattern(pattern: string) {
    this.queue<RangeTarget>((t) => eachCell(t, (cell) => (pattern === 'None' ? delete cell.fill : (cell.fill = { color: cell.fill?.color ?? '#FFFFFF', patternColor: cell.fill?.patternColor ?? null, pattern }))));
  }
  get patternColor(): string {
    return this.get('patternColor');
  }
  set patternColor(color: string) {
    this.queue<RangeTarget>((t) => eachCell(t, (cell) => cell.fill && (cell.fill = { ...cell.fill, patternColor: normalColor(color) })));
  }
  clear(): void {
    this.queue<RangeTarget>((t) => eachCell(t, (cell) => delete cell.fill));
  }
}

export class FakeRangeFont extends FakeObject {
  constructor(
    context: FakeContext,
    private target: () => RangeTarget | null,
  ) {
    super(context);
  }
  resolve(): RangeTarget | null {
    return this.target();
  }
  protected read(props: string[]): Record<string, unknown> {
    const t = this.target()!;
    return Object.fromEntries(props.map((p) => [p, uniform(t, (c) => (c?.font as Record<string, unknown> | undefined)?.[p] ?? null)]));
  }
  set(props: { name?: string; size?: number; bold?: boolean; italic?: boolean; color?: string }): void {
    const clean = Object.fromEntries(Object.entries(props).filter(([, v]) => v !== undefined));
    this.queue<RangeTarget>((t) => eachCell(t, (cell) => (cell.font = { ...cell.font, ...clean })));
  }
  set bold(bold: boolean) {
    this.set({ bold });
  }
  set italic(italic: boolean) {
    this.set({ italic });
  }
  set size(size: number) {
    this.set({ size });
  }
  set name(name: string) {
    this.set({ name });
  }
  set color(color: string) {
    this.set({ color: normalColor(color) });
  }
}

export class FakeRangeFormat extends FakeObject {
  readonly fill: FakeRangeFill;
  readonly font: FakeRangeFont;
  readonly borders: { getItem: (edge: Edge) => FakeRangeBorder };

  constructor(
    context: FakeContext,
    private target: () => RangeTarget | null,
  ) {
    super(context);
    this.fill = new FakeRangeFill(context, target);
    this.font = new FakeRangeFont(context, target);
    this.borders = { getItem: (edge) => new FakeRangeBorder(context, target, edge) };
  }
  resolve(): RangeTarget | null {
    return this.target();
  }
  protected read(props: string[]): Record<string, unknown> {
    const t = this.target()!;
    const pick: Record<string, () => unknown> = {
      columnWidth: () => t.sheet.colWidths.get(t.rect.left) ?? 48,
      rowHeight: () => t.sheet.rowHeights.get(t.rect.top) ?? 15,
      wrapText: () => uniform(t, (c) => !!c?.wrap),
      horizontalAlignment: () => uniform(t, (c) => c?.hAlign ?? 'General'),
      verticalAlignment: () => uniform(t, (c) => c?.vAlign ?? 'Bottom'),
    };
    return Object.fromEntries(props.map((p) => [p, pick[p] ? pick[p]() : fail('InvalidArgument', `RangeFormat has no property ${p} in this fake.`)]));
  }
  set horizontalAlignment(v: string) {
    this.queue<RangeTarget>((t) => eachCell(t, (cell) => (cell.hAlign = v)));
  }
  set verticalAlignment(v: string) {
    this.queue<RangeTarget>((t) => eachCell(t, (cell) => (cell.vAlign = v)));
  }
  set wrapText(v: boolean) {
    this.queue<RangeTarget>((t) => eachCell(t, (cell) => (v ? (cell.wrap = true) : delete cell.wrap)));
  }
  set columnWidth(points: number) {
    this.queue<RangeTarget>((t) => {
      for (let c = t.rect.left; c <= Math.min(t.rect.right, t.rect.left + 1000); c++) t.sheet.colWidths.set(c, points);
    });
  }
  set rowHeight(points: number) {
    this.queue<RangeTarget>((t) => {
      for (let r = t.rect.top; r <= Math.min(t.rect.bottom, t.rect.top + 100_000); r++) t.sheet.rowHeights.set(r, points);
    });
  }
}
