import { useEffect, useState } from 'react';
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { renderMessage, type Locale } from '../engine/messages';
import type { Finding } from '../engine/findings';
import { STRINGS } from './strings';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  finding: {
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
  },
});

export interface AcceptDialogProps {
  /** The finding being accepted; the dialog is open while this is set. */
  finding?: Finding;
  locale: Locale;
  reviewer: string;
  onConfirm: (finding: Finding, reason: string, by: string) => void;
  onCancel: () => void;
}

/** A written reason is required: an acceptance without one tells the next reviewer nothing. */
export function AcceptDialog({ finding, locale, reviewer, onConfirm, onCancel }: AcceptDialogProps) {
  const styles = useStyles();
  const s = STRINGS[locale];
  const [reason, setReason] = useState('');
  const [by, setBy] = useState(reviewer);
  useEffect(() => {
    if (finding) {
      setReason('');
      setBy(reviewer);
    }
  }, [finding, reviewer]);
  const ok = reason.trim().length > 0;
  return (
    <Dialog open={!!finding} onOpenChange={(_, d) => !d.open && onCancel()}>
      <DialogSurface aria-describedby={undefined}>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (finding && ok) onConfirm(finding, reason, by);
          }}
        >
          <DialogBody>
            <DialogTitle>{s.acceptTitle}</DialogTitle>
            <DialogContent className={styles.content}>
              {finding && <Text className={styles.finding}>{`${finding.address ?? ''} ${renderMessage(finding, locale)}`}</Text>}
              <Text size={200}>{s.acceptIntro}</Text>
              <Field label={s.acceptReason} required>
                <Textarea value={reason} onChange={(_, d) => setReason(d.value)} resize="vertical" rows={3} data-testid="accept-reason" />
              </Field>
              <Field label={s.acceptBy}>
                <Input value={by} onChange={(_, d) => setBy(d.value)} data-testid="accept-by" />
              </Field>
            </DialogContent>
            <DialogActions>
              <Button appearance="secondary" onClick={onCancel}>
                {s.cancel}
              </Button>
              <Button appearance="primary" type="submit" disabled={!ok}>
                {s.acceptConfirm}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
