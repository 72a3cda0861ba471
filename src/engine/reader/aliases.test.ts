import { ITEM_KEYS } from '../tables/items';
import { COLUMN_KEYS } from '../tables/model';
import {
  aliasDataSchema, COLUMN_ALIASES, CONTEXT_ITEM_ALIASES, HEADERLESS_LAYOUTS, ITEM_ALIASES, SHEET_ROLES, TABLE_TITLES,
} from './aliases';

describe('alias data', () => {
  it('passes its schema (keys exist in the model, patterns compile)', () => {
    const result = aliasDataSchema.safeParse({
      titles: TABLE_TITLES, roles: SHEET_ROLES, columns: COLUMN_ALIASES, layouts: HEADERLESS_LAYOUTS,
      items: ITEM_ALIASES, contextItems: CONTEXT_ITEM_ALIASES, patterns: [],
    });
    expect(result.success).toBe(true);
  });

  it('the schema rejects an unknown column key and a broken pattern', () => {
    const bad = aliasDataSchema.safeParse({
      titles: [], roles: [], columns: [{ pattern: '(', key: 'nonsense' }], layouts: {}, items: {}, contextItems: [], patterns: [],
    });
    expect(bad.success).toBe(false);
    if (!bad.success) expect(bad.error.issues.map((i) => i.path.join('.')).sort()).toEqual(['columns.0.key', 'columns.0.pattern']);
  });

  it('every spending column key has at least one header alias', () => {
    const mapped = new Set(COLUMN_ALIASES.map((a) => a.key));
    expect(COLUMN_KEYS.filter((k) => !mapped.has(k))).toEqual([]);
  });

  it('headerless layouts have the standard widths: 表3 12, 表5 9 (or 12), 表6 1 (or 3)', () => {
    expect(HEADERLESS_LAYOUTS.expenditure!.map((l) => l.length)).toEqual([12]);
    expect(HEADERLESS_LAYOUTS.general!.map((l) => l.length)).toEqual([9, 12]);
    expect(HEADERLESS_LAYOUTS.basic!.map((l) => l.length)).toEqual([1, 3]);
  });

  it('context aliases point at real item keys', () => {
    for (const entry of CONTEXT_ITEM_ALIASES) for (const key of Object.values(entry.byContext)) expect(ITEM_KEYS).toHaveProperty([key]);
  });
});
