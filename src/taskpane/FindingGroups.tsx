import { useMemo, useState } from 'react';
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, CounterBadge, Text, makeStyles, tokens } from '@fluentui/react-components';
import { tableLabel, type Locale } from '../engine/messages';
import { SEVERITY_ORDER } from '../engine/findings';
import { TABLE_KINDS, type TableKind } from '../engine/tables/model';
import { FindingsGrid } from './FindingsGrid';
import { groupRows, type GroupId, type Row } from './model';
import { STRINGS } from './strings';

const useStyles = makeStyles({
  header: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  panel: { marginInline: 0, paddingBottom: tokens.spacingVerticalS },
  empty: { color: tokens.colorNeutralForeground3, padding: tokens.spacingVerticalS },
});

export interface FindingGroupsProps {
  rows: Row[];
  locale: Locale;
  currentKey?: string;
  onOpen: (row: Row) => void;
  onAccept: (row: Row) => void;
  onUnaccept: (row: Row) => void;
}

export function groupTitle(g: GroupId, locale: Locale): string {
  const s = STRINGS[locale];
  return (TABLE_KINDS as readonly string[]).includes(g) ? tableLabel(g as TableKind, locale) : s.groups[g as 'narrative' | 'targets' | 'other'];
}

/** The badge shows the group's worst open finding, so a glance down the headers finds the errors. */
function worstColor(rows: Row[]): 'danger' | 'important' | 'informative' {
  const open = rows.filter((r) => !r.acceptance).map((r) => SEVERITY_ORDER[r.finding.severity]);
  const worst = open.length ? Math.min(...open) : 3;
  return worst === 0 ? 'danger' : worst === 1 ? 'important' : 'informative';
}

export function FindingGroups({ rows, locale, currentKey, onOpen, onAccept, onUnaccept }: FindingGroupsProps) {
  const styles = useStyles();
  const groups = useMemo(() => groupRows(rows), [rows]);
  // Groups are open unless the user closed them, so a group that appears after a re-run or a filter change is open.
  const [closed, setClosed] = useState<ReadonlySet<string>>(new Set());
  if (!groups.length) return <Text className={styles.empty}>{STRINGS[locale].noMatch}</Text>;
  return (
    <Accordion
      multiple
      collapsible
      openItems={groups.map((g) => g.group).filter((g) => !closed.has(g))}
      onToggle={(_, data) => {
        const next = new Set(closed);
        if (next.has(String(data.value))) next.delete(String(data.value));
        else next.add(String(data.value));
        setClosed(next);
      }}
    >
      {groups.map(({ group, rows: groupRows }) => (
        <AccordionItem key={group} value={group} data-group={group}>
          <AccordionHeader size="small">
            <span className={styles.header}>
              <Text weight="semibold">{groupTitle(group, locale)}</Text>
              <CounterBadge count={groupRows.length} color={worstColor(groupRows)} size="small" overflowCount={999} />
            </span>
          </AccordionHeader>
          <AccordionPanel className={styles.panel}>
            <FindingsGrid
              rows={groupRows}
              locale={locale}
              currentKey={currentKey}
              onOpen={onOpen}
              onAccept={onAccept}
              onUnaccept={onUnaccept}
              label={groupTitle(group, locale)}
            />
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}
