// The in-memory workbook drawn as a plain HTML table with sheet tabs, so the effect of the pane can be
// seen: fills, notes (red corner, text on hover), links, and the selection, scrolled into view.
import { useEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import { parseAddress } from '../engine/workbook';
import type { FakeWorkbook } from './fake/model';
import { columnLetter, inRects, selectedRects, sheetView, type GridCell } from './grid-model';

export interface SheetGridProps {
  book: FakeWorkbook;
  /** Changes whenever the workbook does, so the grid redraws. */
  version: number;
  showHidden: boolean;
  onShowHidden: (show: boolean) => void;
}

function cellStyle(g: GridCell): CSSProperties {
  const c = g.cell;
  const style: CSSProperties = {};
  if (c?.fill) style.background = c.fill.pattern === 'Solid' ? c.fill.color : `repeating-linear-gradient(45deg, ${c.fill.color}, ${c.fill.color} 3px, ${c.fill.patternColor ?? '#000'} 3px, ${c.fill.patternColor ?? '#000'} 4px)`;
  if (c?.font?.bold) style.fontWeight = 600;
  if (c?.font?.italic) style.fontStyle = 'italic';
  if (c?.font?.size) style.fontSize = `${Math.round(c.font.size * 1.1)}px`;
  if (c?.hAlign && c.hAlign !== 'General') style.textAlign = c.hAlign.toLowerCase() as CSSProperties['textAlign'];
  if (c?.vAlign) style.verticalAlign = c.vAlign === 'Center' ? 'middle' : (c.vAlign.toLowerCase() as CSSProperties['verticalAlign']);
  const side = (b?: { color: string }) => (b ? `1px solid ${b.color}` : undefined);
  if (c?.borders) Object.assign(style, { borderTop: side(c.borders.top), borderBottom: side(c.borders.bottom), borderLeft: side(c.borders.left), borderRight: side(c.borders.right) });
  return style;
}

export function SheetGrid({ book, version, showHidden, onShowHidden }: SheetGridProps) {
  // A hidden sheet can be looked at without becoming Excel's active sheet (Excel cannot activate it).
  const [peek, setPeek] = useState<{ sheet: string; active: string }>();
  const peeking = peek && peek.active === book.activeSheet ? book.sheet(peek.sheet) : undefined;
  const sheet = peeking ?? book.sheet(book.activeSheet) ?? book.sheets[0];
  const selectionKey = book.selection?.sheet === sheet?.name ? book.selection.areas.join(',') : '';
  const selection = useMemo(() => selectedRects(selectionKey ? selectionKey.split(',') : []), [selectionKey]);
  const view = useMemo(() => (sheet ? sheetView(sheet, selection) : undefined), [sheet, selection, version]);
  const gridRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    gridRef.current?.querySelector('td.selected')?.scrollIntoView({ block: 'center', inline: 'nearest' });
  }, [selectionKey, sheet]);

  if (!sheet || !view) return <div className="status">（空工作簿）</div>;
  const rowHeight = (r: number) => (sheet.rowHeights.has(r) ? Math.round(sheet.rowHeights.get(r)! / 0.75) : undefined);
  const select = (address: string) => {
    if (sheet.visibility !== 'Visible') return;
    book.activeSheet = sheet.name;
    book.selection = { sheet: sheet.name, areas: [address] };
    book.emit();
  };
  const follow = (link: string) => {
    const ref = parseAddress(link);
    if (!ref || !book.sheet(ref.sheet)) return;
    book.activeSheet = book.sheet(ref.sheet)!.name;
    book.selection = { sheet: book.activeSheet, areas: [link.slice(link.lastIndexOf('!') + 1).replace(/\$/g, '')] };
    book.emit();
  };
  const focused = book.selection?.sheet === sheet.name ? book.selection.areas[0]?.split(':')[0] : undefined;
  const focusedCell = focused ? view.cells.flat().find((g) => g.address === focused) : undefined;

  return (
    <div className="book">
      <div className="formula" data-testid="formula-bar">
        <span className="name">{focused ? `${sheet.name}!${focused}` : sheet.name}</span>
        <span className="text">{focusedCell?.cell?.formula ?? focusedCell?.text ?? ''}{focusedCell?.note ? `　批注：${focusedCell.note}` : ''}</span>
      </div>
      <div className="grid" ref={gridRef} data-testid="grid" data-sheet={sheet.name}>
        {/* A fixed layout takes the column widths only when the table itself has a width. */}
        <table style={{ width: 40 + view.widths.reduce((a, b) => a + b, 0) }}>
          <colgroup>
            <col style={{ width: 40 }} />
            {view.widths.map((w, c) => <col key={c} style={{ width: w }} />)}
          </colgroup>
          <thead>
            <tr>
              <th className="corner" />
              {view.widths.map((_, c) => <th key={c}>{columnLetter(c)}</th>)}
            </tr>
          </thead>
          <tbody>
            {view.cells.map((line, r) => (
              <tr key={r} style={{ height: rowHeight(r) }}>
                <th>{r + 1}</th>
                {line.map((g) => (
                  <td
                    key={g.col}
                    rowSpan={g.rowSpan > 1 ? g.rowSpan : undefined}
                    colSpan={g.colSpan > 1 ? g.colSpan : undefined}
                    className={[g.numeric && 'num', g.spill && 'spill', g.cell?.wrap && 'wrap', g.note !== undefined && 'note', g.link && 'link', inRects(selection, g.row, g.col) && 'selected'].filter(Boolean).join(' ')}
                    style={cellStyle(g)}
                    title={g.note}
                    data-address={g.address}
                    data-fill={g.cell?.fill?.color}
                    onClick={() => (g.link ? follow(g.link) : select(g.address))}
                  >
                    {g.text}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        {view.truncated && <div className="status">（只显示前 {view.rows} 行）</div>}
      </div>
      <div className="tabs" role="tablist">
        {book.sheets
          .filter((s) => showHidden || s.visibility === 'Visible')
          .map((s) => (
            <button
              key={s.name}
              role="tab"
              aria-selected={s === sheet}
              className={[s === sheet && 'active', s.visibility !== 'Visible' && 'hidden'].filter(Boolean).join(' ')}
              onClick={() => {
                if (s.visibility !== 'Visible') return setPeek({ sheet: s.name, active: book.activeSheet });
                setPeek(undefined);
                book.activeSheet = s.name;
                book.emit();
              }}
            >
              {s.name}
              {s.visibility === 'VeryHidden' ? '（深度隐藏）' : s.visibility === 'Hidden' ? '（隐藏）' : ''}
            </button>
          ))}
        <label>
          <input type="checkbox" checked={showHidden} onChange={(e) => onShowHidden(e.target.checked)} />
          显示隐藏的工作表
        </label>
      </div>
    </div>
  );
}
