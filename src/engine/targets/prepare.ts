// From a workbook snapshot to the targets sheets to generate: pure, so the CLI and the task pane share it.
import { checkWorkbook, sortFindings } from '../check';
import type { Finding } from '../findings';
import type { Tables } from '../tables/model';
import { address, type SheetSnapshot, type WorkbookSnapshot } from '../workbook';
import { checkTargets, type CheckTargetsResult } from './checks';
import type { LayoutInput } from './layout';
import { findTargetsSheet, generatedSheetNames, parseTargetsSheet, type ParsedTargets } from './parse';
import type { ProfileId } from './taxonomy';

export interface ProjectSpending {
  fen: number;
  address: string;
  /** For people: the cell, "'表1 部门收支总表'!D13". */
  source: string;
}

/** 项目支出 as the tables state it: 表1's 项目支出 item, else 表3's 合计 row. */
export function projectSpending(tables: Tables): ProjectSpending | undefined {
  const item = tables.summary?.items.find((i) => i.key === 'out.project')?.amount;
  if (item && !item.blank) return { fen: item.fen, address: address(item.cell), source: address(item.cell) };
  const total = tables.expenditure?.rows.find((r) => r.kind === 'total')?.values.project;
  if (total && !total.blank) return { fen: total.fen, address: address(total.cell), source: address(total.cell) };
  return undefined;
}

export interface TargetsRun {
  sheet: SheetSnapshot;
  parsed: ParsedTargets;
  result: CheckTargetsResult;
  findings: Finding[];
  layout: LayoutInput;
}

/** Finds, parses and checks the targets of a workbook, and lays out the sheets to generate. */
export function prepareTargets(snapshot: WorkbookSnapshot, profile?: ProfileId): TargetsRun | undefined {
  const read = checkWorkbook(snapshot, { rules: [] });
  const generated = generatedSheetNames(snapshot);
  // The reader's classification first (it knows every sheet), else by name and content.
  const classified = read.sheets.find((s) => s.role === 'targets' && !generated.has(s.sheet));
  const sheet = snapshot.sheets.find((s) => s.name === classified?.sheet) ?? findTargetsSheet(snapshot);
  if (!sheet) return undefined;
  const parsed = parseTargetsSheet(sheet);
  // The department publishing the budget is the 主管部门 of its projects: 表5's first unit row names it.
  const department = Object.values(read.tables).flatMap((t) => t!.rows).find((r) => r.kind === 'unit' && r.code?.length === 3)?.name;
  if (department) for (const p of parsed.projects) p.department ??= department;
  const spending = projectSpending(read.tables);
  const result = checkTargets(parsed.projects, { profile, projectSpendingFen: spending?.fen, projectSpendingAddress: spending?.address });
  const findings = sortFindings([...parsed.findings, ...result.findings]);
  const layout = { projects: parsed.projects, findings, profile: result.profile, reconciliation: result.reconciliation, projectSpendingSource: spending?.source };
  return { sheet, parsed, result, findings, layout };
}
