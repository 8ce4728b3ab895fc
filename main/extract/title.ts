/**
 * Titles. Reports: the front sheet's "Subject:" / "Report title:", or for an agenda the meeting's
 * name under the letterhead, or else the first prominent line that is not the letterhead, the meeting
 * line or a classification. Articles: the declared headline without the site's suffix, the top
 * heading, or a short opening line that reads like a headline.
 */
import type { DeclaredProperties } from '../import/model.ts';
import { dateMentions, firstFullDate, withoutDates } from './dates.ts';
import type { DocLine, DocumentText } from './document-text.ts';
import { ASIDE, prominentOpeningLines } from './front-lines.ts';
import { isLabelLine, type LabelledValue } from './labels.ts';
import { councilNames } from './organisation.ts';
import { collapse, joinLines } from './text.ts';

const NOT_A_TITLE =
  /^(?:agenda(?:\s+item.*)?|item\s+\S+|public(?:\s+report)?|private|open|exempt|confidential|for general release|not for publication|(?:un)?restricted|report to .*|report of .*|notice of meeting|summons)$/i;
const VENUE = /\s+(?:in|at)\s+the\s+.*$/i;
const MEETING_CALL = /\b(?:to be held|will be held|summoned|you are|meeting of the)\b/i;

function isLetterhead(text: string): boolean {
  const names = councilNames(text);
  return names.some((name) => collapse(text).length <= name.length + 4);
}

/** The meeting's name between the letterhead and the first line about when or where it meets. */
function agendaTitle(text: DocumentText): string | null {
  for (const line of prominentOpeningLines(text)) {
    if (isLetterhead(line.text) || ASIDE.test(line.text)) continue;
    if (MEETING_CALL.test(line.text) || dateMentions(line.text).length > 0 || NOT_A_TITLE.test(line.text)) return null;
    return collapse(line.text.replace(VENUE, '').replace(/\s+agenda$/i, ''));
  }
  return null;
}

/** The first prominent opening line that names the paper, joined with its wrapped continuation. */
function prominentTitle(text: DocumentText): string | null {
  const lines = prominentOpeningLines(text);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as DocLine;
    if (isLetterhead(line.text) || ASIDE.test(line.text) || isLabelLine(line.text)) continue;
    if (NOT_A_TITLE.test(line.text) || firstFullDate(line.text) || /^\d/.test(line.text)) continue;
    const parts = [line.text];
    for (let j = i + 1; j < lines.length; j++) {
      const next = lines[j] as DocLine;
      if (next.gap > 1.6 || next.fontSize !== line.fontSize || isLabelLine(next.text)) break;
      parts.push(next.text);
    }
    return joinLines(parts);
  }
  return null;
}

export function reportTitle(text: DocumentText, labels: LabelledValue[], isAgenda: boolean): string | null {
  if (isAgenda) return agendaTitle(text);
  const labelled = labels.find((l) => l.field === 'title' && l.pageIndex <= 1);
  if (labelled) return labelled.value;
  // A running header "Community Grant Applications 13th March 2018" names the paper and its date.
  const dated = text.runningHeaders.find((header) => firstFullDate(header));
  if (dated && withoutDates(dated)) return withoutDates(dated);
  const flowingFirst = text.lines.find((line) => line.block === 'heading');
  if (flowingFirst) return flowingFirst.text;
  return prominentTitle(text);
}

/** "Headline - April 2002 - Site name" -> "Headline": a page title's trailing date and site parts. */
export function withoutSiteSuffix(title: string, siteNames: string[]): string {
  const parts = title.split(/\s+[|–—-]\s+/);
  const cut = parts.findIndex(
    (part, index) =>
      index > 0 && (dateMentions(part).length > 0 || siteNames.some((site) => part.toLowerCase() === site.toLowerCase())),
  );
  return collapse(cut > 0 ? parts.slice(0, cut).join(' - ') : title);
}

/** Short, capitalised, no closing full stop, and followed by longer prose: a headline. */
function looksLikeHeadline(line: DocLine, next: DocLine | undefined): boolean {
  const words = line.text.split(' ').length;
  return (
    words >= 3 &&
    words <= 16 &&
    /^\p{Lu}/u.test(line.text) &&
    !/[.:;!,]$/.test(line.text) &&
    !/\b(?:is|are|was|were)\s+(?:a|an|the)\b/i.test(line.text) &&
    next !== undefined &&
    next.text.length > line.text.length
  );
}

/** "Big News: …", "Exclusive: …": a site's kicker is not part of the headline. */
const KICKER = /^(?:breaking|big|latest|exclusive|live|opinion|analysis|comment|revealed|watch)(?:\s+news)?:\s+/i;

export function articleTitle(text: DocumentText, properties: DeclaredProperties, opening: DocLine[]): string | null {
  const siteNames = properties.publisher ? [properties.publisher] : [];
  const heading = text.lines.find((line) => line.block === 'heading' && line.level === 1);
  if (properties.title) {
    const declared = withoutSiteSuffix(properties.title, siteNames);
    // A heading that the declared title starts with is the headline without the site's additions.
    const title = heading && properties.title.startsWith(heading.text) ? heading.text : declared;
    return title.replace(KICKER, '');
  }
  if (heading) return heading.text;
  const first = opening[0];
  return first && looksLikeHeadline(first, opening[1]) ? first.text : null;
}
