// Which table a sheet holds, or what else it is: by title words first, then by sheet name, and only
// last by the number in the name (Shanghai numbers its tables differently, so 表8 may be “三公”).
import type { TableKind } from '../tables/model';
import { cellText, type CellRef, type SheetSnapshot } from '../workbook';
import { SHEET_ROLES, TABLE_TITLES } from './aliases';
import type { SheetRole } from './index';
import { rowAt } from './grid';
import { norm } from './text';

export interface Identification {
  role: SheetRole;
  kind?: TableKind;
  /** The title that identified the table (or the sheet name when the name did). */
  title?: string;
  titleCell?: CellRef;
  by?: 'title' | 'name' | 'number';
}

/** Titles sit in the first rows; longer texts are paragraphs, not titles. */
const TOP_ROWS = 6;
const TITLE_MAX = 60;
const STANDARD_ORDER: TableKind[] = ['summary', 'income', 'expenditure', 'fiscal', 'general', 'basic', 'threePublic', 'fund', 'stateCapital'];

const TITLE_RES = TABLE_TITLES.map((t) => ({ kind: t.kind, re: new RegExp(t.pattern) }));
const ROLE_RES = SHEET_ROLES.map((r) => ({ role: r.role, re: new RegExp(r.pattern) }));
const NAME_NUMBER = /^(?:附?表)?([1-9])(?!\d)|表([1-9])(?!\d)/;
const TITLE_NUMBER = /^附?表([1-9])(?!\d)/;
const CONTENTS = /目录|封面/;

/** The table a folded title names, most specific pattern first. */
export function tableKindOfTitle(folded: string): TableKind | undefined {
  for (const t of TITLE_RES) if (t.re.test(folded)) return t.kind;
  return undefined;
}

export function roleOfText(folded: string): Exclude<SheetRole, 'table' | 'other'> | undefined {
  for (const r of ROLE_RES) if (r.re.test(folded)) return r.role;
  return undefined;
}

interface TopText {
  text: string;
  folded: string;
  cell: CellRef;
  first: boolean;
}

/** Short texts of the first rows, in reading order. */
export function topTexts(sheet: SheetSnapshot, rows = TOP_ROWS): TopText[] {
  const out: TopText[] = [];
  for (let r = 0; r < Math.min(rows, sheet.values.length); r++) {
    const row = rowAt(sheet, r);
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v !== 'string') continue;
      const text = cellText(v);
      const folded = norm(text);
      if (!folded || folded.length > TITLE_MAX) continue;
      out.push({ text, folded, cell: { sheet: sheet.name, row: r, col: c }, first: out.length === 0 });
    }
  }
  return out;
}

function hasContent(sheet: SheetSnapshot): boolean {
  return sheet.values.some((row) => row.some((v) => v !== null && v !== undefined && String(v).trim() !== ''));
}

export function identifySheet(sheet: SheetSnapshot): Identification {
  if (!hasContent(sheet)) return { role: 'other' };
  const name = norm(sheet.name);
  const nameKind = tableKindOfTitle(name);
  const nameRole = nameKind ? undefined : roleOfText(name);
  // A sheet called 编制说明 is narrative even when a sentence in it mentions a table.
  if (nameRole) return { role: nameRole };
  if (!nameKind && CONTENTS.test(name)) return { role: 'other' };
  const tops = topTexts(sheet);
  // Titles contain 表 or open the sheet; a sentence like "…政府性基金预算支出为 0" is neither.
  const titles = tops.flatMap((t) => {
    const kind = t.folded.includes('表') || t.first ? tableKindOfTitle(t.folded) : undefined;
    return kind ? [{ ...t, kind }] : [];
  });
  // A contents page lists many tables; a table sheet names one (perhaps twice: 表 1：… and its title).
  if (new Set(titles.map((t) => t.kind)).size >= 3) return { role: 'other' };
  if (titles.length) return { role: 'table', kind: titles[0].kind, title: titles[0].text, titleCell: titles[0].cell, by: 'title' };
  if (nameKind) return { role: 'table', kind: nameKind, title: sheet.name, by: 'name' };
  const byNumber = numberKind(name, sheet.name, tops);
  if (byNumber) return { role: 'table', kind: byNumber.kind, title: byNumber.title, titleCell: byNumber.cell, by: 'number' };
  for (const t of tops) {
    const role = roleOfText(t.folded);
    if (role) return { role };
  }
  return { role: 'other' };
}

function numberKind(name: string, sheetName: string, tops: TopText[]): { kind: TableKind; title: string; cell?: CellRef } | undefined {
  const m = NAME_NUMBER.exec(name);
  if (m) return { kind: STANDARD_ORDER[Number(m[1] ?? m[2]) - 1], title: sheetName };
  for (const t of tops) {
    const n = TITLE_NUMBER.exec(t.folded);
    if (n) return { kind: STANDARD_ORDER[Number(n[1]) - 1], title: t.text, cell: t.cell };
  }
  return undefined;
}
