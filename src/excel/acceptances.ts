// Reviewers' acceptances ("接受" with a reason), kept in a very hidden sheet of the workbook so they travel
// with the file: the next person sees them, and a re-run matches them to findings by findingKey.
import { z } from 'zod';
import type { Acceptance } from '../engine/findings';
import { ACCEPT_SHEET } from './own-sheets';
import { excelRun } from './run';
import { queueStoreRead, sheetNames, writeStore } from './store';

const STORE = 'acceptances';
const HEADER = { store: STORE, version: 1 };

const acceptanceSchema = z.object({ key: z.string().min(1), reason: z.string(), by: z.string().optional(), at: z.string() });

/** Acceptances from a store's entries; a row someone broke is left out rather than failing the pane. */
export function parseAcceptances(entries: unknown[]): Acceptance[] {
  const byKey = new Map<string, Acceptance>();
  for (const e of entries) {
    const parsed = acceptanceSchema.safeParse(e);
    if (parsed.success) byKey.set(parsed.data.key, parsed.data);
  }
  return [...byKey.values()];
}

async function readStore(context: Excel.RequestContext): Promise<{ exists: boolean; acceptances: Acceptance[] }> {
  if (!(await sheetNames(context)).includes(ACCEPT_SHEET)) return { exists: false, acceptances: [] };
  const entries = queueStoreRead(context, ACCEPT_SHEET, STORE);
  await context.sync();
  return { exists: true, acceptances: parseAcceptances(entries()) };
}

export async function loadAcceptances(): Promise<Acceptance[]> {
  return excelRun(async (context) => (await readStore(context)).acceptances);
}

/** Adds an acceptance, or replaces the one with the same key (a new reason, a new reviewer). */
export async function saveAcceptance(a: Acceptance): Promise<void> {
  // The pane asks for the reason; an acceptance without one is a bug of the caller, not a workbook state.
  if (!a.key || !a.reason.trim()) throw new Error('An acceptance needs the finding key and a written reason.');
  const accepted = acceptanceSchema.parse(a);
  await excelRun(async (context) => {
    const { exists, acceptances } = await readStore(context);
    const next = [...acceptances.filter((x) => x.key !== accepted.key), accepted];
    await writeStore(context, ACCEPT_SHEET, exists, HEADER, next);
    await context.sync();
  });
}

export async function removeAcceptance(key: string): Promise<void> {
  await excelRun(async (context) => {
    const { exists, acceptances } = await readStore(context);
    if (!exists || !acceptances.some((x) => x.key === key)) return;
    await writeStore(context, ACCEPT_SHEET, true, HEADER, acceptances.filter((x) => x.key !== key));
    await context.sync();
  });
}
