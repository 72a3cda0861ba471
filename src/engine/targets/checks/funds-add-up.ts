// The funds add up: 年度资金总额 = 财政拨款 + 上年结转 + 其他资金, and no part is larger than the whole.
import type { Finding } from '../../findings';
import { fromFen } from '../../money';
import { operandAddresses } from '../../workbook';
import { projectPath, targetFinding } from '../finding';
import type { TargetsCheck } from './types';

const ID = 'funds-add-up';
const PARTS = ['fiscal', 'carryover', 'other'] as const;
const wan = (fen: number) => fromFen(fen, '万元');

export const fundsAddUp: TargetsCheck = {
  id: ID,
  description: '年度资金总额等于财政拨款、上年结转与其他资金之和，且任何一项不大于总额',
  run({ projects }) {
    const out: Finding[] = [];
    for (const p of projects) {
      const total = p.funds.total;
      if (total === undefined) continue;
      const cell = p.funds.cells.total ?? p.cells.name;
      const path = [...projectPath(p), '资金'];
      const stated = PARTS.filter((k) => p.funds[k] !== undefined);
      const operands = operandAddresses(stated.map((k) => p.funds.cells[k]).filter((c) => c !== undefined));
      const over = stated.filter((k) => p.funds[k]! > total);
      for (const part of over) {
        out.push(targetFinding(ID, 'targets-funds-part-exceeds', 'error', p.funds.cells[part] ?? cell, [...path, part], {
          project: p.name, part, expected: wan(total), actual: wan(p.funds[part]!), difference: wan(p.funds[part]! - total), unit: '万元',
        }));
      }
      if (over.length) continue;
      const sum = stated.reduce((s, k) => s + p.funds[k]!, 0);
      if (sum > total) {
        out.push(targetFinding(ID, 'targets-funds-mismatch', 'error', cell, path, {
          project: p.name, expected: wan(total), actual: wan(sum), difference: wan(sum - total), unit: '万元', operands,
        }));
      } else if (sum < total) {
        // Prose often names only part of the money ("资金来源其中上级补助拨款 230 万元"): the rest has no
        // stated source. Nothing is guessed for it; the reader is told how much is unexplained.
        out.push(targetFinding(ID, 'targets-funds-unstated', 'warning', cell, path, {
          project: p.name, expected: wan(total), actual: wan(sum), difference: wan(sum - total), unstated: wan(total - sum), unit: '万元', operands,
        }));
      }
    }
    return out;
  },
};
