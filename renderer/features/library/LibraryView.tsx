import { useDeferredValue, useMemo } from 'react';
import type { DocumentSummary } from '../../../shared/domain.ts';
import { DocumentTable } from '../../components/DocumentTable.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { LibraryFilters } from './LibraryFilters.tsx';
import { describeSort, nextSort, shownDocuments, type LibrarySettings } from './libraryQuery.ts';

interface LibraryViewProps {
  documents: DocumentSummary[] | null;
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
    <section className="library" aria-labelledby="library-heading">
      <h2 id="library-heading">Library</h2>
      <LibraryContent {...props} />
    </section>
  );
}

function LibraryContent(props: LibraryViewProps) {
  const { documents, loadError } = props;
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
  if (documents.length === 0) {
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
  return <FilteredLibrary {...props} documents={documents} />;
}

function countOf(count: number): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? 'document' : 'documents'}`;
}

function FilteredLibrary(props: LibraryViewProps & { documents: DocumentSummary[] }) {
  const { documents, loadError, settings, onSettingsChange } = props;
  // Typing stays responsive on a large library: the list catches up with the filter box a moment later.
  const filterText = useDeferredValue(settings.filterText);
  const shown = useMemo(
    () => shownDocuments(documents, filterText, settings.kind, settings.sort),
    [documents, filterText, settings.kind, settings.sort],
  );

  return (
    <>
      {loadError && <ErrorBanner message={loadError} />}
      <LibraryFilters
        filterText={settings.filterText}
        kind={settings.kind}
        onFilterTextChange={(text) => onSettingsChange({ ...settings, filterText: text })}
        onKindChange={(kind) => onSettingsChange({ ...settings, kind })}
      />
      <p className="result-count" role="status">
        {shown.length === documents.length
          ? countOf(documents.length)
          : `Showing ${shown.length.toLocaleString('en-GB')} of ${countOf(documents.length)}`}
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
          onSort={(key) => onSettingsChange({ ...settings, sort: nextSort(settings.sort, key) })}
          onOpen={props.onOpen}
          focusDocumentId={props.focusDocumentId}
          onFocusRestored={props.onFocusRestored}
        />
      )}
    </>
  );
}
