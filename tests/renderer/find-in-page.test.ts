import { documentText } from '../../shared/anchoring/document-text.ts';
import { findMatches, occurrenceOnPage } from '../../renderer/features/document/findMatches.ts';
import { rangeForQuote } from '../../renderer/features/document/pdf/textLayerText.ts';

describe('finding the right copy of a phrase on a page', () => {
  it('counts which occurrence on its page each match is, as the text layer is searched', () => {
    const doc = documentText(['Council notes. The council met.', 'The council agreed; the council noted; the council asked.']);
    const occurrences = findMatches(doc, 'council').map((match) => {
      const quote = doc.text.slice(match.start, match.end);
      return [match.pageIndex, quote, occurrenceOnPage(doc, match.pageIndex, quote, match.start)];
    });
    expect(occurrences).toEqual([
      [0, 'Council', 0],
      [0, 'council', 0],
      [1, 'council', 0],
      [1, 'council', 1],
      [1, 'council', 2],
    ]);
  });

  it('marks the asked-for occurrence in the text layer, and the first when there are fewer', () => {
    const layer = document.createElement('div');
    for (const words of ['The council agreed;', 'the council noted;', 'the council asked.']) {
      const span = document.createElement('span');
      span.textContent = words;
      layer.append(span);
    }
    document.body.append(layer);
    const container = (occurrence: number) => rangeForQuote(layer, 'council', occurrence)?.startContainer.textContent;
    expect(container(2)).toBe('the council asked.');
    expect(container(1)).toBe('the council noted;');
    expect(container(7)).toBe('The council agreed;');
    layer.remove();
  });
});
