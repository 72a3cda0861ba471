// Host failures in words. Duck-typed on `kind`, so an ExcelHostError from another bundle (the demo) still counts.
import type { ExcelErrorKind } from '../excel/errors';
import type { Strings } from './strings';

const KINDS: readonly ExcelErrorKind[] = ['cell-edit-mode', 'payload-too-large', 'sheet-protected', 'not-in-excel', 'unknown'];

export interface PaneError {
  kind: ExcelErrorKind;
  /** The host's own message, shown only when we have no words of our own for the failure. */
  detail?: string;
}

export function toPaneError(e: unknown): PaneError {
  const kind = (e as { kind?: unknown })?.kind;
  const detail = e instanceof Error ? e.message : String(e);
  if (typeof kind === 'string' && (KINDS as readonly string[]).includes(kind)) return { kind: kind as ExcelErrorKind, detail };
  return { kind: 'unknown', detail };
}

export function describeError(e: PaneError, s: Strings): string {
  return e.kind === 'unknown' ? `${s.hostErrors.unknown}${e.detail ?? ''}` : s.hostErrors[e.kind];
}
