// Worksheets, their collection, notes, freeze panes and page layout over the in-memory workbook.
import { fail, FakeContext, FakeObject } from './context';
import { FakeSheet, fullSheet, parseRect, type Visibility } from './model';
import { FakeRange, FakeRangeAreas } from './range';
import { guardWrite } from './target';

const normalKey = (address: string) => address.replace(/\$/g, '').toUpperCase().split('!').pop()!;

export class FakeNote extends FakeObject {
  constructor(
    context: FakeContext,
    private target: () => { sheet: FakeSheet; key: string } | null,
  ) {
    super(context);
  }
  resolve() {
    return this.target();
  }
  protected read(props: string[]): Record<string, unknown> {
    const t = this.target()!;
    const note = t.sheet.notes.get(t.key)!;
    return Object.fromEntries(props.map((p) => [p, p === 'content' ? note.content : p === 'authorName' ? note.author : fail('InvalidArgument', `Note has no property ${p} in this fake.`)]));
  }
  get content(): string {
    return this.get('content');
  }
  set content(content: string) {
    this.queue<{ sheet: FakeSheet; key: string }>((t) => {
      guardWrite(t.sheet);
      t.sheet.notes.get(t.key)!.content = String(content);
    });
  }
  delete(): void {
    this.queue<{ sheet: FakeSheet; key: string }>((t) => {
      guardWrite(t.sheet);
      t.sheet.notes.delete(t.key);
    });
  }
}

export class FakeNoteCollection {
  constructor(
    private context: FakeContext,
    private sheet: () => FakeSheet | null,
  ) {}

  private find(key: string, orNull: boolean) {
    return () => {
      const sheet = this.sheet();
      if (sheet?.notes.has(key)) return { sheet, key };
      return orNull ? null : fail('ItemNotFound', `There is no note at ${key}.`);
    };
  }
  getItem(address: string): FakeNote {
    return new FakeNote(this.context, this.find(normalKey(address), false));
  }
  getItemOrNullObject(address: string): FakeNote {
    return new FakeNote(this.context, this.find(normalKey(address), true));
  }
  add(address: string, content: string): FakeNote {
    const key = normalKey(address);
    this.context.enqueue(() => {
      const sheet = this.sheet() ?? fail('ItemNotFound', 'The worksheet does not exist.');
      guardWrite(sheet);
      if (!parseRect(key) || key.includes(':')) fail('InvalidCellAddress', `${address} is not a single cell.`);
      if (sheet.notes.has(key)) fail('InvalidOperation', `The cell ${key} already has a note.`);
      sheet.notes.set(key, { content: String(content), author: this.context.book.user });
    });
    return new FakeNote(this.context, this.find(key, false));
  }
}

const PAGE_PROPS = ['orientation', 'paperSize', 'centerHorizontally', 'zoom', 'leftMargin', 'rightMargin', 'topMargin', 'bottomMargin', 'headerMargin', 'footerMargin'];

/** pageLayout as a property bag: what the add-in sets is kept on the sheet for inspection and export. */
function pageLayout(context: FakeContext, sheet: () => FakeSheet): Record<string, unknown> {
  const set = (key: string, value: unknown) => context.enqueue(() => (sheet().page[key] = value));
  const layout: Record<string, unknown> = {
    setPrintArea: (address: string) => set('printArea', address),
    headersFooters: { defaultForAllPages: {} },
  };
  for (const p of PAGE_PROPS) Object.defineProperty(layout, p, { set: (v) => set(p, v), enumerable: true });
  Object.defineProperty(layout.headersFooters as { defaultForAllPages: object }, 'defaultForAllPages', {
    value: Object.defineProperty({}, 'centerFooter', { set: (v) => set('centerFooter', v) }),
  });
  return Object.preventExtensions(layout);
}

export class FakeWorksheet extends FakeObject {
  constructor(
    context: FakeContext,
    private target: () => FakeSheet | null,
  ) {
    super(context);
  }

  resolve(): FakeSheet | null {
    return this.target();
  }

  private sheet = (): FakeSheet => this.target() ?? fail('ItemNotFound', 'The worksheet does not exist.');

  protected read(props: string[]): Record<string, unknown> {
    const s = this.target()!;
    const book = this.context.book;
    const pick: Record<string, () => unknown> = {
      name: () => s.name,
      visibility: () => s.visibility,
      position: () => book.sheets.indexOf(s),
      id: () => `{${book.sheets.indexOf(s)}-${s.name}}`,
      showGridlines: () => s.showGridlines,
    };
    return Object.fromEntries(props.map((p) => [p, pick[p] ? pick[p]() : fail('InvalidArgument', `Worksheet has no property ${p} in this fake.`)]));
  }

  get name(): string {
    return this.get('name');
  }
  get visibility(): Visibility {
    return this.get('visibility');
  }
  set visibility(v: Visibility) {
    this.queue<FakeSheet>((s) => {
      if (v === 'Visible' || this.context.book.sheets.some((o) => o !== s && o.visibility === 'Visible')) s.visibility = v;
      else fail('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
    });
  }
  set showGridlines(v: boolean) {
    this.queue<FakeSheet>((s) => (s.showGridlines = v));
  }

  get notes(): FakeNoteCollection {
    return new FakeNoteCollection(this.context, this.target);
  }
  get freezePanes() {
    return {
      freezeRows: (n: number) => this.queue<FakeSheet>((s) => (s.freezeRows = n)),
      unfreeze: () => this.queue<FakeSheet>((s) => (s.freezeRows = 0)),
    };
  }
  get pageLayout(): Record<string, unknown> {
    return pageLayout(this.context, this.sheet);
  }

  activate(): void {
    this.queue<FakeSheet>((s) => {
      if (s.visibility !== 'Visible') fail('InvalidOperation', 'A hidden worksheet cannot be activated.');
      this.context.book.activeSheet = s.name;
    });
  }

  delete(): void {
    this.queue<FakeSheet>((s) => {
      const book = this.context.book;
      if (s.visibility === 'VeryHidden') fail('InvalidOperation', 'A very hidden worksheet cannot be deleted; make it hidden or visible first.');
      if (s.visibility === 'Visible' && !book.sheets.some((o) => o !== s && o.visibility === 'Visible')) fail('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
      book.sheets = book.sheets.filter((o) => o !== s);
      if (book.activeSheet.toLowerCase() === s.name.toLowerCase()) book.activeSheet = book.sheets.find((o) => o.visibility === 'Visible')!.name;
      if (book.selection?.sheet === s.name) book.selection = null;
    });
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(this.context, () => {
      const sheet = this.sheet();
      const rect = address === undefined ? fullSheet() : (parseRect(address) ?? fail('InvalidArgument', `Invalid address ${address}.`));
      return { sheet, rect };
    });
  }

  getRanges(address: string): FakeRangeAreas {
    return new FakeRangeAreas(this.context, () => ({
      sheet: this.sheet(),
      rects: address.split(',').map((a) => parseRect(a) ?? fail('InvalidArgument', `Invalid address ${a}.`)),
    }));
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(this.context, () => {
      const sheet = this.sheet();
      const rect = sheet.usedRect(valuesOnly);
      return rect ? { sheet, rect } : null;
    });
  }
}

const INVALID_NAME = /[[\]:*?/\\]/;

export class FakeWorksheetCollection extends FakeObject {
  resolve(): unknown {
    return this.context.book;
  }

  protected read(props: string[]): Record<string, unknown> {
    const book = this.context.book;
    const childProps = props.filter((p) => p.startsWith('items/')).map((p) => p.slice('items/'.length));
    if (props.some((p) => p !== 'items' && !p.startsWith('items/'))) fail('InvalidArgument', `WorksheetCollection loads only items in this fake.`);
    const items = book.sheets.map((s) => {
      const ws = new FakeWorksheet(this.context, () => (book.sheets.includes(s) ? s : fail('ItemNotFound', 'The worksheet was deleted.')));
      this.context.deliver(ws, ws.readNow(childProps));
      return ws;
    });
    return { items };
  }

  get items(): FakeWorksheet[] {
    return this.get('items');
  }

  private byName(name: string, orNull: boolean) {
    return () => this.context.book.sheet(name) ?? (orNull ? null : fail('ItemNotFound', `The worksheet "${name}" does not exist.`));
  }

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, this.byName(name, false));
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, this.byName(name, true));
  }
  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.context.book.sheet(this.context.book.activeSheet)!);
  }

  add(name: string): FakeWorksheet {
    let made: FakeSheet | undefined;
    this.context.enqueue(() => {
      const book = this.context.book;
      if (!name || name.length > 31 || INVALID_NAME.test(name) || /^'|'$/.test(name)) fail('InvalidArgument', `"${name}" is not a valid sheet name.`);
      if (book.sheet(name)) fail('ItemAlreadyExists', `A sheet named "${name}" already exists.`);
      made = new FakeSheet(name);
      book.sheets.push(made);
    });
    return new FakeWorksheet(this.context, () => made ?? fail('ItemNotFound', 'The worksheet was not added.'));
  }
}
