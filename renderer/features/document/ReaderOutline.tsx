import type { DocumentSection } from '../../../shared/domain.ts';

interface ReaderOutlineProps {
  sections: readonly DocumentSection[];
  pageCount: number;
  currentPage: number;
  onShowPage: (pageIndex: number) => void;
}

/** The document's sections and its pages, each a button that shows it; the page in view is marked. */
export function ReaderOutline({ sections, pageCount, currentPage, onShowPage }: ReaderOutlineProps) {
  return (
    <nav className="reader-outline" aria-label="Sections and pages">
      {sections.length > 0 && (
        <>
          <h3 id="outline-sections">Sections</h3>
          <ul aria-labelledby="outline-sections">
            {sections.map((section, i) => (
              <li key={i}>
                <button type="button" className="link-button" onClick={() => onShowPage(section.pageIndex)}>
                  {section.heading}
                  <span className="outline-page"> p. {section.pageIndex + 1}</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {pageCount > 1 && (
        <>
          <h3 id="outline-pages">Pages</h3>
          <ul className="page-list" aria-labelledby="outline-pages">
            {Array.from({ length: pageCount }, (_, i) => (
              <li key={i}>
                <button
                  type="button"
                  className="page-list-button"
                  aria-current={i === currentPage ? 'page' : undefined}
                  aria-label={`Page ${i + 1}`}
                  onClick={() => onShowPage(i)}
                >
                  {i + 1}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </nav>
  );
}
