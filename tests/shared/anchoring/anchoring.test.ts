import { describe, expect, it } from 'vitest';
import { findIgnoringWhitespace } from '../../../shared/anchoring/compact.ts';
import { documentText, pageAt, pageBlocks } from '../../../shared/anchoring/document-text.ts';
import { closestSubstring } from '../../../shared/anchoring/fuzzy.ts';
import { anchorForSelection, locateQuote, reanchor } from '../../../shared/anchoring/locate.ts';

const GAP = 'The spending gap for libraries is £1.2m in 2026/27.';

describe('document text', () => {
  it('collapses whitespace and joins pages so every offset has one page', () => {
    const doc = documentText(['Cover\n\n  page', 'Second   page\ntext']);
    expect(doc.text).toBe('Cover page\nSecond page text');
    expect(doc.pageStarts).toEqual([0, 11]);
    expect(pageAt(doc, 3)).toBe(0);
    expect(pageAt(doc, 11)).toBe(1);
    expect(pageAt(doc, 25)).toBe(1);
  });

  it('splits a flowing page into paragraphs whose offsets match the normalised text', () => {
    const page = 'Heading\n\nFirst   paragraph\nwraps.\n\n\n- a list item';
    const doc = documentText([page]);
    const blocks = pageBlocks(doc, page, 0);
    expect(blocks.map((b) => b.text)).toEqual(['Heading', 'First paragraph wraps.', '- a list item']);
    for (const block of blocks) expect(doc.text.slice(block.start, block.start + block.text.length)).toBe(block.text);
  });
});

describe('matching', () => {
  it('ignores whitespace differences between the text layer and the extracted text', () => {
    expect(findIgnoringWhitespace('the spend ing gap is', 'spending  gap')).toEqual([{ start: 4, end: 17 }]);
    // Non-breaking, em and line-separator spaces are whitespace too.
    expect(findIgnoringWhitespace('a\u00a0spend\u2003ing\u2028gap', 'spending gap')).toEqual([{ start: 2, end: 15 }]);
  });

  it('answers for each text when several long ones are searched in turn', () => {
    const filler = 'word '.repeat(25_000);
    const texts = [`gap ${filler}`, `${filler}gap`, `g a p ${filler}`, `${filler}`];
    for (let round = 0; round < 3; round++) {
      expect(texts.map((text) => findIgnoringWhitespace(text, 'gap').map((m) => m.start))).toEqual([[0], [125_000], [0], []]);
    }
  });

  it('finds the closest approximate substring', () => {
    const match = closestSubstring('xx the spending gap widened xx', 'the spendng gap widened', 0);
    expect(match).toMatchObject({ start: 3, end: 27, distance: 1 });
  });
});

describe('anchoring a selection', () => {
  it('anchors to the occurrence nearest where the selection was made', () => {
    const doc = documentText(['Budget gap. Intro.', `Budget gap. ${GAP}`]);
    const anchor = anchorForSelection(doc, 'Budget  gap', doc.pageStarts[1] as number);
    expect(anchor?.pageIndex).toBe(1);
    expect(anchor?.quote.exact).toBe('Budget gap');
    expect(anchor?.quote.suffix.startsWith('. The spending')).toBe(true);
  });

  it('refuses text that is not in the document', () => {
    expect(anchorForSelection(documentText([GAP]), 'not there at all', 0)).toBeNull();
  });
});

describe('re-anchoring in a new version', () => {
  const original = documentText(['Introduction to the report.', `Finance. ${GAP} Next steps follow.`]);
  const anchor = anchorForSelection(original, GAP, original.pageStarts[1] as number);
  if (!anchor) throw new Error('setup: the quote was not anchored');

  it('keeps the passage when text around it changes', () => {
    const next = documentText(['A rewritten introduction, much longer than before.', `Finance update. ${GAP} Other steps.`]);
    const placed = reanchor(anchor, next);
    expect(placed.status).toBe('exact');
    if (placed.status === 'orphaned') return;
    expect(next.text.slice(placed.anchor.start, placed.anchor.end)).toBe(GAP);
    expect(placed.anchor.pageIndex).toBe(1);
    expect(placed.anchor.rects).toEqual([]);
  });

  it('follows the passage to another page', () => {
    const next = documentText(['Introduction.', 'Finance moved.', 'Appendix.', `Moved here: ${GAP}`]);
    const placed = reanchor(anchor, next);
    expect(placed.status === 'exact' && placed.anchor.pageIndex).toBe(3);
  });

  it('places a lightly edited passage approximately, near where it was', () => {
    const next = documentText(['Introduction to the report.', 'Finance. The spending gap for libraries is £1.3m in 2026/27. Next steps.']);
    const placed = reanchor(anchor, next);
    expect(placed.status).toBe('fuzzy');
    if (placed.status === 'orphaned') return;
    expect(placed.anchor.quote.exact).toContain('£1.3m in 2026/27');
  });

  it('orphans a passage that is gone', () => {
    const next = documentText(['Introduction to the report.', 'Finance. Nothing about that any more. Next steps.']);
    expect(reanchor(anchor, next).status).toBe('orphaned');
  });

  it('prefers the repeat whose context matches', () => {
    const doc = documentText(['Agreed. Noted by the committee. Deferred. Noted by the board.']);
    const placed = locateQuote(doc.text, { exact: 'Noted', prefix: 'Deferred. ', suffix: ' by the board' }, null);
    expect(doc.text.slice((placed?.start ?? 0) - 10, placed?.start)).toBe('Deferred. ');
  });
});
