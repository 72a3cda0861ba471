import { useMemo } from 'react';
import { Field, Textarea, makeStyles } from '@fluentui/react-components';
import type { Locale } from '../engine/messages';
import { STRINGS } from './strings';

const useStyles = makeStyles({
  textarea: { minHeight: '120px' },
});

export interface NarrativeBoxProps {
  value: string;
  locale: Locale;
  onChange: (text: string) => void;
}

/** Shown when the workbook has no 说明 sheet: the narrative is often kept in a Word file beside it. */
export function NarrativeBox({ value, locale, onChange }: NarrativeBoxProps) {
  const styles = useStyles();
  const s = STRINGS[locale];
  const paragraphs = useMemo(() => value.split(/\r\n|\r|\n/).filter((l) => l.trim()).length, [value]);
  return (
    <Field label={s.narrativeLabel} hint={paragraphs ? `${s.narrativeHint}（${s.narrativeCount(paragraphs)}）` : s.narrativeHint}>
      <Textarea className={styles.textarea} value={value} resize="vertical" onChange={(_, d) => onChange(d.value)} data-testid="narrative" />
    </Field>
  );
}
