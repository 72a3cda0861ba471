// Indicator taxonomy: the alias table that names 一级/二级 the standard way, and the two profiles (data files).
import { z } from 'zod';
import { toHalfWidth } from '../money';
import aliasData from './data/aliases.json';
import profileData from './data/profiles.json';
import type { ProjectTargets } from './model';

const aliasesSchema = z.object({
  level1: z.record(z.string(), z.array(z.string())),
  level2: z.array(z.object({ alias: z.string(), canonical: z.string(), under: z.string().optional() })),
});

const profileSchema = z.object({
  label: z.string(),
  levels: z.array(z.object({ level1: z.string(), required: z.boolean(), level2: z.array(z.string()) })),
});

export const PROFILE_IDS = ['classic', 'central-2021'] as const;
export type ProfileId = (typeof PROFILE_IDS)[number];
export type Profile = z.infer<typeof profileSchema> & { id: ProfileId };

// The data files ship with the code: a parse failure here is our bug, so it may throw.
const ALIASES = aliasesSchema.parse(aliasData);
const PROFILE_TABLE = z.record(z.enum(PROFILE_IDS), profileSchema).parse(profileData);

export const PROFILES: Record<ProfileId, Profile> = {
  classic: { ...PROFILE_TABLE.classic, id: 'classic' },
  'central-2021': { ...PROFILE_TABLE['central-2021'], id: 'central-2021' },
};

export function isProfileId(s: string | undefined): s is ProfileId {
  return (PROFILE_IDS as readonly string[]).includes(s ?? '');
}

/** Compares names as a reader would: without spaces, full-width variants or quotes. */
export function nameKey(s: string): string {
  return toHalfWidth(s).replace(/[\s“”"'‘’]/g, '');
}

const LEVEL1_BY_KEY = new Map<string, string>();
for (const [canonical, spellings] of Object.entries(ALIASES.level1)) for (const s of spellings) LEVEL1_BY_KEY.set(nameKey(s), canonical);

const KNOWN_LEVEL2 = new Set(Object.values(PROFILES).flatMap((p) => p.levels.flatMap((l) => l.level2)));

export interface Named {
  name: string;
  known: boolean;
}

export function normaliseLevel1(text: string): Named {
  const canonical = LEVEL1_BY_KEY.get(nameKey(text));
  return canonical ? { name: canonical, known: true } : { name: text.trim(), known: false };
}

/** 二级 names depend on their 一级: "满意度指标" under 满意度指标 is 服务对象满意度. */
export function normaliseLevel2(text: string, level1: string): Named {
  const key = nameKey(text);
  const entry = ALIASES.level2.find((a) => nameKey(a.alias) === key && (!a.under || a.under === level1));
  if (entry) return { name: entry.canonical, known: true };
  const bare = key.replace(/指标$/, '');
  if (KNOWN_LEVEL2.has(bare)) return { name: bare, known: true };
  return { name: text.trim(), known: false };
}

export function isLevel1Name(text: string): boolean {
  return LEVEL1_BY_KEY.has(nameKey(text));
}

/** How the standard form prints a 二级 name: "数量" → "数量指标". */
export function level2Label(name: string): string {
  return KNOWN_LEVEL2.has(name) ? `${name}指标` : name;
}

export interface ProfileChoice {
  profile: ProfileId;
  /** Why: 'cost-level1' (成本指标 used as a 一级), 'cost-under-output' (成本 under 产出), 'mixed', 'no-evidence'. */
  reason: 'cost-level1' | 'cost-under-output' | 'mixed' | 'no-evidence';
}

/**
 * The profile the workbook already follows: 成本指标 as a 一级 is the 2021 guideline, 成本 under 产出
 * the older local template. With both or neither, the current guideline (central-2021) is the default.
 */
export function detectProfile(projects: ProjectTargets[]): ProfileChoice {
  const all = projects.flatMap((p) => p.indicators);
  const asLevel1 = all.some((i) => i.level1 === '成本指标');
  const underOutput = all.some((i) => i.level1 === '产出指标' && i.level2 === '成本');
  if (asLevel1 && underOutput) return { profile: 'central-2021', reason: 'mixed' };
  if (asLevel1) return { profile: 'central-2021', reason: 'cost-level1' };
  if (underOutput) return { profile: 'classic', reason: 'cost-under-output' };
  return { profile: 'central-2021', reason: 'no-evidence' };
}

export function level2Allowed(profile: Profile, level1: string, level2: string): boolean {
  return profile.levels.some((l) => l.level1 === level1 && l.level2.includes(level2));
}

/** The 一级 under which a 二级 belongs in the profile, to suggest a fix. */
export function homeOfLevel2(profile: Profile, level2: string): string | undefined {
  return profile.levels.find((l) => l.level2.includes(level2))?.level1;
}
