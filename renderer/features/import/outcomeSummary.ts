import type { ImportOutcome } from '../../../shared/domain.ts';

export interface OutcomeGroups {
  failed: ImportOutcome[];
  warned: ImportOutcome[];
  imported: ImportOutcome[];
  duplicates: ImportOutcome[];
}

/** Failures first and on their own; files that went in with a warning are listed once, with the warning. */
export function groupOutcomes(outcomes: readonly ImportOutcome[]): OutcomeGroups {
  const groups: OutcomeGroups = { failed: [], warned: [], imported: [], duplicates: [] };
  for (const outcome of outcomes) {
    if (outcome.status === 'failed') groups.failed.push(outcome);
    else if (outcome.warning) groups.warned.push(outcome);
    else if (outcome.status === 'imported') groups.imported.push(outcome);
    else groups.duplicates.push(outcome);
  }
  return groups;
}

function count(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}

/** One sentence for the whole import, e.g. "3 files imported, 1 already in your library, 1 could not be imported." */
export function summariseOutcomes(outcomes: readonly ImportOutcome[], skipped: number): string {
  const imported = outcomes.filter((outcome) => outcome.status === 'imported').length;
  const duplicates = outcomes.filter((outcome) => outcome.status === 'duplicate').length;
  const failed = outcomes.filter((outcome) => outcome.status === 'failed').length;
  const parts = [
    imported > 0 ? `${count(imported, 'file', 'files')} imported` : '',
    duplicates > 0 ? `${count(duplicates, 'file was', 'files were')} already in your library` : '',
    failed > 0 ? `${count(failed, 'file', 'files')} could not be imported` : '',
    skipped > 0 ? `${count(skipped, 'hidden or system file', 'hidden or system files')} skipped` : '',
  ].filter(Boolean);
  if (parts.length === 0) return 'There was nothing to import.';
  return `${parts.join(', ')}.`.replace(/^./, (first) => first.toUpperCase());
}

/** How many failed files an announcement names before it just counts the rest. */
const NAMED_FAILURES = 3;

/** The sentence read out when files fail: the summary, then which files (the full reasons are on screen). */
export function announceFailures(outcomes: readonly ImportOutcome[], skipped: number): string {
  const failed = outcomes.filter((outcome) => outcome.status === 'failed').map((outcome) => outcome.file);
  if (failed.length === 0) return '';
  const named = failed.slice(0, NAMED_FAILURES).join(', ');
  const rest = failed.length - NAMED_FAILURES;
  return `${summariseOutcomes(outcomes, skipped)} Not imported: ${named}${rest > 0 ? ` and ${rest} more` : ''}.`;
}
