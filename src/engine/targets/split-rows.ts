// Rejoins indicator rows a PDF conversion split in two ("财政资金万元带动技" + "改投资标杆率 申报项目企业满意度").
import type { Finding } from '../findings';
import { address, type CellRef } from '../workbook';
import { targetFinding } from './finding';

/** An indicator row as written, before names are normalised or values split. */
export interface RawRow {
  row: number;
  level1: string;
  level2: string;
  name: string;
  value: string;
  /** Separate 运算符 / 度量单位 / 指标性质 columns, in forms that have them. */
  operator?: string;
  unit?: string;
  nature?: string;
  cells: { level1?: CellRef; level2?: CellRef; name: CellRef; value?: CellRef };
  joinedFrom?: CellRef[];
}

const RULE = 'targets-parse';

/**
 * Last characters with which indicator names usually end (…率, …数, …满意度, …合规性, …成本…).
 * A name ending otherwise may have been cut; it is only rejoined when the next row supplies a
 * fragment that completes it, so this list needs to be typical, not complete.
 */
const NAME_ENDINGS = new Set([...'率数量度性比额值本期间次积重平况标效果围盖点用强业户人家项元天']);

/** A break between two CJK characters: PDF text joins the cut-off end of one cell to the next name this way. */
const CJK_BREAK = /(?<=[\u3400-\u9fff])\s+(?=[\u3400-\u9fff])/;

function endsClosed(name: string): boolean {
  const last = name.replace(/[\s)）"”]+$/, '').slice(-1);
  return NAME_ENDINGS.has(last);
}

function onlyName(r: RawRow): boolean {
  return !r.level1 && !r.level2 && !!r.name;
}

export function rejoinSplitRows(rows: RawRow[], path: string[]): { rows: RawRow[]; findings: Finding[] } {
  const out: RawRow[] = [];
  const findings: Finding[] = [];
  for (const row of rows.map((r) => ({ ...r, cells: { ...r.cells } }))) {
    const prev = out[out.length - 1];
    if (prev && onlyName(row) && (!row.value || !prev.value)) {
      // A row holding only (the rest of) a name continues the row above.
      findings.push(rejoined(prev, row.name, row.cells.name, path));
      prev.name += row.name;
      prev.joinedFrom = [...(prev.joinedFrom ?? []), row.cells.name];
      if (!prev.value && row.value) {
        prev.value = row.value;
        prev.cells.value = row.cells.value;
      }
      continue;
    }
    const parts = prev ? row.name.split(CJK_BREAK) : [];
    if (prev && parts.length > 1) {
      const [fragment, ...rest] = parts;
      const remainder = rest.join(' ');
      if (!endsClosed(prev.name) && endsClosed(prev.name + fragment) && endsClosed(remainder)) {
        findings.push(rejoined(prev, fragment, row.cells.name, path));
        prev.name += fragment;
        prev.joinedFrom = [...(prev.joinedFrom ?? []), row.cells.name];
        row.name = remainder;
      } else if (!endsClosed(prev.name)) {
        findings.push(
          targetFinding(RULE, 'targets-row-split-suspect', 'warning', row.cells.name, [...path, row.name], {
            project: path[1],
            previous: prev.name,
            name: row.name,
            operands: [address(prev.cells.name)],
          }),
        );
      }
    }
    out.push(row);
  }
  return { rows: out, findings };
}

function rejoined(prev: RawRow, fragment: string, from: CellRef, path: string[]): Finding {
  return targetFinding(RULE, 'targets-row-rejoined', 'info', prev.cells.name, [...path, prev.name + fragment], {
    project: path[1],
    name: prev.name + fragment,
    fragments: [prev.name, fragment],
    operands: [address(prev.cells.name), address(from)],
  });
}
