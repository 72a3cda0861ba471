// Office errors mapped to typed errors the task pane can put into words.

export type ExcelErrorKind = 'cell-edit-mode' | 'payload-too-large' | 'sheet-protected' | 'not-in-excel' | 'unknown';

export class ExcelHostError extends Error {
  constructor(
    readonly kind: ExcelErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'ExcelHostError';
  }
}

/** Office.js reports failures as OfficeExtension.Error with a string code. */
export function toHostError(e: unknown): ExcelHostError {
  if (e instanceof ExcelHostError) return e;
  const code = (e as { code?: string })?.code ?? '';
  const message = (e as Error)?.message ?? String(e);
  if (code === 'InvalidOperationInCellEditMode') return new ExcelHostError('cell-edit-mode', message);
  if (code === 'RequestPayloadSizeLimitExceeded' || code === 'ResponsePayloadSizeLimitExceeded' || /payload size/i.test(message))
    return new ExcelHostError('payload-too-large', message);
  if (code === 'AccessDenied' || /protected/i.test(message)) return new ExcelHostError('sheet-protected', message);
  return new ExcelHostError('unknown', message);
}
