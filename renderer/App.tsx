import { Suspense, useCallback, useEffect, useRef, useState } from 'react';
import type { DocumentSummary, SearchHit } from '../shared/domain.ts';
import { DropOverlay } from './components/DropOverlay.tsx';
import { ErrorBanner } from './components/ErrorBanner.tsx';
import { SectionNav, type SectionLink } from './components/SectionNav.tsx';
import { requestOriginalEarly } from './features/document/earlyOriginal.ts';
import { preparePdfReaderWhenIdle } from './features/document/pdf/loadPdf.ts';
import { ImportPanel } from './features/import/ImportPanel.tsx';
import { ImportPickers, type ImportPickersHandle } from './features/import/ImportPickers.tsx';
import type { PickedFile } from './features/import/pickedFiles.ts';
import { useImport } from './features/import/useImport.ts';
import { useWindowFileDrop } from './features/import/useWindowFileDrop.ts';
import { LibraryView } from './features/library/LibraryView.tsx';
import { defaultRegisterSettings, passageTerms } from './features/recommendations/registerSettings.ts';
import { defaultLibrarySettings } from './features/library/libraryQuery.ts';
import { useLibrary } from './features/library/useLibrary.ts';
import { SearchBox } from './features/search/SearchBox.tsx';
import { SearchResults } from './features/search/SearchResults.tsx';
import { searchTerms } from './features/search/searchTerms.ts';
import { useSearch } from './features/search/useSearch.ts';
import { useSearchShortcuts } from './features/search/useSearchShortcuts.ts';
import { useMenuCommands } from './lib/useMenuCommands.ts';
import { BackupControls, type BackupControlsHandle } from './features/backup/BackupControls.tsx';
import { DocumentView, MeetingsView, NotesView, RegisterView, prepareViewsWhenIdle } from './lazyViews.ts';

/**
 * The app's sections, in the order the navigation shows them. A new section adds its id and label
 * here and its view in `sectionView` below.
 */
const SECTIONS = [
  { id: 'library', label: 'Library' },
  { id: 'recommendations', label: 'Recommendations' },
  { id: 'meetings', label: 'Meetings' },
  { id: 'notes', label: 'Notes and questions' },
] as const satisfies readonly SectionLink<string>[];
type SectionId = (typeof SECTIONS)[number]['id'];

/** The document being read, and how it was reached. */
interface Reading {
  id: number;
  startPage: number | null;
  highlightTerms: string[];
  earlyOriginal: Promise<Uint8Array> | null;
}

/**
 * The whole window. Which view shows follows from state: a document when one is open, search results while
 * the search box has text, the library otherwise. Going back returns focus to the row or result that was
 * opened, so nobody loses their place.
 */
export function App() {
  const library = useLibrary();
  const [librarySettings, setLibrarySettings] = useState(defaultLibrarySettings);
  const [registerSettings, setRegisterSettings] = useState(defaultRegisterSettings);
  const [query, setQuery] = useState('');
  const [section, setSection] = useState<SectionId>('library');
  const [reading, setReading] = useState<Reading | null>(null);
  const [returnFocusTo, setReturnFocusTo] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  // Bumped whenever documents are added or removed, so open search results are asked for again.
  const [libraryRevision, setLibraryRevision] = useState(0);
  const searchInput = useRef<HTMLInputElement>(null);
  const pickers = useRef<ImportPickersHandle>(null);
  const main = useRef<HTMLElement>(null);
  const backupControls = useRef<BackupControlsHandle>(null);

  const { reload } = library;
  const libraryChanged = useCallback(() => {
    void reload();
    setLibraryRevision((revision) => revision + 1);
  }, [reload]);
  const importer = useImport(libraryChanged);
  const search = useSearch(query, libraryRevision);
  // With PDFs in the library, the reader's pdf.js is started once the app is idle, so that opening the first
  // one does not wait for it to load.
  // Before the whole list arrives, the rows already drawn are what can be opened.
  const knownDocuments = library.documents ?? library.start?.documents ?? null;
  const hasPdf = knownDocuments?.some((summary) => summary.format === 'pdf') ?? false;
  useEffect(() => (hasPdf ? preparePdfReaderWhenIdle() : undefined), [hasPdf]);
  // The other views' scripts are fetched once the whole library list is here, so they never delay it.
  const libraryLoaded = library.documents !== null;
  useEffect(() => (libraryLoaded ? prepareViewsWhenIdle() : undefined), [libraryLoaded]);

  function startImport(files: PickedFile[]) {
    setNotice('');
    if (!importer.start(files)) setError('An import is already running. Add more files when it has finished.');
  }
  const dragging = useWindowFileDrop(startImport, () =>
    setError('The dropped files could not be read. Try the “Import files…” button instead.'),
  );
  useSearchShortcuts(searchInput);
  useMenuCommands({
    'import-files': () => pickers.current?.chooseFiles(),
    'import-folder': () => pickers.current?.chooseFolder(),
    find: () => searchInput.current?.focus(),
    backup: () => backupControls.current?.backup(),
    'backup-shareable': () => backupControls.current?.backup({ withoutExempt: true }),
    restore: () => backupControls.current?.restore(),
  });

  function openDocument(id: number, startPage: number | null, highlightTerms: string[]) {
    setError(null);
    setNotice('');
    setReturnFocusTo(null);
    const format = knownDocuments?.find((summary) => summary.id === id)?.format;
    setReading({ id, startPage, highlightTerms, earlyOriginal: requestOriginalEarly(id, format) });
  }

  function goBack() {
    if (reading) setReturnFocusTo(reading.id);
    setReading(null);
  }

  function onQueryChange(next: string) {
    setQuery(next);
    // Typing a search while reading shows its results; the document is one Back away from them.
    if (next.trim() && reading) setReading(null);
  }

  function onDeleted(title: string) {
    setReading(null);
    setNotice(`“${title}” was deleted from your library.`);
    libraryChanged();
    main.current?.focus();
  }

  function onOpenFailed(message: string) {
    goBack();
    setError(message);
  }

  const running = importer.state.phase === 'running';
  const focusRestored = () => setReturnFocusTo(null);

  return (
    <>
      <a
        className="skip-link"
        href="#main"
        onClick={(event) => {
          event.preventDefault();
          main.current?.focus();
        }}
      >
        Skip to main content
      </a>
      <header className="app-header">
        <h1 className="app-title">Briefing Desk</h1>
        <SearchBox ref={searchInput} query={query} onQueryChange={onQueryChange} />
        <div className="header-actions">
          <button type="button" onClick={() => pickers.current?.chooseFiles()} disabled={running}>
            Import files…
          </button>
          <button type="button" onClick={() => pickers.current?.chooseFolder()} disabled={running}>
            Import a folder…
          </button>
          <BackupControls
            ref={backupControls}
            showButtons={!window.briefing}
            onMessage={(message, isError) => (isError ? setError(message) : setNotice(message))}
            onRestored={() => {
              setReading(null);
              libraryChanged();
            }}
          />
        </div>
      </header>
      {SECTIONS.length > 1 && (
        <SectionNav
          sections={SECTIONS}
          current={section}
          onSelect={(id) => {
            setReading(null);
            setQuery('');
            setSection(id);
          }}
        />
      )}
      <main id="main" ref={main} tabIndex={-1}>
        {error && <ErrorBanner message={error} onDismiss={() => setError(null)} />}
        <p className={notice ? 'banner banner-notice' : 'visually-hidden'} role="status">
          {notice}
        </p>
        <ImportPanel
          state={importer.state}
          onRetryWithPassword={importer.retryWithPassword}
          onDismiss={() => {
            importer.dismiss();
            main.current?.focus();
          }}
        />
        <Suspense fallback={<p role="status">Loading…</p>}>
        {reading ? (
          <DocumentView
            key={reading.id}
            id={reading.id}
            startPage={reading.startPage}
            highlightTerms={reading.highlightTerms}
            earlyOriginal={reading.earlyOriginal}
            onBack={goBack}
            onDeleted={onDeleted}
            onOpenFailed={onOpenFailed}
            onExemptChanged={libraryChanged}
          />
        ) : search.status !== 'idle' ? (
          <SearchResults
            state={search}
            // A note's words are the member's, not the paper's: the reader opens at the note's page, where its
            // highlight shows, rather than searching the page for words that may not be on it.
            onOpen={(hit: SearchHit) =>
              openDocument(hit.documentId, hit.pageIndex, hit.annotation ? [] : searchTerms(query, hit.snippet))
            }
            focusDocumentId={returnFocusTo}
            onFocusRestored={focusRestored}
          />
        ) : section === 'notes' ? (
          <NotesView documents={library.documents ?? []} onOpen={(id, pageIndex) => openDocument(id, pageIndex, [])} />
        ) : section === 'meetings' ? (
          <MeetingsView documents={library.documents ?? []} />
        ) : section === 'recommendations' ? (
          <RegisterView
            documents={library.documents}
            settings={registerSettings}
            onSettingsChange={setRegisterSettings}
            onOpen={(entry) => openDocument(entry.documentId, entry.pageIndex, passageTerms(entry))}
          />
        ) : (
          <LibraryView
            documents={library.documents}
            start={library.start}
            loadError={library.loadError}
            settings={librarySettings}
            onSettingsChange={setLibrarySettings}
            onOpen={(document: DocumentSummary) => openDocument(document.id, null, [])}
            onChooseFiles={() => pickers.current?.chooseFiles()}
            onChooseFolder={() => pickers.current?.chooseFolder()}
            onRetry={() => void reload()}
            focusDocumentId={returnFocusTo}
            onFocusRestored={focusRestored}
          />
        )}
        </Suspense>
      </main>
      <ImportPickers ref={pickers} onPick={startImport} />
      {dragging && <DropOverlay />}
    </>
  );
}
