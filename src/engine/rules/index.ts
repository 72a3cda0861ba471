// The rule catalog: every rule is listed here (a test asserts it).
import type { Rule } from './rule';
import { codeFormat } from './code-format';
import { codeDetailLevel } from './code-detail-level';
import { codeParentPresent } from './code-parent-present';
import { codeInCatalog } from './code-in-catalog';
import { codeNameConsistent } from './code-name-consistent';
import { parentEqualsChildren } from './parent-equals-children';
import { rowCrossFooting } from './row-cross-footing';
import { summaryBalance } from './summary-balance';
import { threePublicSums } from './three-public-sums';
import { crossTableEqual } from './cross-table-equal';
import { codesCoveredByExpenditure } from './codes-covered-by-expenditure';
import { tableMissing } from './table-missing';
import { tableEmptyNote } from './table-empty-note';
import { tableNoteAgrees } from './table-note-agrees';
import { narrativeAmountMatchesTable } from './narrative-amount-matches-table';
import { narrativeArithmetic } from './narrative-arithmetic';
import { narrativePriorYearConsistent } from './narrative-prior-year-consistent';
import { narrativeYear } from './narrative-year';
import { narrativeDuplicateSubject } from './narrative-duplicate-subject';

export const RULES: Rule[] = [
  codeFormat,
  codeDetailLevel,
  codeParentPresent,
  codeInCatalog,
  codeNameConsistent,
  parentEqualsChildren,
  rowCrossFooting,
  summaryBalance,
  threePublicSums,
  crossTableEqual,
  codesCoveredByExpenditure,
  tableMissing,
  tableEmptyNote,
  tableNoteAgrees,
  narrativeAmountMatchesTable,
  narrativeArithmetic,
  narrativePriorYearConsistent,
  narrativeYear,
  narrativeDuplicateSubject,
];
