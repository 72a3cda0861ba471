// Findings are data, like zod issues: rules say what and where; messages/ says it in words.
import type { CellRef } from './workbook';
import type { TableKind } from './tables/model';

export type Severity = 'error' | 'warning' | 'info';

export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export interface FindingParams {
  /** Amounts in the unit named by `unit` (the table's unit), as printed numbers: 4263.9. */
  expected?: number | string;
  actual?: number | string;
  /** actual − expected. */
  difference?: number;
  /** The rounding bound the difference was measured against. */
  tolerance?: number;
  unit?: string;
  /**
   * Addresses of the cells the expected value was computed from, in order: "'表5'!C21", or a range
   * such as "'表5'!C13:C18" for a run of adjacent cells (every cell of the range is an operand).
   */
  operands?: string[];
  [key: string]: unknown;
}

export interface Finding {
  ruleId: string;
  /** Message key in messages/*: what kind of finding this is. */
  code: string;
  severity: Severity;
  table?: TableKind;
  sheet?: string;
  /** The cell at fault: "'表5'!C20". */
  address?: string;
  cell?: CellRef;
  /** Logical location, e.g. ["表5", "2150517", "合计"]. */
  path: (string | number)[];
  params: FindingParams;
}

export type CoverageStatus = 'ran' | 'skipped' | 'partial';

/** Which checks ran: a skipped check must never look like a pass. */
export interface CoverageEntry {
  ruleId: string;
  status: CoverageStatus;
  /** Message key explaining a skip: 'table-missing', 'catalog-partial', 'column-not-found'… */
  reason?: string;
  params?: Record<string, unknown>;
}

/**
 * A finding's stable identity across runs, for acceptances: the same rule, code, place and path.
 * Amounts are left out on purpose: an accepted difference stays accepted when unrelated cells change.
 */
export function findingKey(f: Pick<Finding, 'ruleId' | 'code' | 'address' | 'path'>): string {
  return [f.ruleId, f.code, f.address ?? '', f.path.join('/')].join('|');
}

/** A reviewer's decision to accept a finding, stored in the workbook. */
export interface Acceptance {
  key: string;
  reason: string;
  by?: string;
  /** ISO date-time. */
  at: string;
}
