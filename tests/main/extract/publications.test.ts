import { describe, expect, it } from 'vitest';
import { articleOrganisation } from '../../../main/extract/article.ts';
import type { DocLine } from '../../../main/extract/document-text.ts';
import { publicationAt, publicationMentioned } from '../../../main/extract/publications.ts';

const lines = (...texts: string[]) => texts.map((text) => ({ text }) as DocLine);

describe('publications by web address', () => {
  it('recognises a publication at its domain or any subdomain', () => {
    expect(publicationAt('https://www.theguardian.com/society/2024/jan/01/council-cuts')).toBe('The Guardian');
    expect(publicationAt('amp.economist.com/britain/2023/06/council')).toBe('The Economist');
    expect(publicationAt('www.dailymail.co.uk')).toBe('Daily Mail');
  });

  it('does not mistake a lookalike domain for a known publication', () => {
    expect(publicationAt('https://notthebbc.co.uk/story')).toBeNull();
    expect(publicationAt('https://example.org/bbc.co.uk')).toBeNull();
    expect(publicationAt('not an address')).toBeNull();
  });

  it('finds the first known address written in text', () => {
    expect(publicationMentioned('More at example.org and https://www.ft.com/content/abc.')).toBe('Financial Times');
  });
});

describe('articleOrganisation', () => {
  it('prefers a declared publication name, translating one given as an address', () => {
    expect(articleOrganisation(lines('Body'), { publisher: 'Municipal Journal' })).toBe('Municipal Journal');
    expect(articleOrganisation(lines('Body'), { publisher: 'https://www.theguardian.com' })).toBe('The Guardian');
  });

  it('uses the declared address when no name is declared', () => {
    expect(articleOrganisation(lines('Body text.'), { url: 'https://www.economist.com/britain/2024/01/04/x' })).toBe('The Economist');
  });

  it('reads a publication linked at the top or foot of the text, not one cited in the middle', () => {
    const middle = lines('Headline', 'Intro', 'Para', 'As reported at www.bbc.co.uk/news last week.', 'Para', 'Para', 'Close');
    expect(articleOrganisation(middle, {})).toBeNull();
    const footer = lines('Headline', 'Intro', 'Para', 'Para', 'Para', 'https://www.theguardian.com/politics/2024/x');
    expect(articleOrganisation(footer, {})).toBe('The Guardian');
  });
});
