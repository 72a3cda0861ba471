// Sheets the add-in writes for itself. The reader must not check them as if they were the department's.
import { MARKER_SHEET } from '../engine/targets/marker';

/** Saved fills and notes of the cells "标出" changed: the undo of marks (office.js edits escape Ctrl+Z). */
export const MARKS_SHEET = '_budgetcheck_marks';
/** Reviewers' acceptances of findings. */
export const ACCEPT_SHEET = '_budgetcheck_accept';
/** The report "导出报告" writes. */
export const REPORT_SHEET = '校验报告';

/**
 * Sheets left out of the snapshot: our stores and our report. The targets marker (`_budgetcheck`) stays
 * in: the engine reads it to tell the sheets it generated from the department's own targets sheet,
 * exactly as it does on an .xlsx file in the CLI.
 */
export function isOwnSheet(name: string): boolean {
  if (name === MARKER_SHEET) return false;
  return name.startsWith('_budgetcheck') || name === REPORT_SHEET || /^校验报告 \(\d+\)$/.test(name);
}
