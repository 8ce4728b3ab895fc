import { documentText } from '../../../main/extract/document-text.ts';
import { findRecommendations } from '../../../main/extract/recommendations.ts';
import { flowingDocument, pdfDocument } from './make-document.ts';

const recommendationsOf = (doc: Parameters<typeof documentText>[0]) => findRecommendations(documentText(doc)).map((r) => r.text);

describe('findRecommendations', () => {
  it('takes the items after the lead-in, joining wrapped lines and dropping markers', () => {
    const doc = pdfDocument([
      [
        { text: '2.0 Recommendations', bold: true },
        { text: '2.1 Cabinet is asked to RESOLVE that:', skip: 1 },
        { text: '(1) the draft plan be approved for', x: 100, skip: 1 },
        { text: 'consultation;', x: 120 },
        { text: '(2) the Director be re-', x: 100, skip: 1 },
        { text: 'quired to report back.', x: 120 },
        { text: '3.0 Background', bold: true, skip: 1 },
        '3.1 The plan was drafted last year.',
      ],
    ]);
    expect(recommendationsOf(doc)).toEqual(['the draft plan be approved for consultation;', 'the Director be re-quired to report back.']);
  });

  it('keeps only the first printing when a second lead-in repeats the items for another body', () => {
    const doc = pdfDocument([
      [
        { text: 'Recommendations', bold: true },
        { text: 'Cabinet is asked to RECOMMEND that:', skip: 1 },
        { text: '(1) the fees be set;', x: 100, skip: 1 },
        { text: 'Council is asked to RESOLVE that:', skip: 1 },
        { text: '(1) the fees be set', x: 100, skip: 1 },
      ],
    ]);
    expect(recommendationsOf(doc)).toEqual(['the fees be set;']);
  });

  it('keeps the "That …" paragraph of an item and not the explanation after it', () => {
    const doc = pdfDocument([
      [
        { text: '2. Recommendations', bold: true },
        { text: 'a) That the fair be held in the park.', x: 90, bold: true, skip: 1 },
        { text: 'The fair would run for two days.', x: 108, skip: 1 },
        { text: 'b) That the Clerk organises it.', x: 90, bold: true, skip: 1 },
        { text: '3. Background', bold: true, skip: 1 },
      ],
    ]);
    expect(recommendationsOf(doc)).toEqual(['That the fair be held in the park.', 'That the Clerk organises it.']);
  });

  it('does not repeat recommendations restated in a later section', () => {
    const page = (heading: string) => [{ text: heading, bold: true }, { text: '1. That the budget be approved.', skip: 1 }];
    const doc = pdfDocument([page('RECOMMENDATIONS'), page('Decisions recommended:')]);
    expect(recommendationsOf(doc)).toEqual(['That the budget be approved.']);
  });

  it('splits numbered items flattened into one paragraph of a text file', () => {
    const doc = flowingDocument(['The Board is recommended to:', '- (1) Note the report. - (2) Agree the plan.', 'Purpose'], {}, 'text');
    expect(recommendationsOf(doc)).toEqual(['Note the report.', 'Agree the plan.']);
  });
});
