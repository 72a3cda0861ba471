// Item tables: 表1 and 表4 (收入 and 支出 blocks side by side: 项目 | 预算数 | 项目 | 预算数) and 表7 (one block,
// or one row with the items as columns — see three-public-row.ts).
import { AmountGrid } from '../tables/amounts';
import type { Item, Note, Table, TableKind } from '../tables/model';
import type { CellRef, SheetSnapshot } from '../workbook';
import { ITEM_AMOUNT_EXCLUDE, ITEM_AMOUNT_HEADER, ITEM_LABEL_HEADER } from './aliases';
import { filledTexts, isEmptyRow, rowAt } from './grid';
import type { Identification } from './identify';
import { ItemLabeler, itemKeyOf, type ItemFamily } from './item-labels';
import { findUnit, headerRowsBetween, isNumberRow, topEndOf, topNotes } from './layout';
import { noteOfRow } from './notes';
import { reportUnit, type ReaderReport } from './report';
import { isBlankValue, norm } from './text';
import { threePublicRow } from './three-public-row';
import { isNumericCell, readAmount, type AmountProblem } from './values';

export interface Block {
  labelCol: number;
  amountCol: number;
  side: Item['block'] | 'auto';
}

const LABEL_HEADER = new RegExp(ITEM_LABEL_HEADER);
const AMOUNT_HEADER = new RegExp(ITEM_AMOUNT_HEADER);
const AMOUNT_EXCLUDE = new RegExp(ITEM_AMOUNT_EXCLUDE);
const SECTION_LABEL = /^(?:收入|支出)(?:项目)?$/;
/** Rows sampled to find label columns when the headers say nothing. */
const SAMPLE_ROWS = 40;

export function readItemTable(sheet: SheetSnapshot, kind: TableKind, id: Identification, report: ReaderReport): Table {
  const family: ItemFamily = kind === 'threePublic' ? 'threePublic' : 'summary';
  const numeric = firstRow(sheet, 0, (row) => !isNumberRow(row) && row.some(isNumericCell));
  const labelled = firstRow(sheet, 0, (row) => row.some((v) => typeof v === 'string' && itemKeyOf(v, family) !== undefined), numeric);
  const probe = Math.min(numeric, labelled);
  const unit = findUnit(sheet, probe);
  reportUnit(sheet.name, unit, id.titleCell, report);
  const topEnd = Math.min(topEndOf(sheet, id.titleCell?.row, unit), probe);
  const base = {
    kind, sheet: sheet.name, title: id.title ?? sheet.name, titleCell: id.titleCell, unit: unit.unit,
    unitCell: unit.unknown ? undefined : unit.cell, columns: [], rows: [], amounts: new AmountGrid(sheet.name, [], 0),
  };
  if (family === 'threePublic') {
    const asRow = threePublicRow(sheet, topEnd, numeric, unit.unit, report);
    if (asRow) return { ...base, items: asRow.items, notes: [...topNotes(sheet, topEnd), ...asRow.notes], headerRows: asRow.headerRows };
  }
  const headerRows = headerRowsBetween(sheet, topEnd, probe);
  const blocks = blocksFromHeader(sheet, headerRows, family) ?? blocksFromData(sheet, probe, family);
  const { items, notes } = readBlocks(sheet, blocks, probe, family, unit.unit, report);
  const headerRange: [number, number] | undefined = headerRows.length ? [headerRows[0], headerRows[headerRows.length - 1]] : undefined;
  return { ...base, items, notes: [...topNotes(sheet, topEnd), ...notes], headerRows: headerRange };
}

function firstRow(sheet: SheetSnapshot, from: number, test: (row: SheetSnapshot['values'][number]) => boolean, limit = sheet.values.length): number {
  for (let r = from; r < limit; r++) if (test(rowAt(sheet, r))) return r;
  return limit;
}

/** Label columns named 项目/收入/支出 in the last header row; each block's amount is the first 预算数-like column after it. */
export function blocksFromHeader(sheet: SheetSnapshot, headerRows: number[], family: ItemFamily): Block[] | undefined {
  if (headerRows.length === 0) return undefined;
  const first = headerRows[0];
  const texts = filledTexts(sheet, first, headerRows[headerRows.length - 1]);
  const lastLine = texts[headerRows[headerRows.length - 1] - first];
  const labelCols = lastLine.flatMap((t, c) => (LABEL_HEADER.test(t) ? [c] : []));
  if (labelCols.length === 0) return undefined;
  const columnText = (c: number) => headerRows.map((r) => texts[r - first][c] ?? '').join('/');
  const blocks = labelCols.map((labelCol, i) => {
    const end = labelCols[i + 1] ?? lastLine.length;
    let amountCol = labelCol + 1;
    for (let c = labelCol + 1; c < end; c++) {
      const t = columnText(c);
      if (AMOUNT_HEADER.test(t) && !AMOUNT_EXCLUDE.test(t)) {
        amountCol = c;
        break;
      }
    }
    const head = columnText(labelCol);
    const side: Block['side'] = /收入/.test(head) ? 'income' : /支出/.test(head) ? 'expense' : 'auto';
    return { labelCol, amountCol, side };
  });
  return assignSides(blocks, family);
}

/** Without usable headers: the columns whose texts are known item labels, amounts to their right. */
export function blocksFromData(sheet: SheetSnapshot, start: number, family: ItemFamily): Block[] {
  const counts = new Map<number, { income: number; expense: number }>();
  for (let r = start; r < Math.min(sheet.values.length, start + SAMPLE_ROWS); r++) {
    rowAt(sheet, r).forEach((v, c) => {
      if (typeof v !== 'string') return;
      const key = itemKeyOf(v, family);
      if (!key) return;
      const n = counts.get(c) ?? { income: 0, expense: 0 };
      if (key.startsWith('out.')) n.expense++;
      else n.income++;
      counts.set(c, n);
    });
  }
  const cols = [...counts.keys()].sort((a, b) => a - b);
  if (cols.length === 0) return assignSides([{ labelCol: 0, amountCol: 1, side: 'auto' }], family);
  const blocks: Block[] = cols.map((c) => {
    const n = counts.get(c)!;
    return { labelCol: c, amountCol: c + 1, side: n.income && n.expense ? 'auto' : n.expense ? 'expense' : 'income' };
  });
  return assignSides(blocks, family);
}

/**
 * 表7 has one block; side-by-side blocks without a 收入/支出 heading are income then expense; a single
 * label column in 表1/表4 holds both sides stacked, so each label decides its side.
 */
function assignSides(blocks: Block[], family: ItemFamily): Block[] {
  if (family === 'threePublic') return blocks.slice(0, 1).map((b) => ({ ...b, side: 'single' }));
  if (blocks.length === 1) return [{ ...blocks[0], side: 'auto' }];
  if (blocks.length === 2 && blocks.every((b) => b.side === 'auto')) return [{ ...blocks[0], side: 'income' }, { ...blocks[1], side: 'expense' }];
  return blocks;
}

function readBlocks(sheet: SheetSnapshot, blocks: Block[], start: number, family: ItemFamily, unit: Table['unit'], report: ReaderReport): { items: Item[]; notes: Note[] } {
  const notes: Note[] = [];
  let noteSeen = false;
  const perBlock: Item[][] = blocks.map(() => []);
  const labelers = blocks.map((b) => new ItemLabeler(family, b.side));
  let path = '';
  const onProblem = (p: AmountProblem, cell: CellRef) =>
    p.code === 'cell-error' ? report('cell-error', 'error', cell, [path], { error: p.error }) : report('cell-not-number', 'error', cell, [path], { text: p.text });
  for (let r = start; r < sheet.values.length; r++) {
    const row = rowAt(sheet, r);
    if (isEmptyRow(row) || isNumberRow(row)) continue;
    const note = noteOfRow(row, sheet.name, r);
    if (note) {
      notes.push(note);
      noteSeen = true;
      continue;
    }
    blocks.forEach((b, i) => {
      const labelValue = row[b.labelCol];
      const amountValue = row[b.amountCol];
      const label = isBlankValue(labelValue) ? '' : String(labelValue).trim();
      // After a note, a line without an amount is a footer (制表人…); a bare 收入/支出 line is a section heading.
      if (isBlankValue(amountValue) && (!label || noteSeen)) return;
      if (isBlankValue(amountValue) && SECTION_LABEL.test(norm(label))) return labelers[i].section(label);
      const key = labelers[i].keyOf(label);
      path = key ?? label;
      const labelCell = { sheet: sheet.name, row: r, col: b.labelCol };
      const amount = readAmount(amountValue, unit, { sheet: sheet.name, row: r, col: b.amountCol }, onProblem);
      perBlock[i].push({ key, label, block: labelers[i].side, labelCell, amount });
      if (!key) report('item-unknown', 'info', labelCell, [label], { label });
    });
  }
  return { items: perBlock.flat(), notes };
}
