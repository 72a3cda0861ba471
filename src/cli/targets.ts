// `budget-check targets IN.xlsx -o OUT.xlsx`: standardized 项目支出绩效目标表 sheets from the raw targets.
import { readFile, writeFile } from 'node:fs/promises';
import { checkWorkbook, sortFindings } from '../engine/check';
import type { Finding, Severity } from '../engine/findings';
import { fmt, renderMessage, renderMessageKey, type Locale } from '../engine/messages';
import { fromFen } from '../engine/money';
import { checkTargets, type CheckTargetsResult } from '../engine/targets/checks';
import type { LayoutInput } from '../engine/targets/layout';
import { findTargetsSheet, generatedSheetNames, parseTargetsSheet, type ParsedTargets } from '../engine/targets/parse';
import { isProfileId, PROFILE_IDS, PROFILES, type ProfileId } from '../engine/targets/taxonomy';
import type { Tables } from '../engine/tables/model';
import { address, type SheetSnapshot, type WorkbookSnapshot } from '../engine/workbook';
import { readXlsxFile } from '../xlsx/read-file';
import { writeTargetsWorkbook } from '../xlsx/targets-writer';

const EXIT = { ok: 0, errors: 1, unreadable: 2 } as const;
const MARK: Record<Severity, string> = { error: '✗', warning: '!', info: 'i' };

export interface TargetsOptions {
  profile?: string;
  lang?: Locale;
  io?: { out: (s: string) => void; err: (s: string) => void };
}

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

function findingLine(f: Finding, locale: Locale): string {
  return `  ${MARK[f.severity]} ${(f.address ?? '').padEnd(16)} ${renderMessage(f, locale)}  [${f.ruleId}]`;
}

export async function runTargets(inPath: string, outPath: string, opts: TargetsOptions = {}): Promise<number> {
  const io = opts.io ?? { out: (s: string) => process.stdout.write(s + '\n'), err: (s: string) => process.stderr.write(s + '\n') };
  const locale = opts.lang ?? 'zh-CN';
  if (opts.profile !== undefined && !isProfileId(opts.profile)) {
    io.err(`budget-check targets: unknown profile "${opts.profile}" (use ${PROFILE_IDS.join(' | ')})`);
    return EXIT.unreadable;
  }
  let snapshot: WorkbookSnapshot;
  let bytes: Uint8Array;
  try {
    bytes = await readFile(inPath);
    snapshot = await readXlsxFile(inPath);
  } catch (e) {
    io.err(`budget-check targets: ${(e as Error).message}`);
    return EXIT.unreadable;
  }
  const run = prepareTargets(snapshot, isProfileId(opts.profile) ? opts.profile : undefined);
  if (!run) {
    io.err(`budget-check targets: ${inPath}: ${renderMessageKey('targets-sheet-missing', {}, locale)}`);
    return EXIT.unreadable;
  }
  const { sheet, parsed, result, findings, layout } = run;
  const reason = renderMessageKey(`targets-profile-reason-${result.profileReason}`, {}, locale);
  io.out(`${inPath}  〔${sheet.name}〕 ${parsed.projects.length} 个项目，指标体系 ${result.profile}：${PROFILES[result.profile].label}（${reason}）`);
  for (const p of parsed.projects) {
    io.out(`  - ${p.name}：年度资金总额 ${p.funds.total === undefined ? '—' : fmt(fromFen(p.funds.total, '万元'))} 万元，${p.indicators.length} 个指标`);
  }
  for (const f of findings) io.out(findingLine(f, locale));
  for (const c of result.coverage.filter((c) => c.status !== 'ran')) io.out(`  - ${c.ruleId}: ${renderMessageKey(`coverage-${c.reason}`, {}, locale)}`);
  if (!parsed.projects.length) return EXIT.errors;

  try {
    const written = await writeTargetsWorkbook(bytes, layout);
    await writeFile(outPath, written.bytes);
    io.out(`${outPath}: ${written.report.sheets.map((s) => s.name).join('、')}`);
    for (const r of written.report.renamed) io.out(`  ! ${renderMessageKey('targets-sheet-renamed', { ...r }, locale)}`);
    for (const sheetName of written.report.edited) io.out(`  ! ${renderMessageKey('targets-generated-edited', { sheet: sheetName }, locale)}`);
  } catch (e) {
    io.err(`budget-check targets: ${outPath}: ${(e as Error).message}`);
    return EXIT.unreadable;
  }
  const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
  io.out(locale === 'en' ? `Summary: ${count('error')} errors, ${count('warning')} warnings, ${count('info')} notes` : `汇总：错误 ${count('error')}，警告 ${count('warning')}，提示 ${count('info')}`);
  return count('error') ? EXIT.errors : EXIT.ok;
}
