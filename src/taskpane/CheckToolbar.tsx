import { Button, Field, Menu, MenuButton, MenuItem, MenuList, MenuPopover, MenuTrigger, ProgressBar, makeStyles, tokens } from '@fluentui/react-components';
import type { Locale } from '../engine/messages';
import type { Phase } from './usePane';
import { STRINGS } from './strings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
});

export interface CheckToolbarProps {
  locale: Locale;
  phase: Phase;
  progress?: { done: number; total: number };
  hasResult: boolean;
  marked: boolean;
  onCheck: () => void;
  onMark: () => void;
  onClear: () => void;
  onExportSheet: () => void;
  onDownload: (kind: 'csv' | 'json') => void;
}

/** Reading takes the first half of the bar (sheet by sheet); checking runs in one step, so it shows as moving. */
function progressValue(phase: Phase, progress?: { done: number; total: number }): number | undefined {
  if (phase === 'reading' && progress?.total) return (progress.done / progress.total) * 0.5;
  return undefined;
}

export function CheckToolbar(p: CheckToolbarProps) {
  const styles = useStyles();
  const s = STRINGS[p.locale];
  const busy = p.phase !== 'idle';
  const status =
    p.phase === 'reading' ? s.reading(p.progress?.done ?? 0, p.progress?.total ?? 0) : p.phase === 'checking' ? s.checking : undefined;
  return (
    <div className={styles.root}>
      <div className={styles.buttons}>
        <Button appearance="primary" onClick={p.onCheck} disabled={busy} data-testid="check">
          {s.check}
        </Button>
        <Button onClick={p.onMark} disabled={busy || !p.hasResult} title={s.markTitle} data-testid="mark">
          {s.mark}
        </Button>
        <Button onClick={p.onClear} disabled={busy || !p.marked} title={s.clearTitle} data-testid="clear">
          {s.clear}
        </Button>
        <Button onClick={p.onExportSheet} disabled={busy || !p.hasResult} title={s.exportSheetTitle} data-testid="export-sheet">
          {s.exportSheet}
        </Button>
        <Menu>
          <MenuTrigger disableButtonEnhancement>
            <MenuButton disabled={busy || !p.hasResult} data-testid="download">
              {s.download}
            </MenuButton>
          </MenuTrigger>
          <MenuPopover>
            <MenuList>
              <MenuItem onClick={() => p.onDownload('csv')} data-testid="download-csv">
                {s.downloadCsv}
              </MenuItem>
              <MenuItem onClick={() => p.onDownload('json')} data-testid="download-json">
                {s.downloadJson}
              </MenuItem>
            </MenuList>
          </MenuPopover>
        </Menu>
      </div>
      {status && (
        <Field validationMessage={status} validationState="none">
          <ProgressBar value={progressValue(p.phase, p.progress)} thickness="large" aria-label={status} />
        </Field>
      )}
    </div>
  );
}
