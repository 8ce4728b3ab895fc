/**
 * Recognises people's names in the values of author fields, signatures and bylines, and drops what
 * follows them (job title, email, phone). A value made of a job title alone ("Head of Paid Service")
 * is not a name.
 */
import { collapse } from './text.ts';

/** Words that occur in job titles and bodies, never in a person's name. */
const NOT_NAME_WORDS = new Set(
  (
    'head director officer manager chief executive corporate council service services team member cabinet ' +
    'strategic deputy clerk leader department finance planning committee regeneration governance policy ' +
    'group partnership authority borough city county of for the and report reports democratic legal resources ' +
    'senior principal programme project lead contact programme secretary accountable employee version final dated ' +
    'tel telephone email none all n/a open public news reporter staff editor correspondent writer picture'
  ).split(' '),
);

const HONORIFIC = /^(?:cllr\.?|councillor|mr\.?|mrs\.?|ms\.?|miss|dr\.?|prof\.?|sir|dame)\s+/i;
const NAME_TOKEN = /^(?:\p{Lu}[\p{Ll}\p{Lu}’'\-]*\.?|\p{Lu}\.?)$/u;

/** The person's name a value starts with, or null. */
export function personName(value: string): string | null {
  const head = collapse(value)
    .split(/\s*(?:,|\(|\s[-–—]\s|\||\bemail\b|\be-mail\b|\btel\b|@|\d)/i)[0]
    ?.replace(HONORIFIC, '')
    .trim();
  if (!head) return null;
  const tokens = head.split(' ');
  if (tokens.length < 2 || tokens.length > 4) return null;
  if (!tokens.every((token) => NAME_TOKEN.test(token) && !NOT_NAME_WORDS.has(token.toLowerCase()))) return null;
  if (!tokens.some((token) => /\p{Ll}/u.test(token))) return null;
  return head;
}

/** Several names written "A and B", "A & B" or "A; B". */
export function personNames(value: string): string[] {
  return collapse(value)
    .split(/\s+(?:and|&)\s+|;\s*/)
    .map(personName)
    .filter((name): name is string => name !== null);
}

export function joinNames(names: string[]): string | null {
  const unique = [...new Set(names)];
  return unique.length > 0 ? unique.join('; ') : null;
}
