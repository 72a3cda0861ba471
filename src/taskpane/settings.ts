// Pane settings, remembered in the browser's storage. Validated by hand, field by field: this module is in
// the pane's first bundle, which stays small (no zod there).
import type { Locale } from '../engine/messages';

export interface Settings {
  /** 'workbook': the built-in catalog with the workbook's 科目表 sheets merged over it (the engine's default). */
  catalog: 'builtin' | 'workbook';
  /** Required depth of function-code leaves: 3 = 项, 2 = 款. */
  functionLevel: 2 | 3;
  /** Required depth of economic-code leaves: 2 = 款, 1 = 类. */
  economicLevel: 1 | 2;
  locale: Locale;
  /** The name put on acceptances; remembered so a reviewer types it once. */
  reviewer: string;
}

export const DEFAULT_SETTINGS: Settings = { catalog: 'workbook', functionLevel: 3, economicLevel: 2, locale: 'zh-CN', reviewer: '' };

const STORAGE_KEY = 'budget-check.settings';

const oneOf = <T,>(v: unknown, allowed: readonly T[], fallback: T): T => (allowed.includes(v as T) ? (v as T) : fallback);

/** Whatever is stored (an older shape, hand-edited JSON) yields valid settings, field by field. */
export function parseSettings(raw: unknown): Settings {
  const o = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const d = DEFAULT_SETTINGS;
  return {
    catalog: oneOf(o.catalog, ['builtin', 'workbook'] as const, d.catalog),
    functionLevel: oneOf(o.functionLevel, [2, 3] as const, d.functionLevel),
    economicLevel: oneOf(o.economicLevel, [1, 2] as const, d.economicLevel),
    locale: oneOf(o.locale, ['zh-CN', 'en'] as const, d.locale),
    reviewer: typeof o.reviewer === 'string' ? o.reviewer : d.reviewer,
  };
}

export function loadSettings(storage: Pick<Storage, 'getItem'> | undefined): Settings {
  try {
    const raw = storage?.getItem(STORAGE_KEY);
    return raw ? parseSettings(JSON.parse(raw)) : DEFAULT_SETTINGS;
  } catch {
    return DEFAULT_SETTINGS;
  }
}

export function saveSettings(storage: Pick<Storage, 'setItem'> | undefined, s: Settings): void {
  try {
    storage?.setItem(STORAGE_KEY, JSON.stringify(s));
  } catch {
    // Storage may be disabled (private mode, policy): settings then last for the session only.
  }
}
