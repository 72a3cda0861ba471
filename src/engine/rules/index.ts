// The rule catalog: every rule is listed here (a test asserts it).
import type { Rule } from './rule';

export const RULES: Rule[] = [];
