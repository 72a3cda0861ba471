// Where things are in a table sheet: title, unit line, header rows, the `* * 1 2 3` row, first data row.
import type { Unit } from '../money';
import type { Note } from '../tables/model';
import type { CellRef, CellValue, SheetSnapshot } from '../workbook';
import { isEmptyRow, rowAt } from './grid';
import { noteOfRow } from './notes';
import { isBlankValue, isCodeLength, isTotalLabel, norm, parseCode } from './text';
import { isNumericCell } from './values';

export interface UnitLine {
  unit: Unit;
  cell?: CellRef;
  row?: number;
  /** A unit the reader does not know (千元…): 万元 is assumed and the text reported. */
  unknown?: string;
}

export interface Layout {
  unit: UnitLine;
  /** First row below the title and unit lines. */
  topEnd: number;
  numberRow?: number;
  /** Header rows, top to bottom (0–3). */
  headerRows: number[];
  /** First row that holds data (or the row count when there is none). */
  dataStart: number;
  /** 注/备注 lines above the data. */
  notes: Note[];
}

/** Rows searched for the unit line: it sits above the headers. */
const UNIT_SEARCH_ROWS = 15;
const UNIT_RE = /(?:金额|计量)?单位:?(?:人民币)?(百万元|千元|亿元|万元|元)/;
const UNIT_LABEL_ONLY = /单位:?$/;
const KNOWN_UNIT = /^(?:万元|元)$/;
const NUMBER_ROW_MARK = /^(?:\*+|栏次|序号|行次|甲|乙|丙|[-—])$/;

/** "单位：万元" / "金额单位:元" / "单位：" + "万元" in the next cell, anywhere in the rows above `before`. */
export function findUnit(sheet: SheetSnapshot, before: number): UnitLine {
  for (let r = 0; r < Math.min(before, UNIT_SEARCH_ROWS, sheet.values.length); r++) {
    const row = rowAt(sheet, r);
    for (let c = 0; c < row.length; c++) {
      if (typeof row[c] !== 'string') continue;
      const folded = norm(row[c] as string);
      let unitText: string | undefined = UNIT_RE.exec(folded)?.[1];
      let col = c;
      if (!unitText && UNIT_LABEL_ONLY.test(folded)) {
        const next = nextFilled(row, c + 1);
        if (next >= 0 && typeof row[next] === 'string' && /^(?:百万元|千元|亿元|万元|元)$/.test(norm(row[next] as string))) {
          unitText = norm(row[next] as string);
          col = next;
        }
      }
      if (!unitText) continue;
      const cell = { sheet: sheet.name, row: r, col };
      return KNOWN_UNIT.test(unitText) ? { unit: unitText as Unit, cell, row: r } : { unit: '万元', cell, row: r, unknown: unitText };
    }
  }
  return { unit: '万元' };
}

function nextFilled(row: CellValue[], from: number): number {
  for (let c = from; c < row.length; c++) if (!isBlankValue(row[c])) return c;
  return -1;
}

export function filledCount(row: CellValue[]): number {
  let n = 0;
  for (const v of row) if (!isBlankValue(v)) n++;
  return n;
}

/** The `* * 1 2 3 …` (or 栏次 1 2 3) row that numbers the columns under the headers. */
export function isNumberRow(row: CellValue[]): boolean {
  let marks = 0;
  let expected = 1;
  for (const v of row) {
    if (isBlankValue(v)) continue;
    const text = typeof v === 'number' ? String(v) : typeof v === 'string' ? norm(v) : '';
    if (NUMBER_ROW_MARK.test(text)) {
      marks++;
      continue;
    }
    if (text !== String(expected)) return false;
    expected++;
  }
  const numbers = expected - 1;
  return numbers >= 1 && (numbers >= 2 || marks >= 1);
}

/**
 * A row that starts the data of a code table: it holds an amount or a code, or it is a 合计 row whose
 * amounts are all blank (its label is then its only text). Header rows hold several texts — and a
 * garbled PDF header may hold stray numbers too ("上缴上级支出 | 11 | 12"), so three texts make a header.
 */
export function isCodeDataRow(row: CellValue[]): boolean {
  let texts = 0;
  let total = false;
  let data = false;
  for (const v of row) {
    if (isBlankValue(v)) continue;
    if (isNumericCell(v)) {
      data = true;
      continue;
    }
    if (typeof v !== 'string') continue;
    const code = parseCode(v);
    if (code && isCodeLength(code)) {
      data = true;
      continue;
    }
    const folded = norm(v);
    if (DASH.test(folded)) continue;
    texts++;
    if (isTotalLabel(folded)) total = true;
  }
  if (texts >= 3) return false;
  return data || (total && texts === 1);
}

const DASH = /^[-‐‑–—―~～]+$/;

/** Header rows: the non-empty rows between the top lines and the data, without leading one-cell lines. */
export function headerRowsBetween(sheet: SheetSnapshot, from: number, to: number): number[] {
  const rows: number[] = [];
  for (let r = from; r < to; r++) {
    const row = rowAt(sheet, r);
    if (isEmptyRow(row) || noteOfRow(row, sheet.name, r)) continue;
    rows.push(r);
  }
  // A subtitle, department name or stray title line has one cell; a header row has several.
  while (rows.length > 1 && filledCount(rowAt(sheet, rows[0])) <= 1) rows.shift();
  return rows.slice(-3);
}

/** The end of the title/unit lines: below the title and below a unit line that is not itself a header row. */
export function topEndOf(sheet: SheetSnapshot, titleRow: number | undefined, unit: UnitLine): number {
  let end = titleRow === undefined ? 0 : titleRow + 1;
  if (unit.row !== undefined && filledCount(rowAt(sheet, unit.row)) <= 2) end = Math.max(end, unit.row + 1);
  return end;
}

/** Layout of a code table: data starts at the first row isCodeDataRow accepts. */
export function codeLayout(sheet: SheetSnapshot, titleRow: number | undefined): Layout {
  const n = sheet.values.length;
  let probe = 0;
  while (probe < n) {
    const row = rowAt(sheet, probe);
    if (!isNumberRow(row) && isCodeDataRow(row)) break;
    probe++;
  }
  const unit = findUnit(sheet, probe);
  const topEnd = Math.min(topEndOf(sheet, titleRow, unit), probe);
  let numberRow: number | undefined;
  for (let r = topEnd; r < probe; r++) if (isNumberRow(rowAt(sheet, r))) numberRow = numberRow ?? r;
  const headerRows = headerRowsBetween(sheet, topEnd, numberRow ?? probe);
  return { unit, topEnd, numberRow, headerRows, dataStart: probe, notes: topNotes(sheet, probe) };
}

export function topNotes(sheet: SheetSnapshot, before: number): Note[] {
  const notes: Note[] = [];
  for (let r = 0; r < before; r++) {
    const note = noteOfRow(rowAt(sheet, r), sheet.name, r);
    if (note) notes.push(note);
  }
  return notes;
}
