#!/usr/bin/env node
// budget-check: the command-line front end over the engine, for reviewers who check many workbooks.
import { Command } from 'commander';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { checkWorkbook, type CheckResult } from '../engine/check';
import type { Catalog } from '../engine/catalog/catalog';
import type { Finding } from '../engine/findings';
import { renderMessage, type Locale } from '../engine/messages';
import type { NarrativeParagraph } from '../engine/rules/rule';
import { readXlsxFile } from '../xlsx/read-file';
import { countBySeverity, formatResult } from './report';

export const EXIT = { ok: 0, errors: 1, unreadable: 2 } as const;

export const DEFAULT_SAMPLE = path.join(__dirname, '..', '..', 'samples', 'seed.xlsx');

export interface CheckCommandOptions {
  json?: boolean;
  catalog?: string;
  narrative?: string;
  lang?: Locale;
}

interface Output {
  out: (s: string) => void;
  err: (s: string) => void;
}

const stdio: Output = { out: (s) => process.stdout.write(s + '\n'), err: (s) => process.stderr.write(s + '\n') };

async function loadExtras(opts: CheckCommandOptions): Promise<{ catalog?: Catalog; narrative?: NarrativeParagraph[]; findings: Finding[] }> {
  const findings: Finding[] = [];
  let catalog: Catalog | undefined;
  let narrative: NarrativeParagraph[] | undefined;
  if (opts.catalog) {
    const { loadCatalogFile } = await import('./catalog-file');
    const loaded = await loadCatalogFile(opts.catalog);
    catalog = loaded.catalog;
    findings.push(...loaded.findings);
  }
  if (opts.narrative) {
    const text = await readFile(opts.narrative, 'utf8');
    const { paragraphsFromText } = await import('../engine/narrative/paragraphs');
    narrative = paragraphsFromText(text, path.basename(opts.narrative));
  }
  return { catalog, narrative, findings };
}

/** Checks each file; returns the exit code (0 clean, 1 errors found, 2 an input could not be read). */
export async function runCheck(files: string[], opts: CheckCommandOptions, io: Output = stdio): Promise<number> {
  const locale = opts.lang ?? 'zh-CN';
  let extras: Awaited<ReturnType<typeof loadExtras>>;
  try {
    extras = await loadExtras(opts);
  } catch (e) {
    io.err(`budget-check: ${(e as Error).message}`);
    return EXIT.unreadable;
  }
  const results: { file: string; result?: CheckResult; error?: string }[] = [];
  for (const file of files.length ? files : [DEFAULT_SAMPLE]) {
    try {
      const snapshot = await readXlsxFile(file);
      const result = checkWorkbook(snapshot, { catalog: extras.catalog, narrative: extras.narrative });
      result.findings.unshift(...extras.findings);
      results.push({ file, result });
    } catch (e) {
      results.push({ file, error: (e as Error).message });
    }
  }
  for (const r of results) if (r.error) io.err(`budget-check: ${r.file}: ${r.error}`);
  if (opts.json) {
    io.out(JSON.stringify(results.map((r) => toJson(r.file, r.result, r.error, locale)), null, 2));
  } else {
    for (const r of results) if (r.result) io.out(formatResult(r.file, r.result, locale) + '\n');
  }
  if (results.some((r) => r.error)) return EXIT.unreadable;
  return results.some((r) => r.result!.findings.some((f) => f.severity === 'error')) ? EXIT.errors : EXIT.ok;
}

function toJson(file: string, result: CheckResult | undefined, error: string | undefined, locale: Locale) {
  if (!result) return { file, error };
  return {
    file,
    year: result.year,
    summary: countBySeverity(result.findings),
    findings: result.findings.map((f) => ({ ...f, message: renderMessage(f, locale) })),
    coverage: result.coverage,
    tables: Object.fromEntries(Object.entries(result.tables).map(([k, t]) => [k, { sheet: t!.sheet, unit: t!.unit }])),
  };
}

export function buildProgram(io: Output = stdio, setExit: (code: number) => void = (c) => (process.exitCode = c)): Command {
  const program = new Command('budget-check')
    .description('部门预算公开校验：检查预算表的科目、合计、表间关系和说明文字')
    .argument('[files...]', '.xlsx 工作簿（默认：内置示例 samples/seed.xlsx）')
    .option('--json', '以 JSON 输出结果')
    .option('--catalog <file>', '官方科目表（.csv 或 .xlsx）')
    .option('--narrative <file>', '说明文字（.txt），工作簿中没有说明工作表时使用')
    .option('--lang <locale>', '输出语言 zh-CN | en', 'zh-CN')
    .action(async (files: string[], opts: CheckCommandOptions) => setExit(await runCheck(files, opts, io)));
  program
    .command('targets')
    .description('由原始绩效目标生成标准化的项目支出绩效目标表')
    .argument('<in>', '输入 .xlsx')
    .requiredOption('-o, --output <file>', '输出 .xlsx')
    .option('--profile <name>', 'classic | central-2021（默认跟随工作簿）')
    .action(async (input: string, opts: { output: string; profile?: string }) => {
      const { runTargets } = await import('./targets');
      setExit(await runTargets(input, opts.output, { profile: opts.profile }));
    });
  return program;
}

if (require.main === module) {
  buildProgram()
    .parseAsync(process.argv)
    .catch((e: Error) => {
      process.stderr.write(`budget-check: ${e.message}\n`);
      process.exitCode = EXIT.unreadable;
    });
}
