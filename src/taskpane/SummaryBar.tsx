import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, MessageBar, MessageBarBody, MessageBarTitle, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { CoverageEntry } from '../engine/findings';
import { renderMessageKey, type Locale } from '../engine/messages';
import type { Summary } from './model';
import { STRINGS } from './strings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  rule: { color: tokens.colorNeutralForeground3, fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  status: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

export interface SummaryBarProps {
  summary: Summary;
  locale: Locale;
}

function coverageText(c: CoverageEntry, locale: Locale, params = c.params): string {
  return c.reason ? renderMessageKey(`coverage-${c.reason}`, { ...(params ?? {}) }, locale) : '';
}

interface SkipLine {
  ruleId: string;
  status: CoverageEntry['status'];
  text: string;
  count: number;
}

/**
 * Skips of one rule for one reason are one line: sixteen 表2 equalities skipped read better as one.
 * The merged line drops `equality` (which of the rule's equalities), the only param that tells them apart.
 */
function distinctSkips(skipped: CoverageEntry[], locale: Locale): SkipLine[] {
  const out = new Map<string, SkipLine>();
  for (const c of skipped) {
    const { equality: _equality, ...common } = c.params ?? {};
    const key = `${c.ruleId}|${c.status}|${c.reason}|${JSON.stringify(common)}`;
    const seen = out.get(key);
    if (seen) {
      seen.count++;
      seen.text = coverageText(c, locale, common);
    } else out.set(key, { ruleId: c.ruleId, status: c.status, text: coverageText(c, locale), count: 1 });
  }
  return [...out.values()];
}

export function SummaryBar({ summary, locale }: SummaryBarProps) {
  const styles = useStyles();
  const s = STRINGS[locale];
  const { counts, accepted, skipped, ran, intent } = summary;
  const line = [s.summary(counts.error, counts.warning, counts.info), accepted ? s.summaryAccepted(accepted) : ''].filter(Boolean).join('；');
  const skips = distinctSkips(skipped, locale);
  return (
    <div className={styles.root}>
      <MessageBar intent={intent} layout="multiline" data-testid="summary">
        <MessageBarBody>
          <MessageBarTitle>{s.summaryTitle[intent]}</MessageBarTitle>
          <span data-testid="summary-counts">{line}</span>
          <br />
          {s.coverageRan(ran)}
          {skipped.length ? `；${s.coverageSkipped(skipped.length)}` : `；${s.coverageNone}`}
        </MessageBarBody>
      </MessageBar>
      {skipped.length > 0 && (
        <Accordion collapsible>
          <AccordionItem value="coverage">
            <AccordionHeader size="small">{`${s.coverageTitle}（${skipped.length}）`}</AccordionHeader>
            <AccordionPanel>
              <ul className={styles.list} data-testid="coverage">
                {skips.map((c) => (
                  <li key={`${c.ruleId}|${c.text}`}>
                    <Text size={200}>
                      <span className={styles.status}>{s.coverageStatus[c.status]}</span> {c.text}
                      {c.count > 1 ? ` ×${c.count}` : ''} <span className={styles.rule}>{c.ruleId}</span>
                    </Text>
                  </li>
                ))}
              </ul>
            </AccordionPanel>
          </AccordionItem>
        </Accordion>
      )}
    </div>
  );
}
