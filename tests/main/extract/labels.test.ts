import { documentText } from '../../../main/extract/document-text.ts';
import { labelledValues, labelsIn } from '../../../main/extract/labels.ts';
import { pdfDocument } from './make-document.ts';

const valuesOf = (pages: Parameters<typeof pdfDocument>[0]) =>
  labelledValues(documentText(pdfDocument(pages)).lines).map((v) => [v.field, v.value]);

describe('labelledValues', () => {
  it('splits two labels printed on one line', () => {
    expect(valuesOf([['Meeting: Planning Panel Date: 4 June 2024']])).toEqual([
      ['committee', 'Planning Panel'],
      ['date', '4 June 2024'],
    ]);
  });

  it('joins a value wrapped onto an indented line', () => {
    expect(valuesOf([['Report title: Waste Strategy', { text: '– Consultation Results', x: 160 }, 'From: Director of Place']])).toEqual([
      ['title', 'Waste Strategy – Consultation Results'],
      ['from', 'Director of Place'],
    ]);
  });

  it('reads a header row of labels with its values in the row below', () => {
    expect(valuesOf([['Item No. Classification: Date: Meeting Name:', { text: '7 Open 9 July 2024 Licensing Committee', x: 90 }]])).toEqual([
      ['date', '9 July 2024'],
      ['committee', 'Licensing Committee'],
    ]);
  });

  it('accepts distinctive labels without a colon but not prose', () => {
    expect(labelsIn('Report Author Sam Patel').map((h) => h.spec.field)).toEqual(['author']);
    expect(labelsIn('Date of next meeting to be agreed')).toEqual([]);
    expect(labelsIn('The meeting: a summary')).toEqual([]);
  });
});
