// Performance-target sheets from the task pane: the same preparation as the CLI, written through the host,
// which picks the final sheet names (it alone sees every sheet, hidden ones included).
import type { Finding } from '../engine/findings';
import { renderMessageKey, type Locale } from '../engine/messages';
import { prepareTargets } from '../engine/targets/prepare';
import type { ProfileId } from '../engine/targets/taxonomy';
import type { HostApi } from './host';

export type ProfileChoice = ProfileId | 'auto';

export interface TargetsOutcome {
  /** False when the workbook has no performance-target sheet. */
  found: boolean;
  projects: number;
  profile?: ProfileId;
  findings: Finding[];
  written: string[];
  /** Notes in words: a name that was taken, a generated sheet someone had edited. */
  notes: string[];
}

export async function buildTargetSheets(api: HostApi, choice: ProfileChoice, locale: Locale): Promise<TargetsOutcome> {
  const snapshot = await api.snapshotWorkbook();
  const run = prepareTargets(snapshot, choice === 'auto' ? undefined : choice);
  if (!run) return { found: false, projects: 0, findings: [], written: [], notes: [] };
  // Nothing to write without projects: the findings say why (no rows read).
  const out = run.parsed.projects.length ? await api.applyTargetSheets(run.layout) : { written: [] };
  const notes = [
    ...(out.renamed ?? []).map((r) => renderMessageKey('targets-sheet-renamed', { ...r }, locale)),
    ...(out.edited ?? []).map((sheet) => renderMessageKey('targets-generated-edited', { sheet }, locale)),
  ];
  return { found: true, projects: run.parsed.projects.length, profile: run.result.profile, findings: run.findings, written: out.written, notes };
}
