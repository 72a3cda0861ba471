// The demo page: the real task pane beside an in-memory workbook that answers the Excel JavaScript API
// calls the pane makes. Load the bundled sample or pick an .xlsx; nothing leaves the page.
import { useCallback, useEffect, useRef, useState, type ChangeEvent } from 'react';
import { App } from '../taskpane/App';
import { excelApi } from '../taskpane/excel-api';
import { installFakeExcel } from './fake/install';
import type { FakeWorkbook } from './fake/model';
import { cellStates, type DemoHandle } from './handle';
import { SAMPLES } from './samples';
import { SheetGrid } from './SheetGrid';

/** exceljs (≈ 250 KB gzipped) and the .xlsx adapter come in a lazy chunk, never with the first paint. */
const loadXlsx = () => import(/* webpackChunkName: "xlsx" */ './fake/xlsx');

function saveBytes(bytes: Uint8Array, name: string): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

type Status = { kind: 'loading' } | { kind: 'ready' } | { kind: 'error'; message: string };

export function DemoApp() {
  const [book, setBook] = useState<FakeWorkbook>();
  const [status, setStatus] = useState<Status>({ kind: 'loading' });
  const [version, setVersion] = useState(0);
  const [showHidden, setShowHidden] = useState(false);
  const [sample, setSample] = useState(SAMPLES[0].id);
  const [docId, setDocId] = useState(0);
  const bookRef = useRef<FakeWorkbook | undefined>(undefined);
  const readyRef = useRef<(() => void) | undefined>(undefined);

  const open = useCallback(async (bytes: Uint8Array | ArrayBuffer, name: string) => {
    setStatus({ kind: 'loading' });
    try {
      const next = await (await loadXlsx()).workbookFromXlsx(bytes, name);
      installFakeExcel(next);
      bookRef.current = next;
      setBook(next);
      setDocId((n) => n + 1);
      setStatus({ kind: 'ready' });
      readyRef.current?.();
    } catch (e) {
      setStatus({ kind: 'error', message: `无法读取 ${name}：${(e as Error).message}` });
    }
  }, []);

  const openSample = useCallback(async (id: string) => {
    const s = SAMPLES.find((x) => x.id === id) ?? SAMPLES[0];
    setSample(s.id);
    await open(await s.load(), `${s.id}.xlsx`);
  }, [open]);

  useEffect(() => {
    if (!book) return;
    return book.onChange(() => setVersion((v) => v + 1));
  }, [book]);

  useEffect(() => {
    const ready = new Promise<void>((resolve) => (readyRef.current = resolve));
    const handle: DemoHandle = {
      get workbook() { return bookRef.current; },
      get syncCount() { return bookRef.current?.syncCount ?? 0; },
      get selection() { return bookRef.current?.selection ?? null; },
      get activeSheet() { return bookRef.current?.activeSheet ?? ''; },
      sheets: () => (bookRef.current?.sheets ?? []).map((s) => ({ name: s.name, visibility: s.visibility })),
      cells: (sheet) => (bookRef.current ? cellStates(bookRef.current, sheet) : {}),
      ready,
      loadBytes: open,
      loadSample: openSample,
      xlsx: async () => (await loadXlsx()).workbookToXlsx(bookRef.current!),
      setEditMode: (on) => bookRef.current && (bookRef.current.editMode = on),
      protectSheet: (name, on) => {
        const s = bookRef.current?.sheet(name);
        if (s) s.protected = on;
      },
      setApiVersion: (v) => bookRef.current && (bookRef.current.apiVersion = v),
    };
    (window as unknown as { __demo: DemoHandle }).__demo = handle;
    void openSample(SAMPLES[0].id);
  }, [open, openSample]);

  const pick = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (file) await open(await file.arrayBuffer(), file.name);
  };
  const download = async () => {
    if (!book) return;
    const name = book.name.replace(/(\.xlsx)?$/i, '') + '（已校验）.xlsx';
    saveBytes(await (await loadXlsx()).workbookToXlsx(book), name);
  };

  return (
    <div className="demo">
      <div className="bar">
        <h1>部门预算公开校验 · 演示</h1>
        <label>
          示例：
          <select value={sample} onChange={(e) => void openSample(e.target.value)} aria-label="示例工作簿">
            {SAMPLES.map((s) => <option key={s.id} value={s.id}>{s.label}</option>)}
          </select>
        </label>
        <a href={SAMPLES.find((x) => x.id === sample)?.href} download>下载此示例</a>
        <label className="file">
          打开 .xlsx…
          <input type="file" accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" onChange={pick} data-testid="file-input" />
        </label>
        <button onClick={download} disabled={!book}>下载 .xlsx</button>
        <span className="hint">左侧是内存中的工作簿（代替 Excel），右侧是与 Excel 中相同的任务窗格。数据只在本页面中处理，不会上传。</span>
      </div>
      <div className="main">
        {status.kind === 'error' ? (
          <div className="status error" role="alert">{status.message}</div>
        ) : book ? (
          <SheetGrid book={book} version={version} showHidden={showHidden} onShowHidden={setShowHidden} />
        ) : (
          <div className="status">正在打开工作簿…</div>
        )}
        <div className="pane" data-testid="pane">
          {/* A new workbook is a new document: the pane starts afresh, as in Excel. */}
          {book && <App key={docId} api={excelApi} />}
        </div>
      </div>
    </div>
  );
}
