// What the pane needs from its host, as plain async functions: src/excel in Excel and in the demo,
// a fake in tests. Components receive it through HostContext and never import src/excel themselves.
import { createContext, useContext } from 'react';
import type { Acceptance, Finding } from '../engine/findings';
import type { Locale } from '../engine/messages';
import type { LayoutInput } from '../engine/targets/layout';
import type { NamePlan } from '../engine/targets/names';
import type { SheetPlan } from '../engine/targets/plan';
import type { CellRange, WorkbookSnapshot } from '../engine/workbook';

export interface TargetSheetsWritten {
  written: string[];
  renamed?: NamePlan['renamed'];
  /** Generated sheets someone had edited since: their edits were overwritten. */
  edited?: string[];
}

export interface HostApi {
  snapshotWorkbook(onProgress?: (done: number, total: number) => void): Promise<WorkbookSnapshot>;
  /** Selects cells and ranges (a cell is a 1×1 range) on the first one's sheet. */
  selectCells(areas: CellRange[]): Promise<void>;
  markFindings(findings: Finding[], locale?: Locale): Promise<{ marked: number }>;
  clearMarks(): Promise<{ restored: number }>;
  hasMarks(): Promise<boolean>;
  loadAcceptances(): Promise<Acceptance[]>;
  saveAcceptance(a: Acceptance): Promise<void>;
  removeAcceptance(key: string): Promise<void>;
  writeReportSheet(findings: Finding[], acceptances: Acceptance[], locale?: Locale): Promise<string>;
  /** Given the layout, the host plans the sheets with the names it finds free (a user's sheet keeps its name). */
  applyTargetSheets(input: SheetPlan[] | LayoutInput): Promise<TargetSheetsWritten>;
}

export const HostContext = createContext<HostApi | undefined>(undefined);

export function useHost(): HostApi {
  const api = useContext(HostContext);
  // A missing provider is our wiring bug, not a user's problem.
  if (!api) throw new Error('HostContext is not provided');
  return api;
}
