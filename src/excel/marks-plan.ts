// What "标出" writes and what it must remember, as data: the cells to colour (one per finding cell, the
// worst severity wins, every message in the note) and the saved state "清除" puts back.
import type { Finding, Severity } from '../engine/findings';
import { SEVERITY_ORDER } from '../engine/findings';
import { renderMessage, type Locale } from '../engine/messages';
import { a1 } from '../engine/workbook';

/** Excel's own "bad / neutral / note" tints: light red, light yellow, light blue. */
export const MARK_FILL: Record<Severity, string> = { error: '#FFC7CE', warning: '#FFEB9C', info: '#DDEBF7' };
export const NOTE_TITLE: Record<Locale, string> = { 'zh-CN': '【部门预算公开校验】', en: '[Budget disclosure check]' };
/** Between our text and the note the cell already had. */
export const NOTE_SEPARATOR = '\n———\n';

/** A fill as office.js reports it; pattern "None" means the cell had no fill at all. */
export interface SavedFill {
  color?: string;
  /** Only where the host has ExcelApi 1.9; without it a white colour is taken as "no fill". */
  pattern?: string;
  patternColor?: string;
}

/** One marked cell: where, and the fill and note it had before we changed it. */
export interface MarkEntry {
  sheet: string;
  /** "C20". */
  cell: string;
  fill: SavedFill;
  /** The note's text before, or null when the cell had none. */
  note: string | null;
  /** Whether we wrote a note (hosts without notes get only the fill). */
  noted: boolean;
}

export interface MarkTarget {
  sheet: string;
  cell: string;
  severity: Severity;
  /** Our note text. */
  text: string;
}

export const cellKey = (c: { sheet: string; cell: string }): string => `${c.sheet}\u0000${c.cell}`;

/** One target per finding cell: several findings on one cell share it, worst severity first. */
export function markTargets(findings: Finding[], locale: Locale = 'zh-CN'): MarkTarget[] {
  const groups = new Map<string, { sheet: string; cell: string; findings: Finding[] }>();
  for (const f of findings) {
    if (!f.cell) continue;
    const cell = a1(f.cell.row, f.cell.col);
    const key = cellKey({ sheet: f.cell.sheet, cell });
    const group = groups.get(key) ?? groups.set(key, { sheet: f.cell.sheet, cell, findings: [] }).get(key)!;
    group.findings.push(f);
  }
  return [...groups.values()].map(({ sheet, cell, findings: fs }) => {
    const sorted = [...fs].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
    const lines = [...new Set(sorted.map((f) => `• ${renderMessage(f, locale)}`))];
    return { sheet, cell, severity: sorted[0].severity, text: [NOTE_TITLE[locale], ...lines].join('\n') };
  });
}

/** The note a marked cell gets: ours, then whatever the cell's note said before. */
export function markedNote(target: MarkTarget, original: string | null): string {
  return original ? `${target.text}${NOTE_SEPARATOR}${original}` : target.text;
}

export interface MarkPlan {
  /** Cells marked before but not now: put back. */
  restore: MarkEntry[];
  /** Cells marked before and now: their saved state is still the original one. */
  kept: MarkEntry[];
  /** Cells marked for the first time: their current state is the original, to be read and saved. */
  fresh: MarkTarget[];
}

/** Re-marking never saves our own colours as "the original": cells already in the store keep their entry. */
export function planMarks(stored: MarkEntry[], targets: MarkTarget[]): MarkPlan {
  const wanted = new Set(targets.map(cellKey));
  const storedKeys = new Set(stored.map(cellKey));
  return {
    restore: stored.filter((e) => !wanted.has(cellKey(e))),
    kept: stored.filter((e) => wanted.has(cellKey(e))),
    fresh: targets.filter((t) => !storedKeys.has(cellKey(t))),
  };
}

export function isMarkEntry(e: unknown): e is MarkEntry {
  const m = e as MarkEntry;
  return !!m && typeof m.sheet === 'string' && typeof m.cell === 'string' && typeof m.fill === 'object' && m.fill !== null && (m.note === null || typeof m.note === 'string');
}
