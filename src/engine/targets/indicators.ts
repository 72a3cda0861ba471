// Raw indicator rows to model indicators: names normalised through the alias table, values split.
import type { Indicator } from './model';
import type { RawRow } from './split-rows';
import { isLevel1Name, normaliseLevel1, normaliseLevel2 } from './taxonomy';
import { normaliseUnit, parseIndicatorValue, type ParsedValue } from './value';

/** Blank 一级/二级 cells repeat the row above (forms often leave repeats blank instead of merging). */
export function fillDown(rows: RawRow[]): RawRow[] {
  let level1 = '';
  let level2 = '';
  return rows.map((r) => {
    const out = { ...r, cells: { ...r.cells } };
    // A new 一级 starts a new group: its blank 二级 is not the previous group's.
    if (out.level1 && out.level1 !== level1) level2 = '';
    if (out.level1) level1 = out.level1;
    else out.level1 = level1;
    if (out.level2) level2 = out.level2;
    else out.level2 = level2;
    return out;
  });
}

function splitValue(r: RawRow): ParsedValue {
  if (/定性/.test(r.nature ?? '')) {
    return { nature: '定性', operator: null, operatorImplied: false, value: null, unit: null, text: r.value.trim() || null };
  }
  const v = parseIndicatorValue(`${r.operator ?? ''}${r.value}`);
  if (v.nature === '定量' && r.operator) v.operatorImplied = false;
  if (v.nature === '定量' && !v.unit) v.unit = normaliseUnit(r.unit);
  return v;
}

export function toIndicator(r: RawRow): Indicator {
  const level1 = normaliseLevel1(r.level1).name;
  const v = splitValue(r);
  return {
    level1,
    level2: normaliseLevel2(r.level2, level1).name,
    level3: r.name.trim(),
    ...v,
    raw: r.value,
    cells: { level1: r.cells.level1, level2: r.cells.level2, level3: r.cells.name, value: r.cells.value },
    ...(r.joinedFrom ? { joinedFrom: r.joinedFrom } : {}),
  };
}

const VALUE_TAIL = /^(?:[≥≤＝＞＜<>=]|\\geq?|\\leq?|\$)?\s*[\d.,]+\s*\S{0,6}$|^[≥≤＝＞＜<>=]$/;

/**
 * A row printed into one cell ("满意度指标 服务对象满意度指标 改投资标杆率 申报项目企业满意度 100%"):
 * 一级 and 二级 are its first two words, the value its last one or two, the name what lies between.
 */
export function splitLineRow(text: string): { level1: string; level2: string; name: string; value: string } | undefined {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length < 3 || !isLevel1Name(words[0])) return undefined;
  let valueWords = 0;
  for (const n of [2, 1]) {
    if (words.length - 2 - n < 1) continue;
    if (VALUE_TAIL.test(words.slice(-n).join(' ')) || (n === 1 && !/\d/.test(words[words.length - 1]) && words.length > 3)) {
      valueWords = n;
      break;
    }
  }
  const name = words.slice(2, words.length - valueWords).join(' ');
  const value = words.slice(words.length - valueWords).join(' ');
  return { level1: words[0], level2: words[1], name, value };
}
