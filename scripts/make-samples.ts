// Builds samples/seed.xlsx, samples/corrected.xlsx and samples/README.md from samples/source (npm run samples).
// Output is deterministic: running it again on unchanged sources changes no byte.
import { writeFileSync } from 'fs';
import { join, resolve } from 'path';
import type { GridCell } from '../src/xlsx/write';
import { writeGrids } from '../src/xlsx/write';
import { cellPatches, correctedAddress, correctedSheets, openDifferences, rowInserts, sheetInserts } from '../samples/source/corrected';
import { seedSheets } from '../samples/source/seed';

export const SAMPLES_DIR = resolve(__dirname, '..', 'samples');

export interface Samples {
  seed: Uint8Array;
  corrected: Uint8Array;
  readme: string;
}

export async function buildSamples(): Promise<Samples> {
  return {
    seed: await writeGrids(seedSheets),
    corrected: await writeGrids(correctedSheets()),
    readme: renderReadme(),
  };
}

function show(v: GridCell): string {
  if (v === null) return '(empty)';
  if (typeof v === 'number') return v.toFixed(2);
  if (typeof v === 'object') return v.error;
  return `"${v}"`;
}

/** Markdown table cells must not break the table. */
function md(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

export function renderReadme(): string {
  const patches = cellPatches.map((p) => {
    const where = correctedAddress(p.sheet, p.cell);
    const change = p.inText ? `in the text: ${show(p.from)} → ${show(p.to)}` : `${show(p.from)} → ${show(p.to)}`;
    return `| ${md(p.sheet)} | ${p.cell}${where === p.cell ? '' : ` (${where} in corrected)`} | ${md(change)} | ${md(p.why)} |`;
  });
  const rows = rowInserts.map(
    (ins) => `- **${ins.sheet}**, ${ins.rows.length} row(s) above seed row ${ins.beforeRow} ` +
      `(${ins.rows.map((r) => r[0] ?? r[1]).join(', ')}): ${ins.why}.`,
  );
  const sheets = sheetInserts.map((ins) => `- **${ins.sheet.name}** after ${ins.afterSheet}: ${ins.why}.`);
  return [
    '# Sample workbooks',
    '',
    'Generated files — do not edit them by hand. Edit the sources in `source/` and run `npm run samples`,',
    'which rebuilds both workbooks and this README. Output is deterministic (fixed creator and dates), so an',
    'unchanged source gives byte-identical files; `test/samples.test.ts` fails when the committed files are stale.',
    '',
    '| file | what it is |',
    '| --- | --- |',
    '| `seed.xlsx` | The real published document (咸宁市经信局 2022 年部门预算公开) as a department workbook: one sheet per printed table (表1, 表3–表8; 表2 is absent, as in the document), 第二部分 主要工作任务 and 第四部分 编制说明 one paragraph per row, and the raw 绩效目标 of §七. Its errors are kept: 表3 lacks its 合计 row and the 208/210 families, 表5 lacks 1090.00 of project money, the narrative says 2021 and 83.67, one target row is split in two. |',
    '| `corrected.xlsx` | The same workbook with the corrections below applied: checks should find no error or warning on it, only rounding notes (the published figures are rounded to 0.01), apart from the open differences listed at the end. |',
    '| `source/seed.ts` | The seed as grids, cell for cell as printed (reconstructed headers are marked in comments). |',
    '| `source/corrected.ts` | The corrections as patches over the seed grids, each with its reason. |',
    '',
    'Amounts are numbers in 万元 with number format `0.00`; classification codes are text.',
    '',
    '## How the seed was transcribed',
    '',
    '- Cells hold what the document prints, errors included. Only artefacts of its PDF-to-text conversion are undone:',
    '  blank lines left by page breaks inside 表5 and 表6 are not rows, a paragraph or sentence cut by a page break is',
    '  one cell, and the wrap spaces in 表8\'s unit names ("咸宁市经 济和信息 化局") are gone.',
    '- 表3 lost its title, unit and header rows in the conversion: they are reconstructed (standard 12 value columns);',
    '  its nine data rows are as printed. 表8\'s garbled header is reconstructed the same way.',
    '- Each table keeps the caption the document prints above it ("表 5：一般公共预算支出表") as its first row,',
    '  then the table\'s own title, then 单位：万元 at the right.',
    '- 绩效目标 holds the four projects of §七 (heading, budget sentence, 年度目标, indicator rows); the',
    '  "…完成情况分析" lines that only repeat the indicators are left out.',
    '',
    '## Corrections (from `source/corrected.ts`)',
    '',
    'Changed cells (addresses in the seed sheet):',
    '',
    '| sheet | cell | change | why |',
    '| --- | --- | --- | --- |',
    ...patches,
    '',
    'Added rows:',
    '',
    ...rows,
    '',
    'Added sheets:',
    '',
    ...sheets,
    '',
    '## Open differences (not corrected)',
    '',
    ...(openDifferences.length ? openDifferences.map((d) => `- ${d}`) : ['None: checks find no error and no warning on corrected.xlsx.']),
    '',
  ].join('\n');
}

async function main(): Promise<void> {
  const samples = await buildSamples();
  writeFileSync(join(SAMPLES_DIR, 'seed.xlsx'), samples.seed);
  writeFileSync(join(SAMPLES_DIR, 'corrected.xlsx'), samples.corrected);
  writeFileSync(join(SAMPLES_DIR, 'README.md'), samples.readme);
  console.log(`wrote seed.xlsx (${samples.seed.length} bytes), corrected.xlsx (${samples.corrected.length} bytes), README.md in ${SAMPLES_DIR}`);
}

if (require.main === module) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
