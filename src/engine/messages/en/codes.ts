import type { MessageParams, MessageTable } from '../types';

const LEVEL: Record<number, string> = { 1: 'class (类)', 2: 'section (款)', 3: 'item (项)' };
const SYSTEM: Record<string, string> = {
  function: 'functional classification',
  economicDept: 'department economic classification',
  economicGov: 'government economic classification',
};
const list = (v: unknown): string => (Array.isArray(v) ? v.join('/') : String(v ?? ''));
const where = (p: MessageParams): string => (p.tableLabel ? `${p.tableLabel}: ` : '');
const system = (p: MessageParams): string => SYSTEM[String(p.system)] ?? String(p.system ?? '');

const FORMAT_REASON: Record<string, (p: MessageParams) => string> = {
  'not-digits': () => 'contains characters other than digits',
  length: (p) => `has the wrong number of digits: ${system(p)} codes have ${list(p.lengths)} digits${p.system === 'function' ? '' : ' (economic codes stop at the section level)'}`,
  prefix: (p) => `starts with the wrong digit: ${system(p)} codes start with ${p.firstDigit}`,
};

const CATALOG_ROW_REASON: Record<string, string> = {
  'code-missing': 'the code is missing',
  'code-format': 'the code contains characters other than digits',
  'code-system': 'the code belongs to no classification (function: 3/5/7 digits starting with 2; economic: 3/5 digits starting 30x/31x/399 or 50x/51x/59x)',
  'name-missing': 'the name is missing',
  'system-unknown': 'the classification system is not recognised',
  'system-mismatch': 'the classification system given does not match the code',
  duplicate: 'the code appears twice with different names; the first row is kept',
};

export const messages: MessageTable = {
  'code-format': (p) => `${where(p)}code ${p.code} ${(FORMAT_REASON[String(p.reason)] ?? (() => 'is malformed'))(p)}`,
  'code-detail-level': (p) =>
    `${where(p)}code ${p.code} is a leaf row at the ${LEVEL[Number(p.level)] ?? ''} level; the ${system(p)} must be detailed to the ${LEVEL[Number(p.requiredLevel)] ?? ''} level (${p.requiredDigits}-digit codes)`,
  'code-parent-missing': (p) => `${where(p)}the parent ${p.parent} of code ${p.code} is not listed in this table`,
  'code-parent-order': (p) => `${where(p)}code ${p.code} comes before its parent ${p.parent} (${p.parentAddress}); a parent must be listed above its children`,
  'code-unknown': (p) => `${where(p)}code ${p.code} (${p.name}) is not in the ${system(p)} catalog`,
  'code-not-verified': (p) => `Code ${p.code} could not be verified (the built-in catalog is partial); load the official catalog`,
  'code-name-mismatch': (p) =>
    p.formerName
      ? `${where(p)}code ${p.code} is named "${p.name}", a former name; the current catalog name is "${p.catalogName}"`
      : `${where(p)}code ${p.code} is named "${p.name}" but the ${p.catalog === 'builtin' ? 'built-in (unofficial) ' : ''}catalog says "${p.catalogName}"`,
  'code-name-inconsistent': (p) => `${where(p)}code ${p.code} is named "${p.name}" here but "${p.otherName}" at ${p.otherAddress}`,
  'catalog-row-invalid': (p) => `Catalog row ${p.row}${p.code ? ` (${p.code})` : ''} was not used: ${CATALOG_ROW_REASON[String(p.reason)] ?? String(p.reason)}`,
  'catalog-header-missing': (p) => `No code column and name column found in the first ${p.scannedRows} rows of catalog sheet "${p.sheet}"; it was not read`,
};
