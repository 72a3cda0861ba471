// The pane's state and actions: check, go to a cell, mark and clear, accept, export, build targets.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { CheckResult } from '../engine/check';
import { findingKey, type Acceptance, type Finding } from '../engine/findings';
import type { HostApi } from './host';
import { toRows, type Row } from './model';
import type { Settings } from './settings';
import { STRINGS } from './strings';
import type { ProfileChoice, TargetsOutcome } from './targets';
import { useRunner } from './useRunner';

export type { Phase } from './useRunner';

/** The engine is a lazy chunk: fetched (from the add-in's own origin) on the first 校验, not at first paint. */
export const loadEngine = () => import(/* webpackChunkName: "engine" */ './engine');

/** Lets the browser paint the new phase before a long synchronous step (the engine runs on this thread). */
const nextPaint = () => new Promise<void>((resolve) => (typeof requestAnimationFrame === 'function' ? requestAnimationFrame(() => setTimeout(resolve, 0)) : setTimeout(resolve, 0)));

export function usePane(api: HostApi, settings: Settings, pasted: string) {
  const s = STRINGS[settings.locale];
  const runner = useRunner();
  const { run, setPhase, setProgress, setNotice, fail } = runner;
  const [result, setResult] = useState<CheckResult>();
  const [catalogNames, setCatalogNames] = useState<string[]>();
  const [acceptances, setAcceptances] = useState<Map<string, Acceptance>>(new Map());
  const [marked, setMarked] = useState(false);
  const [targets, setTargets] = useState<TargetsOutcome>();

  useEffect(() => {
    // Marks left by an earlier session can be cleared from this one.
    api.hasMarks().then(setMarked, () => undefined);
  }, [api]);

  const check = useCallback(
    () =>
      run('reading', async () => {
        const engine = loadEngine();
        // Awaited below; this only keeps a failed load from being reported as unhandled while Excel is read.
        engine.catch(() => undefined);
        const snapshot = await api.snapshotWorkbook((done, total) => setProgress({ done, total }));
        const accepted = await api.loadAcceptances();
        setPhase('checking');
        await nextPaint();
        const checked = (await engine).runCheck(snapshot, settings, pasted, s.narrativeSource);
        setResult(checked.result);
        setCatalogNames(checked.catalogSheets);
        setAcceptances(new Map(accepted.map((a) => [a.key, a])));
      }),
    [api, run, setPhase, setProgress, settings, pasted, s],
  );

  const rows: Row[] = useMemo(() => (result ? toRows(result, acceptances) : []), [result, acceptances]);

  // Not gated by `run`: going to a cell must work while a notice is up, and must not clear it.
  const select = useCallback(
    async (f: Finding) => {
      const cells = (await loadEngine()).cellsToSelect(f);
      if (!cells.length) return;
      try {
        await api.selectCells(cells);
      } catch (e) {
        fail(e);
      }
    },
    [api, fail],
  );

  const mark = useCallback(
    () =>
      run('marking', async () => {
        const open = rows.filter((r) => !r.acceptance && r.finding.cell).map((r) => r.finding);
        const { marked: n } = await api.markFindings(open, settings.locale);
        if (n > 0) setMarked(true);
        setNotice({ intent: 'success', text: s.marked(n) });
      }),
    [api, run, setNotice, rows, settings.locale, s],
  );

  const clear = useCallback(
    () =>
      run('clearing', async () => {
        const { restored } = await api.clearMarks();
        setMarked(false);
        setNotice({ intent: 'success', text: s.cleared(restored) });
      }),
    [api, run, setNotice, s],
  );

  const accept = useCallback(
    (f: Finding, reason: string, by: string) =>
      run('accepting', async () => {
        const a: Acceptance = { key: findingKey(f), reason: reason.trim(), by: by.trim() || undefined, at: new Date().toISOString() };
        await api.saveAcceptance(a);
        setAcceptances((prev) => new Map(prev).set(a.key, a));
      }),
    [api, run],
  );

  const unaccept = useCallback(
    (key: string) =>
      run('accepting', async () => {
        await api.removeAcceptance(key);
        setAcceptances((prev) => {
          const next = new Map(prev);
          next.delete(key);
          return next;
        });
      }),
    [api, run],
  );

  const exportSheet = useCallback(
    () =>
      run('exporting', async () => {
        const sheet = await api.writeReportSheet(result?.findings ?? [], [...acceptances.values()], settings.locale);
        setNotice({ intent: 'success', text: s.reportWritten(sheet) });
      }),
    [api, run, setNotice, result, acceptances, settings.locale, s],
  );

  const buildTargets = useCallback(
    (choice: ProfileChoice) =>
      run('targets', async () => {
        setTargets(undefined);
        setTargets(await (await loadEngine()).buildTargetSheets(api, choice, settings.locale));
      }),
    [api, run, settings.locale],
  );

  return {
    ...runner,
    result,
    rows,
    catalogNames,
    marked,
    targets,
    check,
    select,
    mark,
    clear,
    accept,
    unaccept,
    exportSheet,
    buildTargets,
  };
}

export type PaneModel = ReturnType<typeof usePane>;
