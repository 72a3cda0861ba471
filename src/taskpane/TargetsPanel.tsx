import { useMemo, useState } from 'react';
import { Button, Field, MessageBar, MessageBarBody, Radio, RadioGroup, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Locale } from '../engine/messages';
import { FindingsGrid } from './FindingsGrid';
import { toRows, type Row } from './model';
import { STRINGS } from './strings';
import type { ProfileChoice, TargetsOutcome } from './targets';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, paddingBlock: tokens.spacingVerticalM },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  names: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

const CHOICES: ProfileChoice[] = ['auto', 'classic', 'central-2021'];

export interface TargetsPanelProps {
  locale: Locale;
  busy: boolean;
  building: boolean;
  outcome?: TargetsOutcome;
  currentKey?: string;
  onBuild: (choice: ProfileChoice) => void;
  onOpen: (row: Row) => void;
}

export function TargetsPanel({ locale, busy, building, outcome, currentKey, onBuild, onOpen }: TargetsPanelProps) {
  const styles = useStyles();
  const s = STRINGS[locale];
  const [choice, setChoice] = useState<ProfileChoice>('auto');
  const rows = useMemo(() => (outcome ? toRows({ findings: outcome.findings, sheets: [] }, new Map()) : []), [outcome]);
  return (
    <div className={styles.root}>
      <Text size={200}>{s.targetsIntro}</Text>
      <Field label={s.targetsProfile}>
        <RadioGroup value={choice} onChange={(_, d) => setChoice(d.value as ProfileChoice)} data-testid="targets-profile">
          {CHOICES.map((c) => (
            <Radio key={c} value={c} label={s.targetsProfiles[c]} />
          ))}
        </RadioGroup>
      </Field>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={busy} onClick={() => onBuild(choice)} data-testid="targets-build">
          {s.targetsBuild}
        </Button>
        {building && <Spinner size="tiny" label={s.targetsBuilding} />}
      </div>
      {outcome && !outcome.found && (
        <MessageBar intent="warning">
          <MessageBarBody>{s.targetsMissing}</MessageBarBody>
        </MessageBar>
      )}
      {outcome?.found && (
        <MessageBar intent={outcome.written.length ? 'success' : 'warning'} layout="multiline" data-testid="targets-result">
          <MessageBarBody>
            {s.targetsProjects(outcome.projects, outcome.profile ? s.targetsProfiles[outcome.profile] : '')}
            {outcome.written.length > 0 && (
              <>
                <br />
                {s.targetsWritten}
                <ul className={styles.names} data-testid="targets-written">
                  {outcome.written.map((n) => (
                    <li key={n}>{n}</li>
                  ))}
                </ul>
              </>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
      {outcome?.notes.map((n) => (
        <MessageBar key={n} intent="info">
          <MessageBarBody>{n}</MessageBarBody>
        </MessageBar>
      ))}
      {outcome?.found && (
        <>
          <Text weight="semibold">{s.targetsFindings}</Text>
          {rows.length ? (
            <FindingsGrid rows={rows} locale={locale} currentKey={currentKey} onOpen={onOpen} label={s.targetsFindings} />
          ) : (
            <Text>{s.targetsClean}</Text>
          )}
        </>
      )}
    </div>
  );
}
