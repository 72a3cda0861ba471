// Puts the fake Excel API where office.js would put the real one: globalThis.Excel (run) and
// globalThis.Office (requirement sets). src/excel runs unchanged on top of it.
import { FakeContext } from './context';
import type { FakeWorkbook } from './model';
import { FakeWorksheetCollection } from './worksheet';

export class FakeRequestContext extends FakeContext {
  readonly workbook: { worksheets: FakeWorksheetCollection };

  constructor(book: FakeWorkbook) {
    super(book);
    this.workbook = { worksheets: new FakeWorksheetCollection(this) };
  }
}

function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
}

export interface FakeExcelGlobals {
  Excel: { run: <T>(batch: (context: FakeRequestContext) => Promise<T>) => Promise<T> };
  Office: { context: { requirements: { isSetSupported: (name: string, version?: string) => boolean } } };
}

export function fakeExcelGlobals(book: FakeWorkbook): FakeExcelGlobals {
  return {
    Excel: {
      async run(batch) {
        const context = new FakeRequestContext(book);
        const result = await batch(context);
        // Excel.run sends whatever the batch queued after its last sync.
        if (context.pendingCount) await context.sync();
        return result;
      },
    },
    Office: { context: { requirements: { isSetSupported: (name, version = '1.1') => name === 'ExcelApi' && compareVersions(version, book.apiVersion) <= 0 } } },
  };
}

/** Installs the fake globals; returns a function that puts back what was there. */
export function installFakeExcel(book: FakeWorkbook, target: Record<string, unknown> = globalThis as unknown as Record<string, unknown>): () => void {
  const before = { Excel: target.Excel, Office: target.Office };
  Object.assign(target, fakeExcelGlobals(book));
  return () => Object.assign(target, before);
}
