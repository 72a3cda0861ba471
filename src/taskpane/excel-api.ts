// The pane's host in Excel (and in the demo, over its in-memory Excel): src/excel's functions as one object.
// src/excel comes in a lazy chunk: it pulls in parts of the engine (messages, snapshot parsing, target
// sheets) that the first paint does not need.
import type { HostApi } from './host';

const excel = () => import(/* webpackChunkName: "excel" */ '../excel');

export const excelApi: HostApi = {
  snapshotWorkbook: async (onProgress) => (await excel()).snapshotWorkbook(onProgress),
  selectCells: async (cells) => (await excel()).selectCells(cells),
  markFindings: async (findings, locale) => (await excel()).markFindings(findings, locale),
  clearMarks: async () => (await excel()).clearMarks(),
  hasMarks: async () => (await excel()).hasMarks(),
  loadAcceptances: async () => (await excel()).loadAcceptances(),
  saveAcceptance: async (a) => (await excel()).saveAcceptance(a),
  removeAcceptance: async (key) => (await excel()).removeAcceptance(key),
  writeReportSheet: async (findings, acceptances, locale) => (await excel()).writeReportSheet(findings, acceptances, locale),
  applyTargetSheets: async (input) => (await excel()).applyTargetSheets(input),
};
