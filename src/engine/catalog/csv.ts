// CSV text to rows (RFC 4180: quoted fields, "" escapes, separators and line breaks inside quotes).
// Pure, so both the catalog generator and the CLI's --catalog reader share one parser.
import type { SheetSnapshot } from '../workbook';

export interface CsvOptions {
  /** Field separator; by default guessed from the first line (tab when it has tabs and no commas). */
  separator?: ',' | '\t' | ';';
}

export function guessSeparator(text: string): ',' | '\t' | ';' {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const count = (ch: string) => firstLine.split(ch).length - 1;
  if (count('\t') > 0 && count(',') === 0) return '\t';
  if (count(';') > 0 && count(',') === 0) return ';';
  return ',';
}

/**
 * Parses CSV into rows of fields. A BOM is dropped, a final line break does not make an empty row,
 * and an unterminated quote keeps the rest of the text as the field (bad data is a result, not a throw).
 */
export function parseCsv(input: string, options: CsvOptions = {}): string[][] {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const sep = options.separator ?? guessSeparator(text);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (ch === '"') quoted = false;
      else field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field === '') quoted = true;
    else if (ch === sep) {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      if (ch === '\r' && text[i + 1] === '\n') i++;
    } else field += ch;
    i++;
  }
  if (field !== '' || row.length > 0 || quoted) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** A CSV as a one-sheet snapshot: every field stays text, so codes keep their digits as written. */
export function csvToSheet(text: string, name: string): SheetSnapshot {
  return { name, values: parseCsv(text).map((row) => row.map((f) => (f.trim() === '' ? null : f))), merges: [] };
}
