import { Badge, makeStyles, tokens } from '@fluentui/react-components';
import type { Finding } from '../engine/findings';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: {
    cursor: 'pointer',
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  detail: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

const COLOR = { error: 'danger', warning: 'warning', info: 'informative' } as const;

export interface FindingListProps {
  findings: Finding[];
  render: (f: Finding) => string;
  detail: (f: Finding) => string;
  onSelect: (f: Finding) => void;
}

export function FindingList({ findings, render, detail, onSelect }: FindingListProps) {
  const styles = useStyles();
  return (
    <ul className={styles.list}>
      {findings.map((f, i) => (
        <li key={i} className={styles.item} onClick={() => onSelect(f)}>
          <Badge color={COLOR[f.severity]} appearance="tint">{f.address ?? f.path.join(' / ')}</Badge> {render(f)}
          <div className={styles.detail}>{detail(f)}</div>
        </li>
      ))}
    </ul>
  );
}
