// Item labels of 表1/表4 and 表7 → item keys (tables/items.ts), by alias, with the position context that
// ambiguous labels need (a bare 上级补助 belongs to the numbered item it follows).
import { ITEM_KEYS, type ItemKey } from '../tables/items';
import type { Item } from '../tables/model';
import { CONTEXT_ITEM_ALIASES, ITEM_ALIASES } from './aliases';
import { norm, stripOrdinals } from './text';

export type ItemFamily = 'summary' | 'threePublic';

/** Folded label variants tried in order: as written, then without bracketed parts and quotes. */
function variants(folded: string): string[] {
  const plain = folded.replace(/\([^)]*\)|\[[^\]]*\]/g, '').replace(/["'《》]/g, '');
  return plain && plain !== folded ? [folded, plain] : [folded];
}

function familyOf(key: ItemKey): ItemFamily {
  return key.startsWith('tp.') ? 'threePublic' : 'summary';
}

interface Vocabulary {
  direct: Map<string, ItemKey>;
  context: Map<string, Record<string, ItemKey>>;
}

function buildVocabulary(family: ItemFamily): Vocabulary {
  const context = new Map<string, Record<string, ItemKey>>();
  if (family === 'summary') {
    for (const entry of CONTEXT_ITEM_ALIASES) for (const l of entry.labels) context.set(stripOrdinals(norm(l)), entry.byContext);
  }
  const direct = new Map<string, ItemKey>();
  const add = (label: string, key: ItemKey) => {
    // Explicit spellings first, bracket-free variants only where nothing else claimed them.
    for (const v of variants(stripOrdinals(norm(label)))) if (!context.has(v) && !direct.has(v)) direct.set(v, key);
  };
  const keys = (Object.keys(ITEM_KEYS) as ItemKey[]).filter((k) => familyOf(k) === family);
  for (const k of keys) add(ITEM_KEYS[k], k);
  for (const k of keys) for (const alias of ITEM_ALIASES[k] ?? []) add(alias, k);
  return { direct, context };
}

const VOCABULARIES: Record<ItemFamily, Vocabulary> = {
  summary: buildVocabulary('summary'),
  threePublic: buildVocabulary('threePublic'),
};

/** A key by label alone, without position (used to find where item rows start). */
export function itemKeyOf(label: string, family: ItemFamily): ItemKey | undefined {
  return new ItemLabeler(family, 'single').keyOf(label);
}

/**
 * Maps the labels of one block in reading order, remembering the last numbered (top-level) item so
 * 上级补助 / 本级 land under it, and the block so 总计 / 合计 land on the right side. A block read as
 * 'auto' (收入 and 支出 stacked in one column) takes its side from the last label it recognised.
 */
export class ItemLabeler {
  private parent: ItemKey | undefined;
  private block: Item['block'];
  private readonly auto: boolean;

  constructor(
    private readonly family: ItemFamily,
    block: Item['block'] | 'auto',
  ) {
    this.auto = block === 'auto';
    this.block = block === 'auto' ? 'income' : block;
  }

  /** The side the last label was on (for 'auto' blocks). */
  get side(): Item['block'] {
    return this.block;
  }

  /** A 收入 / 支出 heading line inside a stacked block turns the side. */
  section(label: string): void {
    if (this.auto) this.block = label.includes('支出') ? 'expense' : 'income';
  }

  keyOf(label: string): ItemKey | undefined {
    const vocab = VOCABULARIES[this.family];
    const folded = stripOrdinals(norm(label));
    if (!folded) return undefined;
    for (const v of variants(folded)) {
      const key = vocab.direct.get(v) ?? this.fromContext(vocab.context.get(v));
      if (key) {
        if (key.split('.').length === 2) this.parent = key;
        if (this.auto) this.block = key.startsWith('out.') ? 'expense' : key.startsWith('in.') ? 'income' : this.block;
        return key;
      }
    }
    return undefined;
  }

  private fromContext(byContext: Record<string, ItemKey> | undefined): ItemKey | undefined {
    if (!byContext) return undefined;
    return (this.parent && byContext[this.parent]) ?? byContext[this.block] ?? Object.values(byContext)[0];
  }
}
