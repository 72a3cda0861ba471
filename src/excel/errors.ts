// Office errors mapped to typed errors the task pane can put into words; the original error is kept as
// `cause` and its code as `code`, so nothing is swallowed on the way.

export type ExcelErrorKind = 'cell-edit-mode' | 'payload-too-large' | 'sheet-protected' | 'not-in-excel' | 'unknown';

export class ExcelHostError extends Error {
  constructor(
    readonly kind: ExcelErrorKind,
    message: string,
    /** The Office error code ("InvalidOperationInCellEditMode"), when there was one. */
    readonly code?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'ExcelHostError';
  }
}

// Excel on the web caps one request at 5 MB; a single range may also be too big on any host.
const TOO_LARGE = new Set(['RequestPayloadSizeLimitExceeded', 'ResponsePayloadSizeLimitExceeded', 'RangeExceedsLimit', 'OperationCellsExceedLimit']);

/** Office.js reports failures as OfficeExtension.Error with a string code; the message is localized. */
export function toHostError(e: unknown): ExcelHostError {
  if (e instanceof ExcelHostError) return e;
  const code = typeof (e as { code?: unknown })?.code === 'string' ? (e as { code: string }).code : undefined;
  const message = e instanceof Error ? e.message : typeof (e as { message?: unknown })?.message === 'string' ? (e as { message: string }).message : String(e);
  const kind = errorKind(code, message);
  return new ExcelHostError(kind, message, code, { cause: e });
}

function errorKind(code: string | undefined, message: string): ExcelErrorKind {
  if (code === 'InvalidOperationInCellEditMode' || /cell[- ]edit mode|编辑模式|编辑状态/i.test(message)) return 'cell-edit-mode';
  if ((code && TOO_LARGE.has(code)) || /payload size|too large|请求.*过大|负载.*限制/i.test(message)) return 'payload-too-large';
  // Writing to a protected sheet: AccessDenied on most hosts, InvalidOperation with a message on some.
  if (code === 'AccessDenied' || /protected|受保护|保护/i.test(message)) return 'sheet-protected';
  return 'unknown';
}

export function notInExcel(): ExcelHostError {
  return new ExcelHostError('not-in-excel', 'The Excel JavaScript API is not available: the page is not running inside Excel.');
}
