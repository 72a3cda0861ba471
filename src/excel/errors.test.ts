import { ExcelHostError, toHostError } from './errors';

describe('toHostError', () => {
  it.each([
    [{ code: 'InvalidOperationInCellEditMode', message: 'edit mode' }, 'cell-edit-mode'],
    [{ code: 'RequestPayloadSizeLimitExceeded', message: 'x' }, 'payload-too-large'],
    [{ code: 'ResponsePayloadSizeLimitExceeded', message: 'x' }, 'payload-too-large'],
    [{ code: 'RangeExceedsLimit', message: 'x' }, 'payload-too-large'],
    [{ code: 'AccessDenied', message: 'x' }, 'sheet-protected'],
    [{ code: 'InvalidOperation', message: 'The cell you are trying to change is on a protected sheet.' }, 'sheet-protected'],
    [{ code: 'GeneralException', message: '您尝试更改的单元格或图表受保护' }, 'sheet-protected'],
    [{ code: 'ItemNotFound', message: 'not found' }, 'unknown'],
    [new Error('plain'), 'unknown'],
  ])('maps %o to %s, keeping the original as cause', (e, kind) => {
    const mapped = toHostError(e);
    expect(mapped).toBeInstanceOf(ExcelHostError);
    expect(mapped.kind).toBe(kind);
    expect(mapped.cause).toBe(e);
  });

  it('passes an ExcelHostError through unchanged', () => {
    const e = new ExcelHostError('not-in-excel', 'x');
    expect(toHostError(e)).toBe(e);
  });
});
