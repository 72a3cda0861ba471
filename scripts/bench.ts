// npm run bench: times the engine (read + all rules) on generated workbooks of 100 and 1,000 units
// (about 30,000 and 300,000 rows) and prints rows per second, peak memory and the growth ratio.
// Goals: 1,000 units under 1 s and 500 MB on a 2-core machine; 10× rows in at most 12× the time.
import { performance } from 'node:perf_hooks';
import { checkWorkbook } from '../src/engine/check';
import { generateWorkbook } from '../test/support/generate-workbook';

function measure(units: number) {
  const wb = generateWorkbook({ units, classes: 4, kuanPerClass: 3, xiangPerKuan: 6, seed: 42 });
  const rows = wb.sheets.reduce((n, s) => n + s.values.length, 0);
  (globalThis as { gc?: () => void }).gc?.();
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  checkWorkbook(wb); // warm-up: JIT, so the timed run measures the engine rather than the compiler
  const runs: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    const result = checkWorkbook(wb);
    runs.push(performance.now() - t0);
    peak = Math.max(peak, process.memoryUsage().rss);
    if (i === 0 && result.findings.some((f) => f.severity === 'error')) throw new Error('generated workbook should have no error');
  }
  clearInterval(timer);
  const ms = Math.min(...runs);
  return { units, rows, ms, rowsPerSecond: Math.round((rows / ms) * 1000), peakMB: Math.round(peak / 2 ** 20) };
}

async function main() {
  const small = measure(100);
  const large = measure(1000);
  for (const m of [small, large]) {
    console.log(`${String(m.units).padStart(5)} units  ${String(m.rows).padStart(7)} rows  ${m.ms.toFixed(0).padStart(5)} ms  ${m.rowsPerSecond.toLocaleString('en')} rows/s  peak RSS ${m.peakMB} MB`);
  }
  const growth = large.ms / small.ms;
  console.log(`growth: ${(large.rows / small.rows).toFixed(1)}× rows in ${growth.toFixed(1)}× time (goal ≤ 12×)`);
  console.log(`goals: ${large.ms < 1000 ? 'met' : 'MISSED'} < 1 s, ${large.peakMB < 500 ? 'met' : 'MISSED'} < 500 MB, ${growth <= 12 ? 'met' : 'MISSED'} linear`);
}

main();
