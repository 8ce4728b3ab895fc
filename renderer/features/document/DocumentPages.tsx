import { memo, useMemo } from 'react';
import type { DocumentPage } from '../../../shared/domain.ts';
import { MarkedText } from '../../components/MarkedText.tsx';
import { markMatches, wordPattern } from '../../lib/highlight.ts';
import { pageNumber } from '../../lib/format.ts';
import { pageHeadingId, pageSectionId } from './pageIds.ts';

interface DocumentPagesProps {
  pages: readonly DocumentPage[];
  /** Words to highlight, e.g. from the search that led here. */
  highlightTerms: readonly string[];
}

/**
 * The extracted text, one section per page. Memoised: a long document has hundreds of pages, and opening
 * the delete dialog or similar must not lay them all out again.
 */
export const DocumentPages = memo(function DocumentPages({ pages, highlightTerms }: DocumentPagesProps) {
  const pattern = useMemo(() => wordPattern(highlightTerms), [highlightTerms]);
  return (
    <section className="pages" aria-labelledby="pages-heading">
      <h3 id="pages-heading">Text</h3>
      {pages.map((page) => (
        <section key={page.pageIndex} id={pageSectionId(page.pageIndex)} className="page" aria-labelledby={pageHeadingId(page.pageIndex)}>
          <h4 id={pageHeadingId(page.pageIndex)} tabIndex={-1}>
            Page {pageNumber(page.pageIndex)}
          </h4>
          {page.text.trim() ? (
            <div className="page-text">
              <MarkedText runs={markMatches(page.text, pattern)} />
            </div>
          ) : (
            <p className="page-empty">No text was found on this page. It may be a picture or a scanned image.</p>
          )}
        </section>
      ))}
    </section>
  );
});
