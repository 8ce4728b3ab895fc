import { documentText } from '../../../main/extract/document-text.ts';
import { sectionHeadings } from '../../../main/extract/headings.ts';
import { flowingDocument, pdfDocument } from './make-document.ts';

const headingsOf = (doc: Parameters<typeof documentText>[0], kind: 'report' | 'article' = 'report') =>
  sectionHeadings(documentText(doc), kind).map((s) => s.heading);

describe('sectionHeadings', () => {
  it('takes numbered bold headings and leaves out numbered sub-headings and paragraphs', () => {
    const doc = pdfDocument([
      [
        { text: '1.0 Purpose of Report', bold: true },
        '1.1 To set out the plan.',
        { text: '2.0 Background', bold: true, skip: 1 },
        { text: '2.1 History', bold: true },
        { text: '3.0 Legal Implications:', bold: true, skip: 1 },
        { text: 'Background Papers: None', bold: true, skip: 1 },
      ],
    ]);
    expect(headingsOf(doc)).toEqual(['Purpose of Report', 'Background', 'Legal Implications', 'Background Papers']);
  });

  it('takes bold capitals as the top level, joins a wrapped one and stops at the appendices', () => {
    const doc = pdfDocument([
      [
        { text: 'RECOMMENDATIONS', bold: true },
        '1. That the plan be approved.',
        { text: 'KEY ISSUES FOR CONSIDERATION', bold: true, skip: 1 },
        { text: 'Staffing matters', bold: true, skip: 1 },
        { text: 'ASSET PLAN AND CENTRAL MANAGEMENT OF THE', bold: true, skip: 1 },
        { text: 'OPERATIONAL ESTATE', bold: true },
      ],
      [{ text: 'APPENDIX 1', bold: true }, { text: 'ASSET OBJECTIVES', bold: true }],
    ]);
    expect(headingsOf(doc)).toEqual([
      'RECOMMENDATIONS',
      'KEY ISSUES FOR CONSIDERATION',
      'ASSET PLAN AND CENTRAL MANAGEMENT OF THE OPERATIONAL ESTATE',
    ]);
  });

  it('uses the level below a single title heading in flowing documents', () => {
    const doc = flowingDocument([
      { type: 'heading', level: 1, text: 'Title' },
      { type: 'heading', level: 2, text: 'Data' },
      { type: 'heading', level: 3, text: 'Detail' },
      { type: 'heading', level: 2, text: 'Method' },
    ]);
    expect(headingsOf(doc, 'article')).toEqual(['Data', 'Method']);
  });

  it('finds headings of a plain-text report before numbered paragraphs', () => {
    const doc = flowingDocument(['Purpose', '1. To inform the panel.', 'Context', '2. The white paper was published.'], {}, 'text');
    expect(headingsOf(doc)).toEqual(['Purpose', 'Context']);
  });
});
