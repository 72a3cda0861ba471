// Reads an .xlsx file from disk (CLI only: the task pane and the engine never touch the file system).
import { readFile } from 'fs/promises';
import { basename } from 'path';
import type { WorkbookSnapshot } from '../engine/workbook';
import { readXlsx } from './read';

/** Rejects with an Error naming the file and the problem (missing, unreadable, not an .xlsx). */
export async function readXlsxFile(path: string): Promise<WorkbookSnapshot> {
  let data: Buffer;
  try {
    data = await readFile(path);
  } catch (err) {
    const reason = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message;
    throw new Error(`Cannot open "${path}": ${reason}`);
  }
  return readXlsx(data, basename(path));
}
