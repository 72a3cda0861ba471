import { useMemo, type KeyboardEvent, type ReactNode } from 'react';
import {
  Badge,
  Button,
  DataGrid,
  DataGridBody,
  DataGridCell,
  DataGridHeader,
  DataGridHeaderCell,
  DataGridRow,
  createTableColumn,
  makeStyles,
  mergeClasses,
  tokens,
  type TableColumnDefinition,
} from '@fluentui/react-components';
import type { Severity } from '../engine/findings';
import { fmt, renderMessage, type Locale } from '../engine/messages';
import { RULES } from '../engine/rules';
import { a1 } from '../engine/workbook';
import { shortAddress } from './cells';
import type { Row } from './model';
import { STRINGS, type Strings } from './strings';
import { useWidth } from './useWidth';

/** Below this width the amounts and the rule move into the 说明 cell, so nothing hides behind a scrollbar. */
const COMPACT_BELOW = 900;

const useStyles = makeStyles({
  row: { cursor: 'pointer', alignItems: 'stretch' },
  accepted: { color: tokens.colorNeutralForeground3 },
  text: { whiteSpace: 'normal', overflowWrap: 'anywhere', paddingBlock: tokens.spacingVerticalXS, minWidth: 0 },
  sub: { display: 'block', color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  amounts: { display: 'block', fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, fontVariantNumeric: 'tabular-nums' },
  acceptance: { display: 'block', marginTop: tokens.spacingVerticalXXS, color: tokens.colorPaletteGreenForeground1, fontSize: tokens.fontSizeBase200 },
  number: { width: '100%', textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  negative: { color: tokens.colorPaletteRedForeground1 },
  cell: { fontWeight: tokens.fontWeightSemibold },
  // Column widths as flex bases (cells add their own padding): the grid's rows are flex rows.
  severity: { flex: '0 0 44px' },
  location: { flex: '0 0 80px' },
  locationCompact: { flex: '0 0 52px' },
  message: { flex: '1 1 240px', minWidth: 0 },
  amount: { flex: '0 0 76px' },
  rule: { flex: '0 0 112px' },
  actions: { flex: '0 0 72px' },
  stack: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalXXS },
  messageCompact: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalXXS, paddingBottom: tokens.spacingVerticalXS },
});

const SEVERITY_COLOR: Record<Severity, 'danger' | 'warning' | 'informative'> = { error: 'danger', warning: 'warning', info: 'informative' };

const RULE_DESCRIPTIONS = new Map(RULES.map((r) => [r.id, r.description]));

export interface FindingsGridProps {
  rows: Row[];
  locale: Locale;
  /** The row whose cells were last selected in the workbook. */
  currentKey?: string;
  onOpen: (row: Row) => void;
  /** Absent where findings cannot be accepted (the targets panel). */
  onAccept?: (row: Row) => void;
  onUnaccept?: (row: Row) => void;
  label: string;
}

/** Local date and minutes; an unreadable stored date is shown as stored rather than hidden. */
function formatTime(at: string, locale: Locale): string {
  const d = new Date(at);
  return Number.isNaN(d.getTime()) ? at : d.toLocaleString(locale, { dateStyle: 'short', timeStyle: 'short' });
}

const amountText = (v: unknown): string | undefined => (typeof v === 'number' ? fmt(v) : typeof v === 'string' ? v : undefined);

function Amount({ value }: { value: unknown }) {
  const styles = useStyles();
  const text = amountText(value);
  if (text === undefined) return null;
  return <span className={mergeClasses(styles.number, typeof value === 'number' && value < 0 && styles.negative)}>{text}</span>;
}

function Message({ row, locale, compact }: { row: Row; locale: Locale; compact: boolean }) {
  const styles = useStyles();
  const s = STRINGS[locale];
  const f = row.finding;
  const p = f.params;
  const operands = (p.operands ?? []).map((a) => shortAddress(a, f.sheet));
  const amounts = compact
    ? ([
        [s.columns.expected, amountText(p.expected)],
        [s.columns.actual, amountText(p.actual)],
        [s.columns.difference, amountText(p.difference)],
      ].filter(([, v]) => v !== undefined) as [string, string][])
    : [];
  const extra = [p.tolerance !== undefined ? s.tolerance(String(p.tolerance)) : '', p.unit ? s.unit(p.unit) : '', compact ? f.ruleId : '']
    .filter(Boolean)
    .join('，');
  return (
    <div className={styles.text}>
      {renderMessage(f, locale)}
      {amounts.length > 0 && <span className={styles.amounts}>{amounts.map(([k, v]) => `${k} ${v}`).join('　')}</span>}
      {operands.length > 0 && <span className={styles.sub}>{`${s.operands}：${operands.join('、')}`}</span>}
      {extra && <span className={styles.sub}>{extra}</span>}
      {row.acceptance && (
        <span className={styles.acceptance}>
          {`${s.acceptedBadge}：${row.acceptance.reason}（${s.acceptedBy(row.acceptance.by, formatTime(row.acceptance.at, locale))}）`}
        </span>
      )}
    </div>
  );
}

function SeverityBadge({ row, s }: { row: Row; s: Strings }) {
  return (
    <Badge appearance={row.acceptance ? 'outline' : 'filled'} color={row.acceptance ? 'success' : SEVERITY_COLOR[row.finding.severity]} size="small">
      {row.acceptance ? s.acceptedBadge : s.severity[row.finding.severity]}
    </Badge>
  );
}

/** Wide: the cell and its sheet. Compact: the severity badge over the cell, as the severity column is gone. */
function Location({ row, compact, s }: { row: Row; compact: boolean; s: Strings }) {
  const styles = useStyles();
  const f = row.finding;
  const cell = f.address ? shortAddress(f.address, f.sheet) : '';
  return (
    <div className={mergeClasses(styles.text, compact && styles.stack)} title={f.address}>
      {compact && <SeverityBadge row={row} s={s} />}
      <span className={styles.cell}>{cell || '—'}</span>
      {!compact && f.sheet && <span className={styles.sub}>{f.sheet}</span>}
    </div>
  );
}

function AcceptButton({ row, s, onAccept, onUnaccept }: { row: Row; s: Strings; onAccept: (r: Row) => void; onUnaccept: (r: Row) => void }) {
  return (
    <Button
      size="small"
      appearance={row.acceptance ? 'subtle' : 'secondary'}
      onClick={(e) => {
        // The row's own click selects the cell; the button only accepts.
        e.stopPropagation();
        (row.acceptance ? onUnaccept : onAccept)(row);
      }}
    >
      {row.acceptance ? s.unaccept : s.accept}
    </Button>
  );
}

/**
 * Wide panes get every typed column. A narrow pane (Excel's default is about 350 px) gets 位置 and 说明
 * only, with the amounts, the rule and the 接受 button inside 说明, so nothing hides behind a scrollbar.
 */
function columnsFor(
  s: Strings,
  locale: Locale,
  compact: boolean,
  { onAccept, onUnaccept }: Pick<FindingsGridProps, 'onAccept' | 'onUnaccept'>,
  styles: ReturnType<typeof useStyles>,
): TableColumnDefinition<Row>[] {
  const col = (columnId: string, header: string, cell: (r: Row) => ReactNode) =>
    createTableColumn<Row>({ columnId, renderHeaderCell: () => header, renderCell: cell });
  const accept = (r: Row) => onAccept && onUnaccept && <AcceptButton row={r} s={s} onAccept={onAccept} onUnaccept={onUnaccept} />;
  const location = col('location', s.columns.location, (r) => <Location row={r} compact={compact} s={s} />);
  if (compact) {
    return [
      location,
      col('message', s.columns.message, (r) => (
        <div className={styles.messageCompact}>
          <Message row={r} locale={locale} compact />
          {accept(r)}
        </div>
      )),
    ];
  }
  const cols = [
    col('severity', s.columns.severity, (r) => <SeverityBadge row={r} s={s} />),
    location,
    col('message', s.columns.message, (r) => <Message row={r} locale={locale} compact={false} />),
    col('expected', s.columns.expected, (r) => <Amount value={r.finding.params.expected} />),
    col('actual', s.columns.actual, (r) => <Amount value={r.finding.params.actual} />),
    col('difference', s.columns.difference, (r) => <Amount value={r.finding.params.difference} />),
    col('rule', s.columns.rule, ({ finding: f }) => (
      <span className={styles.sub} title={RULE_DESCRIPTIONS.get(f.ruleId)}>
        {f.ruleId}
      </span>
    )),
  ];
  if (onAccept && onUnaccept) cols.push(col('actions', s.columns.actions, accept));
  return cols;
}

export function FindingsGrid(props: FindingsGridProps) {
  const styles = useStyles();
  const [ref, width] = useWidth<HTMLDivElement>();
  const compact = (width ?? 0) < COMPACT_BELOW;
  const { rows, currentKey, onOpen, onAccept, onUnaccept, label, locale } = props;
  const s = STRINGS[locale];
  const columns = useMemo(() => columnsFor(s, locale, compact, { onAccept, onUnaccept }, styles), [s, locale, compact, onAccept, onUnaccept, styles]);
  const widthClass: Record<string, string> = {
    severity: styles.severity,
    location: compact ? styles.locationCompact : styles.location,
    message: styles.message,
    expected: styles.amount,
    actual: styles.amount,
    difference: styles.amount,
    rule: styles.rule,
    actions: styles.actions,
  };
  // Rows are tab stops (row focus mode): Enter or Space goes to the cells as a click does, the arrows move
  // between rows. (Composite mode would hand Enter to Tabster, which moves focus into the row instead.)
  const onKeyDown = (row: Row) => (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.target !== e.currentTarget) return;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onOpen(row);
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      const next = e.key === 'ArrowDown' ? e.currentTarget.nextElementSibling : e.currentTarget.previousElementSibling;
      if (next instanceof HTMLElement && next.getAttribute('role') === 'row') {
        e.preventDefault();
        next.focus();
      }
    }
  };
  return (
    <div ref={ref}>
      <DataGrid items={rows} columns={columns} getRowId={(r: Row) => r.key} focusMode="row_unstable" size="small" aria-label={label}>
        <DataGridHeader>
          <DataGridRow>
            {({ renderHeaderCell, columnId }) => <DataGridHeaderCell className={widthClass[columnId]} focusMode="none">{renderHeaderCell()}</DataGridHeaderCell>}
          </DataGridRow>
        </DataGridHeader>
        <DataGridBody<Row>>
          {({ item, rowId }) => (
            <DataGridRow<Row>
              key={rowId}
              className={mergeClasses(styles.row, item.acceptance && styles.accepted)}
              appearance={rowId === currentKey ? 'brand' : 'none'}
              data-finding-key={item.key}
              data-cell={item.finding.cell ? a1(item.finding.cell.row, item.finding.cell.col) : undefined}
              data-rule={item.finding.ruleId}
              data-severity={item.finding.severity}
              onClick={() => onOpen(item)}
              onKeyDown={onKeyDown(item)}
            >
              {({ renderCell, columnId }) => (
                <DataGridCell className={widthClass[columnId]} focusMode="none">
                  {renderCell(item)}
                </DataGridCell>
              )}
            </DataGridRow>
          )}
        </DataGridBody>
      </DataGrid>
    </div>
  );
}
