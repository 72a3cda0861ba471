// Reading problems as findings (ruleId 'reader'), each pointing at a cell of the sheet.
import type { Finding, FindingParams, Severity } from '../findings';
import { TABLE_NUMBER, type TableKind } from '../tables/model';
import { address, type CellRef } from '../workbook';

export const READER_RULE_ID = 'reader';

export type ReaderReport = (code: string, severity: Severity, cell: CellRef, path: (string | number)[], params?: FindingParams) => void;

/** A reporter for one table: paths start with its number ("表5"), findings carry its kind and sheet. */
export function tableReporter(kind: TableKind, sheet: string, findings: Finding[]): ReaderReport {
  return (code, severity, cell, path, params = {}) =>
    findings.push({
      ruleId: READER_RULE_ID,
      code,
      severity,
      table: kind,
      sheet,
      address: address(cell),
      cell,
      path: [TABLE_NUMBER[kind], ...path],
      params,
    });
}

/** No unit line → 万元 assumed (info); a unit the engine does not know → warning, 万元 assumed. */
export function reportUnit(sheetName: string, unit: { cell?: CellRef; unknown?: string }, titleCell: CellRef | undefined, report: ReaderReport): void {
  if (unit.unknown && unit.cell) report('unit-unknown', 'warning', unit.cell, ['unit'], { text: unit.unknown, unit: '万元' });
  else if (!unit.cell) report('unit-assumed', 'info', titleCell ?? { sheet: sheetName, row: 0, col: 0 }, ['unit'], { unit: '万元' });
}
