// The request/sync machinery of the fake Excel API, as office.js has it: calls queue commands, sync runs
// them in order against the workbook, and a property can be read only after it was loaded and synced.
import type { FakeWorkbook } from './model';

/** Shaped like OfficeExtension.Error: the add-in maps errors by `code`. */
export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
  }
}

export const fail = (code: string, message: string): never => {
  throw new FakeOfficeError(code, message);
};

type Op = () => void;

/** Base of every proxy: loaded values, and the null-object flag known after a sync. */
export abstract class FakeObject {
  private loaded = new Map<string, unknown>();
  private nullState: boolean | undefined;

  constructor(readonly context: FakeContext) {
    context.track(this);
  }

  /** The thing this proxy stands for, or null (a null object); throws a FakeOfficeError when it cannot be. */
  abstract resolve(): unknown;

  /** Values of the named properties (paths such as "items/name" reach into children). */
  protected abstract read(props: string[]): Record<string, unknown>;

  load(spec?: string | string[] | { select?: string }): this {
    const list = typeof spec === 'string' ? spec.split(',') : Array.isArray(spec) ? spec : spec?.select ? spec.select.split(',') : [];
    const props = list.map((p) => p.trim()).filter(Boolean);
    this.context.enqueue(() => {
      const target = this.resolve();
      const values = target === null ? Object.fromEntries(props.map((p) => [p.split('/')[0], null])) : this.read(props);
      this.context.deliver(this, values);
    });
    return this;
  }

  /** The values `load` would deliver, for a collection filling in its items while it is being loaded. */
  readNow(props: string[]): Record<string, unknown> {
    return this.read(props);
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) fail('PropertyNotLoaded', 'isNullObject is known only after context.sync().');
    return this.nullState!;
  }

  /** Called by the context after a successful sync. */
  settle(values: Record<string, unknown> | undefined): void {
    if (values) for (const [k, v] of Object.entries(values)) this.loaded.set(k, v);
    if (this.nullState === undefined) {
      try {
        this.nullState = this.resolve() === null;
      } catch {
        this.nullState = false;
      }
    }
  }

  protected get<T>(prop: string): T {
    if (!this.loaded.has(prop)) {
      fail('PropertyNotLoaded', `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`);
    }
    return this.loaded.get(prop) as T;
  }

  /** Queues a write; it runs against the resolved target at sync time. */
  protected queue<T>(write: (target: T) => void, payload = 0): void {
    this.context.enqueue(() => {
      const target = this.resolve() as T | null;
      if (target === null) fail('InvalidOperation', 'The object is a null object.');
      write(target as T);
    }, payload);
  }
}

export class FakeContext {
  private ops: { op: Op; payload: number }[] = [];
  private pending = new Map<FakeObject, Record<string, unknown>>();
  private objects: FakeObject[] = [];
  private payload = 0;
  readonly trackedObjects = { add: () => undefined, remove: () => undefined };

  constructor(readonly book: FakeWorkbook) {}

  track(o: FakeObject): void {
    this.objects.push(o);
  }

  enqueue(op: Op, payload = 0): void {
    this.ops.push({ op, payload });
  }

  deliver(o: FakeObject, values: Record<string, unknown>): void {
    this.countPayload(JSON.stringify(values, (_k, v) => (v instanceof FakeObject ? undefined : v))?.length ?? 0);
    this.pending.set(o, { ...this.pending.get(o), ...values });
  }

  countPayload(chars: number): void {
    this.payload += chars;
    if (this.payload > this.book.payloadLimit) {
      fail('ResponsePayloadSizeLimitExceeded', 'The response payload size has exceeded the limit. Please refer to the documentation: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".');
    }
  }

  get pendingCount(): number {
    return this.ops.length;
  }

  async sync(): Promise<void> {
    this.book.syncCount++;
    const ops = this.ops;
    const objects = this.objects;
    this.ops = [];
    this.objects = [];
    this.pending = new Map();
    this.payload = 0;
    try {
      if (this.book.editMode) fail('InvalidOperationInCellEditMode', 'Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.');
      for (const { op, payload } of ops) {
        if (payload) this.countPayload(payload);
        op();
      }
      // New proxies (also those made while running, like a collection's items) learn whether they are
      // null; older ones loaded again get their new values.
      const made = this.objects;
      this.objects = [];
      for (const o of new Set([...objects, ...made, ...this.pending.keys()])) o.settle(this.pending.get(o));
    } catch (e) {
      // Objects made before a failed sync still learn whether they are null on the next one.
      this.objects = [...objects, ...this.objects];
      throw e;
    } finally {
      this.book.emit();
    }
    // A microtask boundary, as a real round trip has.
    await Promise.resolve();
  }
}
