// The one door to Excel.run: every exported operation goes through here once, so every Office error
// reaches the task pane as an ExcelHostError.
import { notInExcel, toHostError } from './errors';

export async function excelRun<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  if (typeof Excel === 'undefined' || typeof Excel.run !== 'function') throw notInExcel();
  try {
    return await Excel.run(batch);
  } catch (e) {
    throw toHostError(e);
  }
}

/**
 * Whether the host implements an ExcelApi requirement set. Outside Office (no `Office` global) nothing
 * is supported; the demo host installs its own answer.
 */
export function apiSupported(version: string): boolean {
  try {
    return typeof Office !== 'undefined' && !!Office.context?.requirements?.isSetSupported('ExcelApi', version);
  } catch {
    return false;
  }
}
