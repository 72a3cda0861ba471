// Header rows → the code column(s), the name column and the value columns by meaning; and the standard
// layout for a code table whose headers were lost.
import type { Column, ColumnKey, TableKind } from '../tables/model';
import type { SheetSnapshot } from '../workbook';
import { CODE_HEADER, CODE_PART_HEADER, COLUMN_ALIASES, HEADERLESS_LAYOUTS, NAME_HEADER, SUBTOTAL_HEADER } from './aliases';
import { filledTexts, lastFilled, rowAt } from './grid';
import { noteOfRow } from './notes';
import { isBlankValue, isCodeLength, parseCode } from './text';
import { isNumericCell } from './values';

export interface ColumnLayout {
  /** One code column, several split 类/款/项 columns to join, or none (codes inline in the name). */
  codeCols: number[];
  nameCol: number;
  columns: Column[];
  /** Value columns whose header the reader could not place. */
  unknown: { col: number; row: number; header: string }[];
}

const ALIAS_RES = COLUMN_ALIASES.map((a) => ({ re: new RegExp(a.pattern), key: a.key }));
const SUBTOTAL = new RegExp(SUBTOTAL_HEADER);
const CODE = new RegExp(CODE_HEADER);
const CODE_PART = new RegExp(CODE_PART_HEADER);
const NAME = new RegExp(NAME_HEADER);

function aliasKey(segment: string): ColumnKey | undefined {
  for (const a of ALIAS_RES) if (a.re.test(segment)) return a.key;
  return undefined;
}

/**
 * A column's key from its header segments (top to bottom): the leaf decides, except a 小计 leaf, which
 * stands for its parent ("基本保障支出/小计" is basic). A leaf the aliases do not know is not given its
 * parent's key: "项目支出/其他" is not the 项目支出 column.
 */
export function columnKeyOf(segments: string[]): ColumnKey | undefined {
  const leaf = segments[segments.length - 1];
  if (segments.length > 1 && SUBTOTAL.test(leaf)) return aliasKey(segments[segments.length - 2]) ?? aliasKey(leaf);
  return aliasKey(leaf);
}

/** Distinct texts of a column down the header rows: a text merged down two rows counts once. */
function segmentsAt(texts: string[][], col: number): string[] {
  const out: string[] = [];
  for (const line of texts) {
    const t = line[col] ?? '';
    if (t && t !== out[out.length - 1]) out.push(t);
  }
  return out;
}

/** Maps header rows to columns; nameCol is -1 when no header names the name column. */
export function mapHeaderColumns(sheet: SheetSnapshot, headerRows: number[]): ColumnLayout {
  const layout: ColumnLayout = { codeCols: [], nameCol: -1, columns: [], unknown: [] };
  if (headerRows.length === 0) return layout;
  const first = headerRows[0];
  const all = filledTexts(sheet, first, headerRows[headerRows.length - 1]);
  const texts = headerRows.map((r) => all[r - first]);
  const width = Math.max(...texts.map((t) => t.length));
  const codeCols: number[] = [];
  const partCols: number[] = [];
  const used = new Set<ColumnKey>();
  const unplaced: ColumnLayout['unknown'] = [];
  for (let col = 0; col < width; col++) {
    const segments = segmentsAt(texts, col);
    if (segments.length === 0) continue;
    const leaf = segments[segments.length - 1];
    if (CODE_PART.test(leaf)) partCols.push(col);
    else if (CODE.test(leaf)) codeCols.push(col);
    else if (NAME.test(leaf) && layout.nameCol < 0) layout.nameCol = col;
    else {
      const key = columnKeyOf(segments);
      if (key && !used.has(key)) {
        used.add(key);
        layout.columns.push({ key, header: segments.join('/'), col });
      } else unplaced.push({ col, row: lowestHeaderRow(texts, headerRows, col), header: segments.join('/') });
    }
  }
  layout.codeCols = partCols.length > 1 ? partCols : codeCols.slice(0, 1);
  if (layout.nameCol < 0 && layout.codeCols.length) layout.nameCol = layout.codeCols[layout.codeCols.length - 1] + 1;
  const left = Math.max(layout.nameCol, ...layout.codeCols);
  layout.unknown = unplaced.filter((u) => u.col > left);
  layout.columns = layout.columns.filter((c) => c.col > left);
  return layout;
}

function lowestHeaderRow(texts: string[][], headerRows: number[], col: number): number {
  for (let i = texts.length - 1; i >= 0; i--) if (texts[i][col]) return headerRows[i];
  return headerRows[0];
}

/** Rows sampled to find the code and name columns of a headerless table. */
const SAMPLE_ROWS = 50;

/**
 * Code and name columns from the data itself: the name column is the leftmost column holding text that
 * is not a code or an amount; codes sit in the columns left of it (or inline, in the name).
 */
export function dataColumns(sheet: SheetSnapshot, dataStart: number): { codeCols: number[]; nameCol: number } {
  let nameCol = -1;
  const codeSeen = new Set<number>();
  let sampled = 0;
  for (let r = dataStart; r < sheet.values.length && sampled < SAMPLE_ROWS; r++) {
    const row = rowAt(sheet, r);
    if (lastFilled(row) < 0 || noteOfRow(row, sheet.name, r)) continue;
    sampled++;
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (isBlankValue(v)) continue;
      const code = parseCode(v);
      if (code && isCodeLength(code) && (nameCol < 0 || c < nameCol)) codeSeen.add(c);
      else if (typeof v === 'string' && !isNumericCell(v)) {
        if (nameCol < 0 || c < nameCol) nameCol = c;
        break;
      }
    }
  }
  if (nameCol < 0) nameCol = codeSeen.size ? Math.max(...codeSeen) + 1 : 0;
  return { codeCols: [...codeSeen].filter((c) => c < nameCol).sort((a, b) => a - b), nameCol };
}

/**
 * The standard columns of a kind, for a table whose headers are missing: chosen by the number of value
 * columns (exactly, from a `* * 1 2 3` row; or the smallest standard layout the rows fit in, since
 * trailing blank cells are often not stored).
 */
export function assumeColumns(kind: TableKind, valueCols: number[], exact: boolean): Column[] | undefined {
  const layouts = HEADERLESS_LAYOUTS[kind] ?? [];
  const n = valueCols.length;
  const fit = layouts.find((l) => l.length === n) ?? (exact ? undefined : layouts.filter((l) => l.length >= n).sort((a, b) => a.length - b.length)[0]);
  if (!fit || n === 0) return undefined;
  const cols = exact ? valueCols : Array.from({ length: fit.length }, (_, i) => valueCols[0] + i);
  return fit.map((key, i) => ({ key, header: '', col: cols[i] }));
}
