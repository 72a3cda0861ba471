import { useCallback, useState } from 'react';
import { Button, MessageBar, MessageBarBody, ProgressBar, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { CheckResult } from '../engine/check';
import type { Finding } from '../engine/findings';
import { fmt, renderMessage, type Locale } from '../engine/messages';
import { FindingList } from './FindingList';
import { STRINGS } from './strings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM },
  privacy: { color: tokens.colorNeutralForeground3 },
});

export interface AppProps {
  /** Reads the workbook and runs the engine: injected so the pane never calls Excel directly. */
  runCheck: () => Promise<CheckResult>;
  /** Takes the user to a finding's cells. */
  onSelect: (finding: Finding) => Promise<void>;
  locale?: Locale;
}

export function App({ runCheck, onSelect, locale = 'zh-CN' }: AppProps) {
  const styles = useStyles();
  const s = STRINGS[locale];
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<CheckResult>();
  const [error, setError] = useState<string>();

  const check = useCallback(async () => {
    setBusy(true);
    setError(undefined);
    try {
      setResult(await runCheck());
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  }, [runCheck]);

  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of result?.findings ?? []) counts[f.severity]++;
  const intent = counts.error ? 'error' : counts.warning ? 'warning' : 'success';

  return (
    <div className={styles.root}>
      <Text as="h1" weight="semibold" size={500}>{s.title}</Text>
      <Button appearance="primary" onClick={check} disabled={busy}>{s.check}</Button>
      {busy && <ProgressBar aria-label={s.checking} />}
      {error && (
        <MessageBar intent="error"><MessageBarBody>{error}</MessageBarBody></MessageBar>
      )}
      {result && !busy && (
        <MessageBar intent={intent}>
          <MessageBarBody>{counts.error || counts.warning ? s.summary(counts.error, counts.warning, counts.info) : s.clean}</MessageBarBody>
        </MessageBar>
      )}
      {result && (
        <FindingList
          findings={result.findings}
          render={(f) => renderMessage(f, locale)}
          detail={(f) => f.params.expected !== undefined ? `${s.expected} ${fmt(f.params.expected)}  ${s.actual} ${fmt(f.params.actual)}  ${s.difference} ${fmt(f.params.difference)}` : ''}
          onSelect={onSelect}
        />
      )}
      <Text size={200} className={styles.privacy}>{s.privacy}</Text>
    </div>
  );
}
