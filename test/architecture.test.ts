// Layers go one way down: the engine never touches Excel, Office, the DOM or the file system,
// so it runs the same in Node, the browser and jest (STYLE.md: "Layers, one way down").
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) ? [p] : [];
  });
}

const src = path.join(__dirname, '..', 'src');

/** Source without comments, so a comment that mentions "Excel (row 6)" is not code. */
const code = (f: string) => readFileSync(f, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"])\/\/.*$/gm, '$1');

describe('architecture', () => {
  it('keeps src/engine free of Excel, Office, DOM, file system and network', () => {
    const forbidden = /\b(Excel|Office|OfficeExtension|document|window|navigator|fetch|XMLHttpRequest)\s*[.(]|from ['"](node:)?(fs|path|http|https|net|child_process)['"]|from ['"](exceljs|react)/;
    const offenders = files(path.join(src, 'engine')).filter((f) => forbidden.test(code(f)));
    expect(offenders).toEqual([]);
  });

  it('lets only src/excel call Excel.* or Office.* (the task pane entry waits for Office.onReady)', () => {
    const offenders = files(src)
      .filter((f) => !f.includes(`${path.sep}excel${path.sep}`) && !f.endsWith(path.join('taskpane', 'index.tsx')))
      .filter((f) => /\b(Excel\.run|Office\.context)\b/.test(code(f)));
    expect(offenders).toEqual([]);
  });

  it('makes no network calls anywhere in src (budget data never leaves the machine)', () => {
    const offenders = files(src).filter((f) => /\bfetch\(|XMLHttpRequest|sendBeacon|new WebSocket/.test(code(f)));
    expect(offenders).toEqual([]);
  });
});
