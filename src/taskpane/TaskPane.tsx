import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Spinner, Tab, TabList, Text, makeStyles, tokens } from '@fluentui/react-components';
import { CheckToolbar } from './CheckToolbar';
import { describeError } from './errors';
import { downloadText } from './download';
import { useHost } from './host';
import type { Row } from './model';
import { loadSettings, saveSettings, type Settings } from './settings';
import { SettingsPanel } from './SettingsPanel';
import { STRINGS } from './strings';
import { loadEngine, usePane } from './usePane';

// Results and targets need the engine and the grid; they load with it, after the pane has painted.
const Results = lazy(() => import(/* webpackChunkName: "results" */ './Results').then((m) => ({ default: m.Results })));
const TargetsPanel = lazy(() => import(/* webpackChunkName: "results" */ './TargetsPanel').then((m) => ({ default: m.TargetsPanel })));

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM, minWidth: 0 },
  tabBody: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
});

type TabId = 'findings' | 'targets' | 'settings';

const storage = (): Storage | undefined => (typeof localStorage === 'undefined' ? undefined : localStorage);

export function TaskPane() {
  const styles = useStyles();
  const api = useHost();
  const [settings, setSettingsState] = useState<Settings>(() => loadSettings(storage()));
  const [pasted, setPasted] = useState('');
  const [tab, setTab] = useState<TabId>('findings');
  const [currentKey, setCurrentKey] = useState<string>();
  const pane = usePane(api, settings, pasted);
  const locale = settings.locale;
  const s = STRINGS[locale];

  const setSettings = useCallback((next: Settings) => {
    setSettingsState(next);
    saveSettings(storage(), next);
  }, []);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const open = useCallback(
    (row: Row) => {
      setCurrentKey(row.key);
      void pane.select(row.finding);
    },
    [pane],
  );
  const download = useCallback(
    async (kind: 'csv' | 'json') => {
      if (!pane.result) return;
      const engine = await loadEngine();
      const now = new Date();
      const name = engine.reportFileName(kind, now);
      if (kind === 'csv') downloadText(name, engine.reportCsv(pane.rows, locale), 'text/csv;charset=utf-8');
      else downloadText(name, JSON.stringify(engine.reportJson(pane.rows, pane.result, locale, now), null, 2), 'application/json');
      pane.setNotice({ intent: 'success', text: s.downloaded(name) });
    },
    [pane, locale, s],
  );
  const loading = <Spinner size="small" />;

  return (
    <main className={styles.root}>
      <Text as="h1" weight="semibold" size={500}>
        {s.title}
      </Text>
      <CheckToolbar
        locale={locale}
        phase={pane.phase}
        progress={pane.progress}
        hasResult={!!pane.result}
        marked={pane.marked}
        onCheck={pane.check}
        onMark={pane.mark}
        onClear={pane.clear}
        onExportSheet={pane.exportSheet}
        onDownload={(kind) => void download(kind)}
      />
      {pane.error && (
        <MessageBar intent="error" layout="multiline" data-testid="host-error">
          <MessageBarBody>
            <MessageBarTitle>{s.hostErrorTitle}</MessageBarTitle>
            {describeError(pane.error, s)}
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={pane.dismissError}>
              {s.dismiss}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {pane.notice && (
        <MessageBar intent={pane.notice.intent} data-testid="notice">
          <MessageBarBody>{pane.notice.text}</MessageBarBody>
        </MessageBar>
      )}
      <TabList selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as TabId)} size="small">
        <Tab value="findings">{s.tabs.findings}</Tab>
        <Tab value="targets">{s.tabs.targets}</Tab>
        <Tab value="settings">{s.tabs.settings}</Tab>
      </TabList>
      {tab === 'findings' && (
        <section className={styles.tabBody} aria-label={s.tabs.findings}>
          {!pane.result && !pasted && <Text className={styles.muted}>{s.notCheckedYet}</Text>}
          {(pane.result || pasted) && (
            <Suspense fallback={loading}>
              <Results
                pane={pane}
                settings={settings}
                pasted={pasted}
                onPaste={setPasted}
                currentKey={currentKey}
                onOpen={open}
                onReviewer={(reviewer) => setSettings({ ...settings, reviewer })}
              />
            </Suspense>
          )}
        </section>
      )}
      {tab === 'targets' && (
        <Suspense fallback={loading}>
          <TargetsPanel
            locale={locale}
            busy={pane.phase !== 'idle'}
            building={pane.phase === 'targets'}
            outcome={pane.targets}
            currentKey={currentKey}
            onBuild={pane.buildTargets}
            onOpen={open}
          />
        </Suspense>
      )}
      {tab === 'settings' && <SettingsPanel settings={settings} catalogSheets={pane.catalogNames} onChange={setSettings} />}
      <Text size={200} className={styles.muted}>
        {s.privacy}
      </Text>
    </main>
  );
}
