// The task pane's whole view of Excel: a few async functions, each one Excel.run.
// (Implementations live beside this file; the UI imports only from here.)
export { snapshotWorkbook } from './snapshot';
export { selectCells } from './navigate';
export { markFindings, clearMarks, hasMarks } from './marks';
export { loadAcceptances, saveAcceptance, removeAcceptance } from './acceptances';
export { writeReportSheet } from './report-sheet';
export { applyTargetSheets, type TargetSheetsResult } from './target-sheets';
export { ExcelHostError, type ExcelErrorKind } from './errors';
export { MARKS_SHEET, ACCEPT_SHEET, REPORT_SHEET } from './own-sheets';
