// `npm run size`: builds the web bundle and prints the task pane's initial JavaScript, gzipped — what
// Excel downloads before the pane can paint. Lazy chunks are not counted; exceljs must not be initial.
// Exits 1 when over budget or when exceljs is in the initial chunks.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import webpack from 'webpack';

const BUDGET_KB = 300;
const ENTRY = 'taskpane';
const root = path.join(__dirname, '..');

interface FileSize {
  name: string;
  bytes: number;
  gzip: number;
}

interface EntryReport {
  files: FileSize[];
  modules: string[];
  /** Chunks the entry loads later with import(): the engine on the first 校验, src/excel on the first host call. */
  lazy: FileSize[];
}

function fileSize(outDir: string, name: string): FileSize {
  const bytes = readFileSync(path.join(outDir, name));
  return { name, bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

function build(): Promise<webpack.Stats> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const factory = require(path.join(root, 'webpack.config.js'));
  const config: webpack.Configuration = typeof factory === 'function' ? factory({}, { mode: 'production' }) : factory;
  return new Promise((resolve, reject) =>
    webpack({ ...config, mode: 'production' }, (err, stats) => {
      if (err || !stats) return reject(err ?? new Error('webpack gave no stats'));
      if (stats.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve(stats);
    }),
  );
}

/** The entry's initial files (what taskpane.html loads), and every module inside them. */
function entryReport(stats: webpack.Stats, outDir: string): EntryReport {
  const json = stats.toJson({ all: false, entrypoints: true, chunks: true, chunkRelations: true, ids: true });
  const entry = json.entrypoints?.[ENTRY];
  if (!entry) throw new Error(`no "${ENTRY}" entry in the webpack build`);
  const names = (entry.assets ?? []).map((a) => a.name).filter((n) => n.endsWith('.js'));
  const files = names.map((name) => fileSize(outDir, name));
  const lazyNames = [...new Set(asyncFiles(json, entry.chunks ?? []))].filter((n) => n.endsWith('.js') && !names.includes(n));
  const lazy = lazyNames.map((n) => fileSize(outDir, n));
  return { files, modules: entryModules(stats, ENTRY), lazy };
}

/** Every module's resource path in the entry's initial chunks, looking inside concatenated modules. */
function entryModules(stats: webpack.Stats, name: string): string[] {
  const { compilation } = stats;
  const out: string[] = [];
  const visit = (m: webpack.Module): void => {
    const inner = (m as webpack.Module & { modules?: webpack.Module[] }).modules;
    if (inner) inner.forEach(visit);
    else out.push((m as webpack.NormalModule).resource ?? m.identifier());
  };
  for (const chunk of compilation.entrypoints.get(name)?.chunks ?? []) {
    for (const m of compilation.chunkGraph.getChunkModulesIterable(chunk)) visit(m);
  }
  return out;
}



/** Files of the chunks reachable by import() from the entry's chunks (their children, transitively). */
function asyncFiles(json: webpack.StatsCompilation, roots: (string | number)[]): string[] {
  const byId = new Map((json.chunks ?? []).map((c) => [c.id, c]));
  const seen = new Set<string | number>(roots);
  const queue = [...roots];
  const files: string[] = [];
  while (queue.length) {
    const chunk = byId.get(queue.shift()!);
    for (const child of chunk?.children ?? []) {
      if (seen.has(child)) continue;
      seen.add(child);
      queue.push(child);
      files.push(...(byId.get(child)?.files ?? []));
    }
  }
  return files;
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

async function main(): Promise<void> {
  const stats = await build();
  const outDir = stats.compilation.outputOptions.path ?? path.join(root, 'dist', 'web');
  const { files, modules, lazy } = entryReport(stats, outDir);
  const total = files.reduce((s, f) => s + f.gzip, 0);
  process.stdout.write(`task pane initial JS (entry "${ENTRY}", loaded by taskpane.html):\n`);
  for (const f of files) process.stdout.write(`  ${f.name.padEnd(32)} ${kb(f.bytes).padStart(10)}  gzip ${kb(f.gzip).padStart(9)}\n`);
  process.stdout.write(`  total gzipped: ${kb(total)} (goal ≤ ${BUDGET_KB} KB)\n`);
  const exceljs = modules.filter((m) => /node_modules[\\/]exceljs[\\/]/.test(m));
  process.stdout.write(`  exceljs in initial chunks: ${exceljs.length ? `YES (${exceljs.length} modules)` : 'no'}\n`);
  const lazyTotal = lazy.reduce((s, f) => s + f.gzip, 0);
  process.stdout.write(`lazy chunks (loaded on the first 校验 / host call, not counted): ${lazy.length} files, ${kb(lazyTotal)} gzipped\n`);
  for (const f of lazy) process.stdout.write(`  ${f.name.padEnd(32)} ${kb(f.bytes).padStart(10)}  gzip ${kb(f.gzip).padStart(9)}\n`);
  if (total > BUDGET_KB * 1024 || exceljs.length) process.exitCode = 1;
}

main().catch((e: Error) => {
  process.stderr.write(`size: ${e.message}\n`);
  process.exitCode = 2;
});
