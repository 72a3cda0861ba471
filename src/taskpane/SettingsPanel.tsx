import { Field, Radio, RadioGroup, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Locale } from '../engine/messages';
import type { Settings } from './settings';
import { STRINGS } from './strings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, paddingBlock: tokens.spacingVerticalM },
  note: { color: tokens.colorNeutralForeground3 },
  levels: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

export interface SettingsPanelProps {
  settings: Settings;
  /** Catalog sheets found at the last check; undefined before the first check. */
  catalogSheets?: string[];
  onChange: (s: Settings) => void;
}

export function SettingsPanel({ settings, catalogSheets, onChange }: SettingsPanelProps) {
  const styles = useStyles();
  const s = STRINGS[settings.locale];
  const catalogHint =
    catalogSheets === undefined ? s.settingsCatalogUnknown : catalogSheets.length ? s.settingsCatalogFound(catalogSheets.join('、')) : s.settingsCatalogNone;
  return (
    <div className={styles.root}>
      <Field label={s.settingsCatalog} hint={catalogHint}>
        <RadioGroup value={settings.catalog} onChange={(_, d) => onChange({ ...settings, catalog: d.value as Settings['catalog'] })}>
          <Radio value="workbook" label={s.settingsCatalogWorkbook} />
          <Radio value="builtin" label={s.settingsCatalogBuiltin} />
        </RadioGroup>
      </Field>
      <div className={styles.levels}>
        <Text weight="semibold">{s.settingsDetail}</Text>
        <Field label={s.settingsDetailFunction}>
          <RadioGroup
            layout="horizontal"
            value={String(settings.functionLevel)}
            onChange={(_, d) => onChange({ ...settings, functionLevel: Number(d.value) as Settings['functionLevel'] })}
          >
            <Radio value="3" label={s.levels[3]} />
            <Radio value="2" label={s.levels[2]} />
          </RadioGroup>
        </Field>
        <Field label={s.settingsDetailEconomic}>
          <RadioGroup
            layout="horizontal"
            value={String(settings.economicLevel)}
            onChange={(_, d) => onChange({ ...settings, economicLevel: Number(d.value) as Settings['economicLevel'] })}
          >
            <Radio value="2" label={s.levels[2]} />
            <Radio value="1" label={s.levels[1]} />
          </RadioGroup>
        </Field>
        <Text size={200} className={styles.note}>
          {s.settingsDetailNote}
        </Text>
      </div>
      <Field label={s.settingsLanguage}>
        <RadioGroup layout="horizontal" value={settings.locale} onChange={(_, d) => onChange({ ...settings, locale: d.value as Locale })}>
          {(Object.keys(s.languages) as Locale[]).map((l) => (
            <Radio key={l} value={l} label={s.languages[l]} />
          ))}
        </RadioGroup>
      </Field>
      <Text size={200} className={styles.note}>
        {s.settingsApply}
      </Text>
    </div>
  );
}
