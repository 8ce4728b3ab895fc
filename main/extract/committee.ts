/**
 * The body a report goes to: the front sheet's "Meeting:" / "Committee:" / "Report to:" /
 * "Decision maker:" line, else a meeting line at the top of the paper ("Overview & Scrutiny
 * Committee", "… Town Council Meeting 21 February 2017"). A meeting of a whole parish, town or
 * community council goes to the council itself.
 */
import { withoutDates } from './dates.ts';
import type { DocumentText } from './document-text.ts';
import { openingLines } from './front-lines.ts';
import type { LabelledValue } from './labels.ts';
import { collapse, trimValue, unshout } from './text.ts';

/** Most specific label first: "Meeting name" says more than "To". */
const LABEL_ORDER = [
  'meeting name', 'name of meeting', 'meeting', 'committee', 'meeting of', 'report to', 'to', 'decision forum',
  'forum', 'decision maker', 'decision-maker',
];

const BODY_WORDS = /\b(?:committee|cabinet|board|panel|executive|forum|commission|scrutiny|sub-committee|council meeting|assembly)\b/i;
const NOT_A_BODY = /^(?:to|you|members|dear|the following|please|this|report|notice)\b|\b(?:summoned|to be held|will be held)\b/i;
const SMALL_COUNCIL = /\b(?:parish|town|community|village)\s+council$/i;

function cleanCommittee(text: string): string {
  const value = trimValue(withoutDates(text))
    .replace(/\s+meeting$/i, '')
    .replace(/\s+(?:on|at|held)$/i, '');
  return unshout(trimValue(value));
}

export function reportCommittee(
  text: DocumentText,
  labels: LabelledValue[],
  organisation: string | null,
): string | null {
  for (const label of LABEL_ORDER) {
    const found = labels.find((l) => l.field === 'committee' && l.label === label && cleanCommittee(l.value));
    if (found) return cleanCommittee(found.value);
  }
  const candidates = [...text.runningHeaders, ...openingLines(text).map((line) => line.text)];
  const line = candidates.find((c) => BODY_WORDS.test(c) && !NOT_A_BODY.test(c) && collapse(c).length <= 90);
  if (line && cleanCommittee(line)) return cleanCommittee(line);
  return organisation && SMALL_COUNCIL.test(organisation) ? organisation : null;
}
