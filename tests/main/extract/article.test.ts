import { extractDocument } from '../../../main/extract/extract.ts';
import { flowingDocument } from './make-document.ts';

const metadataOf = (...args: Parameters<typeof flowingDocument>) => extractDocument(flowingDocument(...args), 'a.md').metadata;

describe('article fields', () => {
  it('uses declared properties and cleans the site suffix and kicker from the title', () => {
    const metadata = metadataOf(['Some text.'], {
      title: 'Breaking News: Bins to go fortnightly - March 2024 - Westby Gazette',
      author: 'Jo Pike',
      date: '2024-03-05T10:00:00Z',
    });
    expect(metadata).toMatchObject({ kind: 'article', title: 'Bins to go fortnightly', date: '2024-03-05', author: 'Jo Pike' });
  });

  it('reads a byline split over two lines and ignores highlights', () => {
    const metadata = metadataOf(['By', 'Sam Ode and Ray Lin', 'The council voted on Tuesday.', '@highlight', 'Council votes'], {}, 'text');
    expect(metadata.author).toBe('Sam Ode; Ray Lin');
  });

  it('reads the publication from a source line or an agency dateline', () => {
    expect(metadataOf(['A story.', 'Read the full article at Westby Gazette']).organisation).toBe('Westby Gazette');
    expect(metadataOf(['LONDON (CNN) -- Councils warned today.'], {}, 'text').organisation).toBe('CNN');
  });

  it('takes a sign-off as the author, and a headline-like first line as the title of a text file', () => {
    const metadata = metadataOf(
      ['Why the bus cuts matter to villages', 'The county has cut three routes since spring, leaving many stranded.', 'Pat Moss'],
      {},
      'text',
    );
    expect(metadata).toMatchObject({ title: 'Why the bus cuts matter to villages', author: 'Pat Moss', date: null });
  });

  it('does not take a dated letter or an update stamp as the publication date', () => {
    expect(metadataOf(['Updated: Apr 6, 2021', '11th March 2002', 'Dear Sir'], {}, 'text').date).toBeNull();
  });

  it('treats a text file with a front sheet as a report', () => {
    const metadata = metadataOf(
      ['Westby Combined Authority', 'Audit Committee', 'Date 7 March 2022 Report title Risk Update Report Author Al Dee', 'Purpose', '1. To update the committee.'],
      {},
      'text',
    );
    expect(metadata).toMatchObject({
      kind: 'report', title: 'Risk Update', date: '2022-03-07', committee: 'Audit Committee', author: 'Al Dee',
      organisation: 'Westby Combined Authority', headings: ['Purpose'],
    });
  });
});
