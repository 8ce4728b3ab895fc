import { documentText } from '../../../main/extract/document-text.ts';
import { pdfDocument } from './make-document.ts';

describe('documentText', () => {
  it('drops running headers and page numbers after the first page but keeps the first copy', () => {
    const page = (body: string, n: number) => [
      { text: 'Housing Panel 3 May 2024', size: 9 },
      { text: body, skip: 3 },
      { text: `Page ${n}`, skip: 55 },
    ];
    const text = documentText(pdfDocument([page('First body', 1), page('Second body', 2), page('Third body', 3)]));
    expect(text.lines.map((l) => l.text)).toEqual(['Housing Panel 3 May 2024', 'First body', 'Second body', 'Third body']);
    expect(text.runningHeaders).toEqual(['Housing Panel 3 May 2024']);
    expect(text.lines[0]?.repeated).toBe(true);
  });

  it('drops "intentionally left blank" notices and closes letter-spaced capitals', () => {
    const text = documentText(pdfDocument([['A G E N D A', 'This page is intentionally left blank']]));
    expect(text.lines.map((l) => l.text)).toEqual(['AGENDA']);
  });

  it('treats a text layer of symbols as unreadable', () => {
    const text = documentText(pdfDocument([['\u0015\u001a+/54\'3 0(', '#34 "\u0001\u001b']]));
    expect(text.readable).toBe(false);
    expect(text.lines).toEqual([]);
  });

  it('measures the space above each line in font sizes', () => {
    const text = documentText(pdfDocument([['one', 'two', { text: 'three', skip: 1 }]]));
    expect(text.lines[1]?.gap).toBeCloseTo(1.2);
    expect(text.lines[2]?.gap).toBeCloseTo(2.4);
  });
});
