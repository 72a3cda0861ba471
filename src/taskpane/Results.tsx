// The check's results: summary, paste box, filters and the grouped findings. A lazy chunk with the engine.
import { useMemo, useState } from 'react';
import type { Finding } from '../engine/findings';
import { AcceptDialog } from './AcceptDialog';
import { FindingFilters } from './FindingFilters';
import { FindingGroups } from './FindingGroups';
import { applyFilters, NO_FILTERS, summarize, type Filters, type Row } from './model';
import { NarrativeBox } from './NarrativeBox';
import type { Settings } from './settings';
import { SummaryBar } from './SummaryBar';
import type { PaneModel } from './usePane';

export interface ResultsProps {
  pane: PaneModel;
  settings: Settings;
  pasted: string;
  onPaste: (text: string) => void;
  currentKey?: string;
  onOpen: (row: Row) => void;
  /** The reviewer typed a different name in the accept dialog: remember it. */
  onReviewer: (name: string) => void;
}

export function Results({ pane, settings, pasted, onPaste, currentKey, onOpen, onReviewer }: ResultsProps) {
  const locale = settings.locale;
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [accepting, setAccepting] = useState<Finding>();
  const { result, rows } = pane;
  const summary = useMemo(() => (result ? summarize(rows, result.coverage) : undefined), [rows, result]);
  const shown = useMemo(() => applyFilters(rows, filters), [rows, filters]);
  const noNarrativeSheet = !!result && !result.sheets.some((x) => x.role === 'narrative');
  return (
    <>
      {summary && <SummaryBar summary={summary} locale={locale} />}
      {(noNarrativeSheet || pasted) && <NarrativeBox value={pasted} locale={locale} onChange={onPaste} />}
      {result && (
        <>
          <FindingFilters rows={rows} shown={shown.length} filters={filters} locale={locale} onChange={setFilters} />
          <FindingGroups
            rows={shown}
            locale={locale}
            currentKey={currentKey}
            onOpen={onOpen}
            onAccept={(r) => setAccepting(r.finding)}
            onUnaccept={(r) => r.acceptance && void pane.unaccept(r.acceptance.key)}
          />
        </>
      )}
      <AcceptDialog
        finding={accepting}
        locale={locale}
        reviewer={settings.reviewer}
        onCancel={() => setAccepting(undefined)}
        onConfirm={(f, reason, by) => {
          setAccepting(undefined);
          if (by.trim() !== settings.reviewer) onReviewer(by.trim());
          void pane.accept(f, reason, by);
        }}
      />
    </>
  );
}
