/** Title, date, organisation, committee, author and kind of small generated reports. */
import { extractDocument } from '../../../main/extract/extract.ts';
import { pdfDocument } from './make-document.ts';

const metadataOf = (pages: Parameters<typeof pdfDocument>[0], properties = {}) =>
  extractDocument(pdfDocument(pages, properties), 'paper.pdf').metadata;

const frontSheet = [
  { text: 'Meeting: Cabinet Date: 12 March 2025', bold: true },
  { text: 'Subject: Library Opening Hours', bold: true },
  { text: 'Report Of: Cabinet Member for Culture', bold: true },
  { text: 'Contact Officer: Dana Wells, Libraries Manager', bold: true },
  { text: 'Email: dana.wells@northby.gov.uk', bold: true },
  { text: '1.0 Purpose of Report', bold: true, skip: 1 },
  '1.1 Northby County Council and Eastvale District Council were consulted in January 2025.',
  { text: '2.0 Recommendations', bold: true, skip: 1 },
  '2.1 Cabinet is asked to RESOLVE that:',
  { text: '(1) the new hours be adopted.', x: 100, skip: 1 },
  { text: '3.0 Background', bold: true, skip: 1 },
  'Northby City Council has run the libraries since 1974. Northby City Council is proud of them.',
];

describe('report fields', () => {
  it('reads a labelled front sheet', () => {
    const metadata = metadataOf([frontSheet], { author: 'template', title: 'Report Template' });
    expect(metadata).toMatchObject({
      kind: 'report',
      title: 'Library Opening Hours',
      date: '2025-03-12',
      committee: 'Cabinet',
      author: 'Dana Wells',
      recommendations: ['the new hours be adopted.'],
      headings: ['Purpose of Report', 'Recommendations', 'Background'],
    });
  });

  it('picks the council whose web domain the paper gives over councils it mentions', () => {
    expect(metadataOf([frontSheet]).organisation).toBe('Northby City Council');
  });

  it('leaves the date empty when the front sheet gives only a month', () => {
    expect(metadataOf([['Date: February 2025', 'Decided on 3 February 2025 by the Leader.']]).date).toBeNull();
  });

  it('reads an agenda: meeting name under the letterhead, date, clerk, council as committee', () => {
    const metadata = metadataOf([
      [
        { text: 'WESTBY PARISH COUNCIL', bold: true, size: 14 },
        { text: 'ANNUAL MEETING', bold: true },
        { text: '(meeting due 2nd May - postponed)', bold: true },
        { text: 'to be held on Tuesday 9th May 2023 at 7pm', bold: true },
        { text: 'AGENDA', skip: 1 },
        { text: '1. Apologies', skip: 1 },
        { text: '2. Minutes of the meeting held on 4th April 2023', skip: 1 },
        { text: 'Robin Hale (Clerk)', skip: 2 },
      ],
    ]);
    expect(metadata).toMatchObject({
      title: 'ANNUAL MEETING',
      date: '2023-05-09',
      organisation: 'Westby Parish Council',
      committee: 'Westby Parish Council',
      author: 'Robin Hale',
      headings: ['Apologies', 'Minutes of the meeting held on 4th April 2023'],
    });
  });

  it('reads an unlabelled paper: meeting line, title and a signature', () => {
    const metadata = metadataOf([
      [
        { text: 'Eastham Town Council Meeting 14 March 2024', bold: true },
        { text: 'Agenda Item 12', bold: true },
        { text: 'Summer Festival', bold: true },
        { text: '1. Purpose of Report', bold: true, skip: 1 },
        'To seek approval for the festival.',
        { text: 'Lee Grant', bold: true, skip: 2 },
        { text: 'Town Clerk', bold: true },
      ],
    ]);
    expect(metadata).toMatchObject({
      title: 'Summer Festival',
      date: '2024-03-14',
      committee: 'Eastham Town Council',
      author: 'Lee Grant',
    });
  });

  it('returns nothing but the kind for a scanned paper', () => {
    expect(extractDocument(pdfDocument([[]]), 'scan.pdf').metadata).toEqual({
      kind: 'report', title: null, date: null, organisation: null, committee: null, author: null, recommendations: [], headings: [],
    });
  });
});
