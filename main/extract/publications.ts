/**
 * Publications recognised by their web address. Saved articles often carry only a link (canonical URL,
 * a "Source:" line, a footer) rather than the publication's name; these are the national and
 * local-government titles scrutiny officers most often file. Subdomains count (amp., www., …).
 */
const PUBLICATIONS_BY_DOMAIN: ReadonlyArray<readonly [domain: string, name: string]> = [
  ['theguardian.com', 'The Guardian'],
  ['guardian.co.uk', 'The Guardian'],
  ['economist.com', 'The Economist'],
  ['dailymail.co.uk', 'Daily Mail'],
  ['thisismoney.co.uk', 'This is Money'],
  ['bbc.co.uk', 'BBC'],
  ['bbc.com', 'BBC'],
  ['telegraph.co.uk', 'The Telegraph'],
  ['thetimes.co.uk', 'The Times'],
  ['thetimes.com', 'The Times'],
  ['independent.co.uk', 'The Independent'],
  ['ft.com', 'Financial Times'],
  ['inews.co.uk', 'i'],
  ['mirror.co.uk', 'Daily Mirror'],
  ['express.co.uk', 'Daily Express'],
  ['thesun.co.uk', 'The Sun'],
  ['standard.co.uk', 'Evening Standard'],
  ['newstatesman.com', 'New Statesman'],
  ['spectator.co.uk', 'The Spectator'],
  ['prospectmagazine.co.uk', 'Prospect'],
  ['lgcplus.com', 'Local Government Chronicle'],
  ['themj.co.uk', 'The MJ'],
  ['localgov.co.uk', 'LocalGov'],
  ['publicfinance.co.uk', 'Public Finance'],
  ['municipaljournal.co.uk', 'The MJ'],
  ['local.gov.uk', 'Local Government Association'],
  ['instituteforgovernment.org.uk', 'Institute for Government'],
  ['ifs.org.uk', 'Institute for Fiscal Studies'],
  ['reuters.com', 'Reuters'],
  ['apnews.com', 'AP'],
  ['cnn.com', 'CNN'],
  ['nytimes.com', 'The New York Times'],
];

const WEB_ADDRESS = /\b(?:https?:\/\/)?((?:[a-z0-9-]+\.)+[a-z]{2,})(?=[/:?#\s)\]>"']|$)/gi;

function hostOf(address: string): string | null {
  const match = /^(?:https?:\/\/)?((?:[a-z0-9-]+\.)+[a-z]{2,})/i.exec(address.trim());
  return match?.[1]?.toLowerCase() ?? null;
}

/** The publication at a web address, or null when the address belongs to none we know. */
export function publicationAt(address: string): string | null {
  const host = hostOf(address);
  if (!host) return null;
  const known = PUBLICATIONS_BY_DOMAIN.find(([domain]) => host === domain || host.endsWith(`.${domain}`));
  return known?.[1] ?? null;
}

/** The first known publication among the web addresses written in a piece of text. */
export function publicationMentioned(text: string): string | null {
  for (const match of text.matchAll(WEB_ADDRESS)) {
    const publication = publicationAt(match[1] ?? '');
    if (publication) return publication;
  }
  return null;
}
