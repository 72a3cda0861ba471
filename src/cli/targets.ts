// `budget-check targets IN.xlsx -o OUT.xlsx`: standardized 项目支出绩效目标表 sheets from the raw targets.
import { readFile, writeFile } from 'node:fs/promises';
import type { Finding, Severity } from '../engine/findings';
import { fmt, renderMessage, renderMessageKey, type Locale } from '../engine/messages';
import { fromFen } from '../engine/money';
import { prepareTargets } from '../engine/targets/prepare';
import { isProfileId, PROFILE_IDS, PROFILES } from '../engine/targets/taxonomy';
import type { WorkbookSnapshot } from '../engine/workbook';
import { readXlsxFile } from '../xlsx/read-file';
import { writeTargetsWorkbook } from '../xlsx/targets-writer';

const EXIT = { ok: 0, errors: 1, unreadable: 2 } as const;
const MARK: Record<Severity, string> = { error: '✗', warning: '!', info: 'i' };

export interface TargetsOptions {
  profile?: string;
  lang?: Locale;
  io?: { out: (s: string) => void; err: (s: string) => void };
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
