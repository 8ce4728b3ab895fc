import { useDeferredValue, useMemo } from 'react';
import { isDefaultDocumentSort } from '../../../shared/document-order.ts';
import type { DocumentSummary } from '../../../shared/domain.ts';
import { DocumentTable } from '../../components/DocumentTable.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { LibraryFilters } from './LibraryFilters.tsx';
import { nextColumnSort } from '../../components/SortableHeaderRow.tsx';
import { describeSort, shownDocuments, type LibrarySettings } from './libraryQuery.ts';
import type { LibraryStart } from './libraryPreload.ts';

interface LibraryViewProps {
  documents: DocumentSummary[] | null;
  /** The first rows and the library's size, while the whole list is still on its way. */
  start: LibraryStart | null;
  loadError: string | null;
  settings: LibrarySettings;
  onSettingsChange: (settings: LibrarySettings) => void;
  onOpen: (document: DocumentSummary) => void;
  onChooseFiles: () => void;
  onChooseFolder: () => void;
  onRetry: () => void;
  focusDocumentId: number | null;
  onFocusRestored: () => void;
}

export function LibraryView(props: LibraryViewProps) {
  return (
    // Busy while only the first screenful is here: the rest of the list, and with it filtering, is on its way.
    <section className="library" aria-labelledby="library-heading" aria-busy={props.documents === null}>
      <h2 id="library-heading">Library</h2>
      <LibraryContent {...props} />
    </section>
  );
}

/** Whether the settings list the whole library in its default order, as the start of the list does. */
function showsWholeLibrary(settings: LibrarySettings): boolean {
  return settings.filterText === '' && settings.kind === 'all' && isDefaultDocumentSort(settings.sort);
}

function LibraryContent(props: LibraryViewProps) {
  const { loadError, start } = props;
  // Until the whole list arrives, its start stands in for it.
  const documents = props.documents ?? start?.documents ?? null;
  const total = props.documents?.length ?? start?.total ?? 0;
  if (documents === null) {
    if (!loadError) return <p role="status">Loading your library…</p>;
    return (
      <>
        <ErrorBanner message={loadError} />
        <button type="button" onClick={props.onRetry}>
          Try again
        </button>
      </>
    );
  }
  if (total === 0) {
    return (
      <EmptyState heading="Your library is empty">
        <p>
          Import meeting papers to read and search them here: PDF, Word (.docx), saved web pages, Markdown or plain
          text. Choose files or a whole folder, or drag files here from your file manager.
        </p>
        <div className="actions">
          <button type="button" className="button-primary" onClick={props.onChooseFiles}>
            Import files…
          </button>
          <button type="button" onClick={props.onChooseFolder}>
            Import a folder…
          </button>
        </div>
      </EmptyState>
    );
  }
  return <FilteredLibrary {...props} documents={documents} total={total} complete={props.documents !== null} />;
}

function countOf(count: number): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? 'document' : 'documents'}`;
}

/**
 * The library's filters, count and table. With only the start of the list so far (`complete` false), the
 * table shows it as long as the view lists everything newest first; a filter or another order waits for
 * the whole list, with the filters still there to type into.
 */
function FilteredLibrary(props: LibraryViewProps & { documents: DocumentSummary[]; total: number; complete: boolean }) {
  const { documents, total, complete, loadError, settings, onSettingsChange } = props;
  // Typing stays responsive on a large library: the list catches up with the filter box a moment later.
  const filterText = useDeferredValue(settings.filterText);
  const shown = useMemo(
    () => shownDocuments(documents, filterText, settings.kind, settings.sort),
    [documents, filterText, settings.kind, settings.sort],
  );

  const waiting = !complete && !showsWholeLibrary(settings);

  return (
    <>
      {loadError && <ErrorBanner message={loadError} />}
      <LibraryFilters
        filterText={settings.filterText}
        kind={settings.kind}
        onFilterTextChange={(text) => onSettingsChange({ ...settings, filterText: text })}
        onKindChange={(kind) => onSettingsChange({ ...settings, kind })}
      />
      {waiting ? (
        <p className="result-count" role="status">
          Loading all {countOf(total)}…
        </p>
      ) : (
        <>
          <p className="result-count" role="status">
            {shown.length === documents.length
              ? countOf(total)
              : `Showing ${shown.length.toLocaleString('en-GB')} of ${countOf(total)}`}
          </p>
          {shown.length === 0 ? (
            <EmptyState heading="No documents match">
              <p>Nothing in your library matches this filter. Try fewer or different words, or show all kinds.</p>
              <button type="button" onClick={() => onSettingsChange({ ...settings, filterText: '', kind: 'all' })}>
                Clear the filter
              </button>
            </EmptyState>
          ) : (
            <DocumentTable
              documents={shown}
              caption={`Documents in your library, ${describeSort(settings.sort)}`}
              sort={settings.sort}
              onSort={(key) => onSettingsChange({ ...settings, sort: nextColumnSort(settings.sort, key) })}
              onOpen={props.onOpen}
              focusDocumentId={props.focusDocumentId}
              onFocusRestored={props.onFocusRestored}
            />
          )}
        </>
      )}
    </>
  );
}
