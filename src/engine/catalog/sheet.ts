// Reads a user's official catalog from a sheet: a header row with a code and a name column (or split
// 类 | 款 | 项 code columns), then one code per row. Bad rows become findings; they never stop the read.
import { z } from 'zod';
import type { Finding } from '../findings';
import type { CodeSystem } from '../tables/model';
import { address, cellAt, cellText, type CellRef, type SheetSnapshot } from '../workbook';
import { catalogKey, type Catalog, type CatalogEntry } from './catalog';
import { CODE_SYSTEMS, codeText, levelOfCode, parentCode, systemOfCode } from './codes';
import { normaliseName } from './names';

type CodeColumns = { kind: 'single'; col: number } | { kind: 'split'; lei: number; kuan: number; xiang?: number };

interface Layout {
  dataStart: number;
  code: CodeColumns;
  name: number;
  system?: number;
}

const HEADER_SCAN_ROWS = 20;
const CODE_HEADER = /^(?!.*单位).{0,8}?(编码|代码|编号)$|^code$/;
const NAME_HEADER = /^(?!.*单位).{0,8}?名称$|^name$/;
const SYSTEM_HEADER = /^(科目)?(类别|体系|分类体系|科目体系)$|^system$/;

const headerText = (sheet: SheetSnapshot, row: number, col: number): string =>
  cellText(cellAt(sheet, row, col)).replace(/[\s\u3000]+/g, '').toLowerCase();

function findCol(sheet: SheetSnapshot, rows: number[], test: (h: string) => boolean): number | undefined {
  for (const r of rows) {
    const width = sheet.values[r]?.length ?? 0;
    for (let c = 0; c < width; c++) if (test(headerText(sheet, r, c))) return c;
  }
  return undefined;
}

function splitColumns(sheet: SheetSnapshot, row: number): CodeColumns | undefined {
  const lei = findCol(sheet, [row], (h) => h === '类');
  const kuan = findCol(sheet, [row], (h) => h === '款');
  if (lei === undefined || kuan === undefined) return undefined;
  return { kind: 'split', lei, kuan, xiang: findCol(sheet, [row], (h) => h === '项') };
}

/** The first row (of the top rows) that names a code column and a name column. */
export function findCatalogLayout(sheet: SheetSnapshot): Layout | undefined {
  const last = Math.min(HEADER_SCAN_ROWS, sheet.values.length);
  for (let r = 0; r < last; r++) {
    const above = [r, r - 1, r - 2].filter((x) => x >= 0);
    const split = splitColumns(sheet, r);
    if (split) {
      // 科目编码 merged over 类 | 款 | 项: the name and system headers sit in the row above, merged down.
      const name = findCol(sheet, above, (h) => NAME_HEADER.test(h));
      if (name !== undefined) return { dataStart: r + 1, code: split, name, system: findCol(sheet, above, (h) => SYSTEM_HEADER.test(h)) };
      continue;
    }
    const code = findCol(sheet, [r], (h) => CODE_HEADER.test(h));
    const name = findCol(sheet, [r], (h) => NAME_HEADER.test(h));
    if (code === undefined || name === undefined) continue;
    const system = findCol(sheet, [r], (h) => SYSTEM_HEADER.test(h));
    const below = splitColumns(sheet, r + 1);
    if (below) return { dataStart: r + 2, code: below, name, system };
    return { dataStart: r + 1, code: { kind: 'single', col: code }, name, system };
  }
  return undefined;
}

/** A declared system ("功能分类", "部门经济分类", "economicGov"…); 'unknown' when it says something else. */
function declaredSystem(text: string, code: string): CodeSystem | 'unknown' | undefined {
  const t = text.replace(/\s+/g, '');
  if (!t) return undefined;
  if ((CODE_SYSTEMS as readonly string[]).includes(t)) return t as CodeSystem;
  if (/功能/.test(t)) return 'function';
  if (/政府.*经济/.test(t)) return 'economicGov';
  if (/部门.*经济/.test(t)) return 'economicDept';
  // A bare 经济分类 column: which one follows from the digits (3xx department, 5xx government).
  if (/经济/.test(t)) return code.startsWith('5') ? 'economicGov' : code.startsWith('3') ? 'economicDept' : 'unknown';
  return 'unknown';
}

const rowSchema = z
  .object({
    code: z.string().min(1, { error: 'code-missing' }).regex(/^\d+$/, { error: 'code-format' }),
    name: z.string().min(1, { error: 'name-missing' }),
    system: z.enum(CODE_SYSTEMS as [CodeSystem, ...CodeSystem[]], { error: 'system-unknown' }).optional(),
  })
  .superRefine((row, ctx) => {
    const inferred = systemOfCode(row.code);
    if (!inferred) ctx.addIssue({ code: 'custom', path: ['code'], message: 'code-system' });
    else if (row.system && row.system !== inferred) ctx.addIssue({ code: 'custom', path: ['system'], message: 'system-mismatch' });
  });

interface SplitState {
  lei: string;
  kuan: string;
}

const pad2 = (s: string): string => (/^\d$/.test(s) ? `0${s}` : s);

/**
 * Joins split 类 | 款 | 项 cells into one code. Rows often leave 类 (and 款) blank under the row that
 * gave them, so blanks carry down; a full code written in any column is taken as it is.
 */
function splitCode(parts: [string, string, string], state: SplitState): string {
  let [lei, kuan, xiang] = parts;
  if (!lei && !kuan && !xiang) return '';
  if (xiang.length === 7) [lei, kuan, xiang] = [xiang.slice(0, 3), xiang.slice(3, 5), xiang.slice(5)];
  else if (kuan.length === 5) [lei, kuan] = [kuan.slice(0, 3), kuan.slice(3)];
  const l = lei || state.lei;
  const k = kuan ? pad2(kuan) : lei ? '' : state.kuan;
  state.lei = l;
  state.kuan = k;
  return l + k + (xiang ? pad2(xiang) : '');
}

interface RawRow {
  code: string;
  name: string;
  systemText: string;
  codeCell: CellRef;
  nameCell: CellRef;
  systemCell?: CellRef;
}

function readRow(sheet: SheetSnapshot, layout: Layout, row: number, state: SplitState): RawRow | undefined {
  const at = (col: number): CellRef => ({ sheet: sheet.name, row, col });
  const name = cellText(cellAt(sheet, row, layout.name));
  const systemText = layout.system === undefined ? '' : cellText(cellAt(sheet, row, layout.system));
  let code: string;
  let codeCell: CellRef;
  if (layout.code.kind === 'single') {
    code = codeText(cellAt(sheet, row, layout.code.col));
    codeCell = at(layout.code.col);
  } else {
    const cols = [layout.code.lei, layout.code.kuan, layout.code.xiang];
    const parts = cols.map((c) => (c === undefined ? '' : codeText(cellAt(sheet, row, c)))) as [string, string, string];
    // A header repeated after a page break is not a row.
    if (parts[0] === '类' || parts[1] === '款') return undefined;
    code = splitCode(parts, state);
    const deepest = [2, 1, 0].find((i) => parts[i] !== '') ?? 0;
    codeCell = at(cols[deepest] ?? layout.code.lei);
  }
  if (!code && !name) return undefined;
  if (CODE_HEADER.test(code.toLowerCase())) return undefined;
  return { code, name, systemText, codeCell, nameCell: at(layout.name), systemCell: layout.system === undefined ? undefined : at(layout.system) };
}

function invalid(raw: RawRow, reason: string, cell: CellRef, extra: Record<string, unknown> = {}): Finding {
  return {
    ruleId: 'catalog',
    code: 'catalog-row-invalid',
    severity: 'warning',
    sheet: cell.sheet,
    address: address(cell),
    cell,
    path: [cell.sheet, raw.codeCell.row + 1],
    params: { reason, row: raw.codeCell.row + 1, code: raw.code, name: raw.name, ...extra },
  };
}

/** Validates one row; returns its entry, or the finding that says why it was left out. */
function toEntry(raw: RawRow, source: Catalog['source']): CatalogEntry | Finding {
  const declared = declaredSystem(raw.systemText, raw.code);
  const parsed = rowSchema.safeParse({ code: raw.code, name: raw.name, system: declared });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue.path[0];
    const cell = field === 'name' ? raw.nameCell : field === 'system' ? (raw.systemCell ?? raw.codeCell) : raw.codeCell;
    return invalid(raw, issue.message, cell, field === 'system' ? { system: raw.systemText } : {});
  }
  const { code, name } = parsed.data;
  const system = parsed.data.system ?? systemOfCode(code)!;
  return { code, name, system, level: levelOfCode(code)!, parent: parentCode(code), source };
}

/** Reads a catalog laid out as rows of code + name (a 科目表/科目代码 sheet, or a csv/xlsx file's first sheet). */
export function readCatalogSheet(sheet: SheetSnapshot, source: Catalog['source']): { catalog: Catalog; findings: Finding[] } {
  const complete: Record<CodeSystem, boolean> = { function: false, economicDept: false, economicGov: false };
  const entries = new Map<string, CatalogEntry>();
  const findings: Finding[] = [];
  const layout = findCatalogLayout(sheet);
  if (!layout) {
    const cell = { sheet: sheet.name, row: 0, col: 0 };
    findings.push({ ruleId: 'catalog', code: 'catalog-header-missing', severity: 'warning', sheet: sheet.name, address: address(cell), cell, path: [sheet.name], params: { sheet: sheet.name, scannedRows: HEADER_SCAN_ROWS } });
    return { catalog: { source, complete, entries }, findings };
  }
  const state: SplitState = { lei: '', kuan: '' };
  for (let r = layout.dataStart; r < sheet.values.length; r++) {
    const raw = readRow(sheet, layout, r, state);
    if (!raw) continue;
    const entry = toEntry(raw, source);
    if (!('system' in entry)) {
      findings.push(entry);
      continue;
    }
    const key = catalogKey(entry.system, entry.code);
    const seen = entries.get(key);
    if (seen) {
      // The same code twice is harmless when the names agree; otherwise the first one is kept.
      if (normaliseName(seen.name) !== normaliseName(entry.name)) findings.push(invalid(raw, 'duplicate', raw.nameCell, { otherName: seen.name }));
      continue;
    }
    entries.set(key, entry);
    // Holding any 类 of a system means the user gave that system's catalog: unknown codes become errors.
    if (entry.level === 1) complete[entry.system] = true;
  }
  return { catalog: { source, complete, entries }, findings };
}
