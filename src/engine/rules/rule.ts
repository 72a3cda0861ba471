// What a rule is: a stable id, a one-line description, a default severity and a check.
import type { Finding, Severity } from '../findings';
import type { Tables } from '../tables/model';
import type { Catalog } from '../catalog/catalog';
import type { WorkbookSnapshot } from '../workbook';

export interface RuleContext {
  tables: Tables;
  catalog: Catalog;
  workbook: WorkbookSnapshot;
  /** Narrative paragraphs, when the workbook or the user supplied them (completeness rules read them). */
  narrative: NarrativeParagraph[];
  /** The budget year the tables state (ReadResult.year), when known. */
  year?: number;
}

export interface NarrativeParagraph {
  text: string;
  /** Where the paragraph sits: a cell, or a line of a pasted/loaded text. */
  sheet?: string;
  row?: number;
  col?: number;
}

/**
 * What a rule reports; the runner sets ruleId and fills a missing severity with the rule's. A rule
 * reporting in bulk may write both keys as placeholders (ruleId: '', severity: undefined) so that
 * the runner fills fields in place instead of adding them (see sum-helpers' cellFinding).
 */
export type Report = Omit<Finding, 'ruleId' | 'severity'> & { severity?: Severity; ruleId?: string };

export interface Reporter {
  (finding: Report): void;
  /** The check could not run (or ran only in part); reason is a message key. */
  skip(reason: string, params?: Record<string, unknown>, partial?: boolean): void;
}

export interface Rule {
  /** Stable, kebab-case, equal to the file name. */
  id: string;
  /** One line in zh-CN: the accounting check in plain words. */
  description: string;
  severity: Severity;
  check(ctx: RuleContext, report: Reporter): void;
}
