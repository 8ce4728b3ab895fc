/**
 * The council or authority a report belongs to. Names are recognised by how UK local bodies are
 * called ("X City Council", "London Borough of X", "X Combined Authority"); when several are named
 * (papers mention partner councils and the county), the one matching the paper's own web domain,
 * or printed in its letterhead, wins.
 */
import type { DocLine } from './document-text.ts';
import { unshout } from './text.ts';

const BODY_TYPES =
  '(?:Metropolitan Borough|Metropolitan District|Royal Borough|City|County|Borough|District|Town|Parish|Community)\\s+Council|Council|Combined Authority|Mayoral Combined Authority|Fire and Rescue Authority|National Park Authority|Unitary Authority';
const NAME_WORD = "\\p{Lu}[\\p{L}'’\\-]*";
const CONNECTOR = "(?:of|upon|on|the|and|in|de|le)";
const NAMED = `${NAME_WORD}(?:\\s+(?:${CONNECTOR}\\s+)?${NAME_WORD}){0,4}`;

const PATTERNS = [
  new RegExp(`\\b(?:London|Royal) Borough of ${NAMED}`, 'gu'),
  new RegExp(`\\bBorough Council of ${NAMED}`, 'gu'),
  new RegExp(`\\b${NAMED}\\s+(?:${BODY_TYPES})\\b`, 'gu'),
];

/** Words that start a sentence or a heading, not a council's name. */
const LEADING_NOISE = /^(?:(?:The|This|That|Dear|To|From|For|And|By|Of|In|At|On|Meeting|Report|Agenda|Members|Both|Each|All|Full|Whole|Our|Your|Notes|Minutes|Cabinet|Committee|Council)\s+)+/u;
const NOT_A_NAME = /^(?:Town|Parish|City|County|Borough|District|Community|Full|The|Local|Principal|Unitary|Member|Group)\s+Council$|^Council$/;

export function councilNames(text: string): string[] {
  const source = unshout(text);
  const names: string[] = [];
  for (const pattern of PATTERNS) {
    for (const match of source.matchAll(pattern)) {
      const name = match[0].replace(LEADING_NOISE, '').trim();
      if (name && !NOT_A_NAME.test(name) && /\s/.test(name)) names.push(name);
    }
  }
  return names;
}

/** Distinctive labels of the web domains a paper gives for its council ("southwark" in southwark.gov.uk). */
export function councilDomains(text: string): string[] {
  const labels = [...text.matchAll(/(?:@|www\.|https?:\/\/|\b)(?:[a-z0-9-]+\.)*?([a-z0-9-]+)\.gov\.uk\b/gi)].map(
    (m) => (m[1] ?? '').toLowerCase(),
  );
  return labels.filter((label) => !['www', 'moderngov', 'democracy', 'committees', 'mail'].includes(label));
}

const squash = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '');
const BODY_TYPE_AT_END = new RegExp(`\\s+(?:${BODY_TYPES})$`, 'u');

/** Whether a web domain label is this body's: its place name ("southwark") or its initials ("wmca"). */
function ownsDomain(name: string, domain: string): boolean {
  const place = name.replace(/^(?:London Borough of|Royal Borough of|Borough Council of)\s+/, '').replace(BODY_TYPE_AT_END, '');
  const initials = name.split(/\s+/).filter((word) => /^\p{Lu}/u.test(word)).map((word) => word[0]).join('');
  return squash(place) === domain || squash(initials) === domain;
}

export function reportOrganisation(lines: DocLine[], runningHeaders: string[]): string | null {
  const counts = new Map<string, number>();
  for (const line of lines) for (const name of councilNames(line.text)) counts.set(name, (counts.get(name) ?? 0) + 1);
  const domains = councilDomains(lines.map((l) => l.text).join('\n'));
  const byCount = [...counts].sort((a, b) => b[1] - a[1]).map(([name]) => name);
  // "Southwark Council" and "London Borough of Southwark" are one body; the short form is what people use.
  const owners = byCount.filter((name) => domains.some((domain) => ownsDomain(name, domain)));
  const matchingDomain = owners.find((name) => !/^(?:London|Royal) Borough of/.test(name)) ?? owners[0];
  if (matchingDomain) return matchingDomain;
  const top = [...runningHeaders, ...lines.filter((l) => l.pageIndex === 0).slice(0, 8).map((l) => l.text)];
  const letterhead = top.flatMap(councilNames)[0];
  if (letterhead) return letterhead;
  const domain = domains[0];
  if (domain) return `${domain.charAt(0).toUpperCase()}${domain.slice(1)} Council`;
  return byCount[0] ?? null;
}
