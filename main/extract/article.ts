/**
 * What articles say about themselves in their text: bylines ("By Jane Smith", split over lines or
 * between dots as news-agency copy prints them), author notes and sign-offs, and the publication
 * ("Read the full article at …", "(CNN) --"). Page cruft saved with the text ("top of page",
 * "@highlight", share buttons) is dropped first.
 */
import type { DeclaredProperties } from '../import/model.ts';
import type { DocLine } from './document-text.ts';
import { joinNames, personName, personNames } from './people.ts';
import { publicationAt, publicationMentioned } from './publications.ts';
import { collapse } from './text.ts';

const CRUFT =
  /^(?:top of page|bottom of page|@highlight|advertisement|share this( article)?|share|comments?|read more|updated:.*|last updated.*|published:.*|first published.*|follow us.*|sign up.*|subscribe.*|.*\bcookies?\b.*)$/i;

/** The article's own lines, with page cruft and "@highlight" summaries removed. */
export function articleLines(lines: DocLine[]): DocLine[] {
  const highlight = lines.findIndex((line) => /^@highlight\b/i.test(line.text));
  const body = highlight >= 0 ? lines.slice(0, highlight) : lines;
  return body
    .map((line) => ({ ...line, text: collapse(line.text.replace(/^top of page\s*•?\s*/i, '')) }))
    .filter((line) => line.text && !CRUFT.test(line.text) && !BYLINE.test(line.text) && !WRITER_PICTURE.test(line.text));
}

const BYLINE = /^by\s*[.:]?\s+(.+)$|^by$/i;
const WRITER_PICTURE = /writer'?’?s picture\s*(.+)$/i;
const AUTHOR_NOTE = /^(.+?)\s+(?:is|was)\s+(?:a|an|the)\s+/;

/** "By . Jane Smith . PUBLISHED: …" or "By Jane Smith for MailOnline": the names only. */
function bylineNames(text: string): string[] {
  const rest = text.replace(/^by\s*[.:]?\s*/i, '').split(/\s+\.\s+|\s+(?:for|in)\s+\p{Lu}|\s*\|\s*|\s+published\b/iu)[0] ?? '';
  return personNames(rest.replace(/\s*\.$/, ''));
}

export function articleAuthor(lines: DocLine[], properties: DeclaredProperties): string | null {
  if (properties.author) return joinNames(properties.author.split(/\s*;\s*/));
  const opening = lines.slice(0, 8);
  for (let i = 0; i < opening.length; i++) {
    const text = (opening[i] as DocLine).text;
    const picture = WRITER_PICTURE.exec(text);
    if (picture) return personName(picture[1] ?? '');
    if (/^by$/i.test(text) && opening[i + 1]) return joinNames(bylineNames(`By ${(opening[i + 1] as DocLine).text}`));
    if (BYLINE.test(text)) {
      const names = bylineNames(text);
      if (names.length > 0) return joinNames(names);
    }
  }
  // An author's note opening the piece: "Andrew Laird is a founder and Director of …".
  const note = AUTHOR_NOTE.exec(lines[0]?.text ?? '');
  const noted = note ? personName(note[1] ?? '') : null;
  if (noted && (note?.[1] ?? '').split(' ').length <= 4) return noted;
  // A sign-off: the last line is the writer's name and nothing else.
  const last = [...lines].reverse().find((line) => !/^yours\b/i.test(line.text));
  if (last && last.text.split(' ').length <= 7) {
    const names = personNames(last.text);
    if (names.length > 0 && names.join(' ').length >= last.text.replace(/\s+(?:and|&)\s+/g, ' ').length - 2) {
      return joinNames(names);
    }
  }
  return null;
}

const SOURCE = /^(?:read the full (?:article|story) (?:at|on)|originally published (?:in|by|on)|source:|first published (?:in|by|on))\s+(.+?)\.?$/i;
const AGENCY_DATELINE = /^(?:[A-Z][A-Za-z ,.]+)?\((CNN|AP|Reuters|AFP|PA)\)\s*(?:--|—|–|-)/;
const HAS_LEARNED = /\bthe (BBC|Guardian|Times|Telegraph|Independent|Observer|Economist|Financial Times)\b(?:'s)? (?:has|have) (?:learned|learnt|seen|revealed)\b/;
/** "MV's Andrew Laird": the initials of an organisation named in the text, owning its writer. */
const STAFF_OF = /\b(\p{Lu}{2,5})['’]s\s+\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+/u;

function expandInitials(initials: string, text: string): string | null {
  const phrases = text.match(/\b(?:\p{Lu}\p{Ll}+\s+){1,4}\p{Lu}\p{Ll}+/gu) ?? [];
  return phrases.find((phrase) => phrase.split(/\s+/).map((w) => w[0]).join('') === initials) ?? null;
}

/** Where a publication's own link usually sits: the first and last lines (masthead, footer, "Source:"). */
const EDGE_LINES = 3;

export function articleOrganisation(lines: DocLine[], properties: DeclaredProperties): string | null {
  if (properties.publisher) return publicationAt(properties.publisher) ?? properties.publisher;
  if (properties.url) {
    const atUrl = publicationAt(properties.url);
    if (atUrl) return atUrl;
  }
  for (const line of lines) {
    const source = SOURCE.exec(line.text);
    if (source) return publicationMentioned(source[1] ?? '') ?? (collapse(source[1] ?? '') || null);
  }
  const edges = [...lines.slice(0, EDGE_LINES), ...lines.slice(-EDGE_LINES)].map((line) => line.text).join('\n');
  const linked = publicationMentioned(edges);
  if (linked) return linked;
  const all = lines.map((line) => line.text).join('\n');
  const dateline = AGENCY_DATELINE.exec(lines[0]?.text ?? '');
  if (dateline) return dateline[1] ?? null;
  if (/\b(?:daily mail reporter|for mailonline|for the daily mail)\b/i.test(all)) return 'Daily Mail';
  const learned = HAS_LEARNED.exec(all);
  if (learned) return learned[1] === 'Guardian' || learned[1] === 'Economist' ? `The ${learned[1]}` : (learned[1] ?? null);
  const staff = STAFF_OF.exec(all);
  return staff ? expandInitials(staff[1] ?? '', all) : null;
}
