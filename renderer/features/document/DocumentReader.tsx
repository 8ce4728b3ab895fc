import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import type { Annotation, AnnotationColour, PdfRect, ReadingPosition, ReplaceOutcome, TextAnchor } from '../../../shared/annotations.ts';
import { documentText } from '../../../shared/anchoring/document-text.ts';
import { anchorAt } from '../../../shared/anchoring/locate.ts';
import type { DocumentDetail } from '../../../shared/domain.ts';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { call } from '../../lib/api.ts';
import { userMessage } from '../../lib/errors.ts';
import { isTypingTarget } from '../../lib/keyboard.ts';
import { AnnotationPanel } from '../annotations/AnnotationPanel.tsx';
import { annotationPageIndex } from '../annotations/annotationOrder.ts';
import { downloadFile } from '../../lib/downloadFile.ts';
import { useAnnotations } from '../annotations/useAnnotations.ts';
import { DocumentDetails } from './DocumentDetails.tsx';
import { DocumentRecommendations } from './DocumentRecommendations.tsx';
import { FindBar } from './FindBar.tsx';
import { findMatches, occurrenceOnPage } from './findMatches.ts';
import { PdfPages, type PagesHandle } from './pdf/PdfPages.tsx';
import { ReaderOutline } from './ReaderOutline.tsx';
import { ReaderToolbar, type ReaderView } from './ReaderToolbar.tsx';
import { SelectionBar } from './SelectionBar.tsx';
import { TextPages } from './TextPages.tsx';
import { useOriginalPdf } from './useOriginalPdf.ts';
import { useReadingPosition } from './useReadingPosition.ts';
import { useSelectionAnchor } from './useSelectionAnchor.ts';
import { ExemptControl } from './ExemptControl.tsx';

interface DocumentReaderProps {
  document: DocumentDetail;
  startPage: number | null;
  highlightTerms: readonly string[];
  /** The original PDF, when it was asked for as the document was chosen. */
  earlyOriginal: Promise<Uint8Array> | null;
  onBack: () => void;
  onDelete: () => void;
  onReplaced: (outcome: ReplaceOutcome) => void;
  onExemptChanged?: () => void;
}

type Hit = { pageIndex: number; start: number; end: number; quote: string; occurrence: number; key: number };

/**
 * The reader: original pages (PDF) or clean text, with sections and pages to jump to, find, zoom, and the
 * annotations panel. Where the reader is, and every note, is saved as they go.
 */
export function DocumentReader(props: DocumentReaderProps) {
  const { document: doc, startPage, highlightTerms } = props;
  const isPdf = doc.format === 'pdf';
  const text = useMemo(() => documentText(doc.pages.map((p) => p.text)), [doc.pages]);
  const store = useAnnotations(doc.id);
  const position = useReadingPosition(doc.id);
  const [view, setView] = useState<ReaderView>(isPdf ? 'pages' : 'text');
  const [exempt, setExempt] = useState(doc.exempt);
  const [exportingExempt, setExportingExempt] = useState<'md' | 'csv' | null>(null);
  const pdfLoad = useOriginalPdf(doc.id, isPdf && view === 'pages', props.earlyOriginal);
  const [zoom, setZoom] = useState<number | 'fit-width'>('fit-width');
  const [shownZoom, setShownZoom] = useState(1);
  const [currentPage, setCurrentPage] = useState(0);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [hit, setHit] = useState<Hit | null>(null);
  const [finding, setFinding] = useState(highlightTerms.length > 0);
  // Arriving from a search, find starts with its first word: find looks for one phrase, not several words.
  const [query, setQuery] = useState(highlightTerms[0] ?? '');
  const [matchIndex, setMatchIndex] = useState(0);
  const [problem, setProblem] = useState<string | null>(null);
  const pages = useRef<PagesHandle>(null);
  const restored = useRef(false);
  const hitKey = useRef(0);

  const scroller = useCallback(() => pages.current?.element() ?? null, []);
  const selection = useSelectionAnchor(text, scroller, (pageIndex) => pages.current?.geometry(pageIndex) ?? null);
  const matches = useMemo(() => findMatches(text, query), [text, query]);

  // Open where the reader asked to be (a search result's page) or where they left off, at their zoom.
  const [opening, setOpening] = useState<{ pageIndex: number; pageOffset: number } | null | undefined>(undefined);
  useEffect(() => {
    const stored = position.stored;
    if (stored === undefined || opening !== undefined) return;
    if (startPage !== null) setOpening({ pageIndex: startPage, pageOffset: 0 });
    else if (stored) {
      setZoom(stored.zoom);
      setOpening({ pageIndex: stored.pageIndex, pageOffset: stored.pageOffset });
    } else setOpening(null);
    restored.current = true;
  }, [position.stored]);

  const onPageChange = useCallback(
    (pageIndex: number, pageOffset: number) => {
      setCurrentPage(pageIndex);
      if (restored.current) position.remember({ pageIndex, pageOffset, zoom } satisfies ReadingPosition);
    },
    [position.remember, zoom],
  );

  function show(target: { pageIndex: number; start?: number; end?: number; quote?: string }) {
    hitKey.current++;
    if (target.quote !== undefined && target.start !== undefined && target.end !== undefined) {
      const occurrence = occurrenceOnPage(text, target.pageIndex, target.quote, target.start);
      setHit({ pageIndex: target.pageIndex, start: target.start, end: target.end, quote: target.quote, occurrence, key: hitKey.current });
    } else setHit(null);
    pages.current?.scrollToPage(target.pageIndex);
    if (view === 'text') {
      // Text documents are one long page: bring the passage itself into view.
      requestAnimationFrame(() => scroller()?.querySelector('.find-hit-text')?.scrollIntoView({ block: 'center' }));
    }
  }

  function showAnnotation(annotation: Annotation) {
    setSelectedId(annotation.id);
    const { target } = annotation;
    if (target.type === 'text' && !annotation.orphaned) {
      show({ pageIndex: target.anchor.pageIndex, start: target.anchor.start, end: target.anchor.end, quote: target.anchor.quote.exact });
    } else {
      const page = annotationPageIndex(annotation);
      if (page !== null) show({ pageIndex: page });
    }
  }

  function focusNote(id: string) {
    requestAnimationFrame(() =>
      document.querySelector<HTMLTextAreaElement>(`[data-annotation-id="${id}"] textarea`)?.focus(),
    );
  }

  function highlight(anchor: TextAnchor, colour: AnnotationColour, then?: 'note' | 'question') {
    const created = store.create({ target: { type: 'text', anchor }, colour, isQuestion: then === 'question' });
    setSelectedId(created.id);
    window.getSelection()?.removeAllRanges();
    selection.clear();
    if (then) focusNote(created.id);
  }

  function addNote(target: { type: 'page'; pageIndex: number } | { type: 'document' }) {
    const created = store.create({ target, colour: 'yellow' });
    setSelectedId(created.id);
    focusNote(created.id);
  }

  function stepMatch(direction: 1 | -1) {
    if (matches.length === 0) return;
    const next = (matchIndex + direction + matches.length) % matches.length;
    setMatchIndex(next);
    const m = matches[next];
    if (m) show({ pageIndex: m.pageIndex, start: m.start, end: m.end, quote: text.text.slice(m.start, m.end) });
  }

  const onRectsFound = useCallback(
    (id: string, rects: PdfRect[]) => {
      const annotation = store.annotations.find((a) => a.id === id);
      if (annotation?.target.type !== 'text') return;
      store.update(id, { target: { type: 'text', anchor: { ...annotation.target.anchor, rects } } }, { quiet: true });
    },
    [store.annotations, store.update],
  );

  const occurrenceOf = useCallback(
    (annotation: Annotation) =>
      annotation.target.type === 'text'
        ? occurrenceOnPage(text, annotation.target.anchor.pageIndex, annotation.target.anchor.quote.exact, annotation.target.anchor.start)
        : 0,
    [text],
  );

  /** Notes on an exempt paper are exported only once the person has confirmed it (exportingExempt). */
  async function exportNotes(format: 'md' | 'csv', includeExempt = false) {
    if (exempt && !includeExempt) {
      setExportingExempt(format);
      return;
    }
    setExportingExempt(null);
    try {
      const filter = { documentId: doc.id };
      const { fileName, text: body } = await call('annotations:export', { format, filter, ...(includeExempt ? { includeExempt } : {}) });
      downloadFile(fileName, body, format === 'csv' ? 'text/csv' : 'text/markdown');
    } catch (error) {
      setProblem(userMessage(error));
    }
  }

  async function replaceWith(file: File) {
    try {
      await store.settle();
      const outcome = await call('versions:replace', { id: doc.id, file: { name: file.name, data: new Uint8Array(await file.arrayBuffer()) } });
      props.onReplaced(outcome);
    } catch (error) {
      setProblem(userMessage(error));
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    const command = event.ctrlKey || event.metaKey;
    if (!command || event.altKey) return;
    const key = event.key.toLowerCase();
    if (key === 'f') {
      event.preventDefault();
      setFinding(true);
      return;
    }
    // In a field, Ctrl+Z undoes typing there, as everywhere else.
    if (isTypingTarget(event.target)) return;
    if (key === 'z' && !event.shiftKey) store.undo();
    else if ((key === 'z' && event.shiftKey) || key === 'y') store.redo();
    else return;
    event.preventDefault();
  }

  const selectedOrphan = store.annotations.find((a) => a.id === selectedId && a.orphaned);
  const match = matches[matchIndex];

  return (
    <article className="document reader" aria-labelledby="document-title" onKeyDown={onKeyDown}>
      <ReaderToolbar
        isPdf={isPdf}
        view={view}
        onViewChange={setView}
        zoom={zoom}
        shownZoom={shownZoom}
        onZoom={setZoom}
        currentPage={currentPage}
        pageCount={doc.pageCount}
        onGoToPage={(pageIndex) => pages.current?.scrollToPage(pageIndex)}
        onFind={() => setFinding(true)}
        onBack={props.onBack}
        onDelete={props.onDelete}
        onReplace={(file) => void replaceWith(file)}
      />
      {problem && <ErrorBanner message={problem} onDismiss={() => setProblem(null)} />}
      {store.loadError && <ErrorBanner message={`Your notes could not be loaded: ${store.loadError}`} onDismiss={() => undefined} />}
      <h2 id="document-title" tabIndex={-1}>
        {doc.title}
      </h2>
      <ExemptControl
        documentId={doc.id}
        exempt={exempt}
        onChanged={(value) => {
          setExempt(value);
          props.onExemptChanged?.();
        }}
      />
      <details className="document-about">
        <summary>About this document</summary>
        <DocumentDetails document={doc} />
        <DocumentRecommendations recommendations={doc.recommendations} onShowPage={(pageIndex) => show({ pageIndex })} />
      </details>
      {finding && (
        <FindBar
          query={query}
          matches={matches}
          current={Math.min(matchIndex, Math.max(0, matches.length - 1))}
          onQueryChange={(next) => {
            setQuery(next);
            setMatchIndex(0);
          }}
          onStep={stepMatch}
          onHighlight={() => match && highlight(anchorAt(text, match.start, match.end), 'yellow', 'note')}
          onClose={() => {
            setFinding(false);
            setHit(null);
          }}
        />
      )}
      {selection.anchor && (
        <SelectionBar
          quote={selection.anchor.quote.exact}
          onHighlight={(colour, then) => selection.anchor && highlight(selection.anchor, colour, then)}
          onMoveOrphanHere={
            selectedOrphan && selection.anchor
              ? () => {
                  const anchor = selection.anchor as TextAnchor;
                  store.update(selectedOrphan.id, { target: { type: 'text', anchor }, orphaned: false });
                  selection.clear();
                }
              : null
          }
        />
      )}
      <div className="reader-layout">
        <ReaderOutline
          sections={doc.sections}
          pageCount={isPdf ? doc.pageCount : 0}
          currentPage={currentPage}
          onShowPage={(pageIndex) => show({ pageIndex })}
        />
        <div className="reader-main">
          {opening === undefined ? (
            <p role="status">Opening the document…</p>
          ) : view === 'pages' && pdfLoad.status === 'ready' ? (
            <PdfPages
              ref={pages}
              initial={opening}
              pdf={pdfLoad.pdf}
              zoom={zoom}
              annotations={store.annotations}
              selectedId={selectedId}
              hit={hit}
              onPageChange={onPageChange}
              onRectsFound={onRectsFound}
              occurrenceOf={occurrenceOf}
              onEffectiveZoom={setShownZoom}
            />
          ) : view === 'pages' && pdfLoad.status === 'loading' ? (
            <p role="status">Opening the pages…</p>
          ) : (
            <>
              {view === 'pages' && pdfLoad.status === 'failed' && (
                <p className="banner banner-notice" role="status">
                  The original pages cannot be shown ({pdfLoad.message}); here is the text read from them.
                </p>
              )}
              <TextPages
                ref={pages}
                initial={opening}
                doc={text}
                pages={doc.pages}
                sections={doc.sections}
                annotations={store.annotations}
                selectedId={selectedId}
                hit={hit}
                onPageChange={onPageChange}
              />
            </>
          )}
        </div>
        <AnnotationPanel
          annotations={store.annotations}
          selectedId={selectedId}
          saveState={store.saveState}
          saveError={store.saveError}
          currentPage={currentPage}
          canUndo={store.canUndo}
          canRedo={store.canRedo}
          onUndo={store.undo}
          onRedo={store.redo}
          onChange={(id, patch, how) => store.update(id, patch, how)}
          onDelete={(id) => store.remove(id)}
          onShow={showAnnotation}
          onAddPageNote={() => addNote({ type: 'page', pageIndex: currentPage })}
          onAddDocumentNote={() => addNote({ type: 'document' })}
          onExport={(format) => void exportNotes(format)}
        />
      </div>
      {exportingExempt && (
        <ConfirmDialog
          title="Export notes on an exempt paper?"
          confirmLabel="Export the notes"
          onConfirm={() => void exportNotes(exportingExempt, true)}
          onCancel={() => setExportingExempt(null)}
        >
          <p>
            “{doc.title}” is exempt (Part 2, not for publication), and its notes can quote confidential text. Share the
            file only with people entitled to see the paper.
          </p>
        </ConfirmDialog>
      )}
    </article>
  );
}
