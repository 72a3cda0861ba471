// Settings reach the engine as options: the required detail level is the user's, not the rule's.
import { checkWorkbook } from '../src/engine/check';
import { generateWorkbook } from './support/generate-workbook';

/** A generated workbook with every 项 row removed from 表3/表5/表2: the tables stop at 款. */
function stopsAtKuan() {
  const wb = generateWorkbook({ units: 1, classes: 2, kuanPerClass: 2, xiangPerKuan: 2, seed: 11 });
  for (const s of wb.sheets) s.values = s.values.filter((row) => !(typeof row[0] === 'string' && /^\d{7}$/.test(row[0])));
  return wb;
}

describe('checkWorkbook options', () => {
  it('requires 项 by default: tables that stop at 款 are flagged', () => {
    const detail = checkWorkbook(stopsAtKuan()).findings.filter((f) => f.ruleId === 'code-detail-level');
    expect(detail.length).toBeGreaterThan(0);
    expect(detail.every((f) => f.severity === 'error')).toBe(true);
  });

  it('accepts 款 when the user sets the function detail level to 款', () => {
    const detail = checkWorkbook(stopsAtKuan(), { detailLevel: { function: 2, economic: 2 } }).findings.filter(
      (f) => f.ruleId === 'code-detail-level',
    );
    expect(detail).toEqual([]);
  });
});
