// Runs one host action at a time: the phase drives the buttons and the progress bar, and a failure ends
// in a message in words (never a stuck spinner).
import { useCallback, useRef, useState } from 'react';
import { toPaneError, type PaneError } from './errors';

export type Phase = 'idle' | 'reading' | 'checking' | 'marking' | 'clearing' | 'exporting' | 'accepting' | 'targets';

export interface Notice {
  intent: 'success' | 'info';
  text: string;
}

export function useRunner() {
  const [phase, setPhase] = useState<Phase>('idle');
  const [progress, setProgress] = useState<{ done: number; total: number }>();
  const [error, setError] = useState<PaneError>();
  const [notice, setNotice] = useState<Notice>();
  const busy = useRef(false);

  const run = useCallback(async (p: Phase, action: () => Promise<void>) => {
    // A second click while Excel is still busy would queue a conflicting batch: ignore it.
    if (busy.current) return;
    busy.current = true;
    setPhase(p);
    setError(undefined);
    setNotice(undefined);
    try {
      await action();
    } catch (e) {
      setError(toPaneError(e));
    } finally {
      busy.current = false;
      setPhase('idle');
      setProgress(undefined);
    }
  }, []);

  const fail = useCallback((e: unknown) => setError(toPaneError(e)), []);
  const dismissError = useCallback(() => setError(undefined), []);
  return { phase, setPhase, progress, setProgress, error, fail, dismissError, notice, setNotice, run };
}
