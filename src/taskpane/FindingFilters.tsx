import { useMemo } from 'react';
import { Dropdown, Field, Option, Switch, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Severity } from '../engine/findings';
import type { Locale } from '../engine/messages';
import { RULES } from '../engine/rules';
import { groupTitle } from './FindingGroups';
import { GROUP_ORDER, type Filters, type GroupId, type Row } from './model';
import { STRINGS } from './strings';

const useStyles = makeStyles({
  root: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'flex-end' },
  field: { minWidth: '120px', flex: '1 1 120px' },
  dropdown: { minWidth: '0', width: '100%' },
  count: { color: tokens.colorNeutralForeground3, flexBasis: '100%' },
});

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];
const RULE_DESCRIPTIONS = new Map(RULES.map((r) => [r.id, r.description]));

export interface FindingFiltersProps {
  rows: Row[];
  shown: number;
  filters: Filters;
  locale: Locale;
  onChange: (f: Filters) => void;
}

/** Multi-select dropdowns: nothing selected means all, which is how the placeholder reads. */
export function FindingFilters({ rows, shown, filters, locale, onChange }: FindingFiltersProps) {
  const styles = useStyles();
  const s = STRINGS[locale];
  const groups = useMemo(() => GROUP_ORDER.filter((g) => rows.some((r) => r.group === g)), [rows]);
  const rules = useMemo(() => [...new Set(rows.map((r) => r.finding.ruleId))].sort(), [rows]);
  const severityText = (v: Severity) => s.severity[v];
  const summary = (values: string[], text: (v: string) => string) => values.map(text).join('、');
  return (
    <div className={styles.root}>
      <Field label={s.filters.severity} className={styles.field}>
        <Dropdown
          className={styles.dropdown}
          multiselect
          size="small"
          placeholder={s.filters.all}
          selectedOptions={filters.severities}
          value={summary(filters.severities, (v) => severityText(v as Severity))}
          onOptionSelect={(_, d) => onChange({ ...filters, severities: d.selectedOptions as Severity[] })}
        >
          {SEVERITIES.map((v) => (
            <Option key={v} value={v}>
              {severityText(v)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label={s.filters.table} className={styles.field}>
        <Dropdown
          className={styles.dropdown}
          multiselect
          size="small"
          placeholder={s.filters.all}
          selectedOptions={filters.groups}
          value={summary(filters.groups, (g) => groupTitle(g as GroupId, locale))}
          onOptionSelect={(_, d) => onChange({ ...filters, groups: d.selectedOptions as GroupId[] })}
        >
          {groups.map((g) => (
            <Option key={g} value={g}>
              {groupTitle(g, locale)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label={s.filters.rule} className={styles.field}>
        <Dropdown
          className={styles.dropdown}
          multiselect
          size="small"
          placeholder={s.filters.all}
          selectedOptions={filters.rules}
          value={summary(filters.rules, (r) => r)}
          onOptionSelect={(_, d) => onChange({ ...filters, rules: d.selectedOptions })}
        >
          {rules.map((r) => (
            <Option key={r} value={r} text={r} title={RULE_DESCRIPTIONS.get(r)}>
              {r}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Switch
        label={s.filters.showAccepted}
        checked={filters.showAccepted}
        onChange={(_, d) => onChange({ ...filters, showAccepted: d.checked })}
      />
      <Text size={200} className={styles.count}>
        {s.shown(shown, rows.length)}
      </Text>
    </div>
  );
}
