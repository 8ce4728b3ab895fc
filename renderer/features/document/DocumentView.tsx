import { useEffect, useRef, useState } from 'react';
import type { DocumentDetail } from '../../../shared/domain.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { call } from '../../lib/api.ts';
import { userMessage } from '../../lib/errors.ts';
import { DocumentDetails } from './DocumentDetails.tsx';
import { DocumentOutline, DocumentRecommendations } from './DocumentOutline.tsx';
import { DocumentPages } from './DocumentPages.tsx';
import { revealFirstMatch, showPage } from './pageIds.ts';
import { useBackShortcuts } from './useBackShortcuts.ts';
import { useDocument } from './useDocument.ts';

interface DocumentViewProps {
  id: number;
  /** The page to show first, e.g. the page of a search result; otherwise the document opens at the top. */
  startPage: number | null;
  highlightTerms: readonly string[];
  onBack: () => void;
  onDeleted: (title: string) => void;
  /** The document could not be opened: the app goes back to where the reader was and says why. */
  onOpenFailed: (message: string) => void;
}

export function DocumentView(props: DocumentViewProps) {
  const load = useDocument(props.id);
  const failure = load.status === 'failed' ? load.message : null;

  useEffect(() => {
    if (failure) props.onOpenFailed(failure);
    // Once per failure: the app then closes this view.
  }, [failure]);

  if (load.status !== 'loaded') {
    return (
      <section className="document" aria-label="Document">
        <DocumentToolbar onBack={props.onBack} />
        <p role="status">{load.status === 'loading' ? 'Opening the document…' : ''}</p>
      </section>
    );
  }
  return <DocumentReader {...props} document={load.document} />;
}

function DocumentToolbar({ onBack, onDelete }: { onBack: () => void; onDelete?: () => void }) {
  return (
    <div className="document-toolbar">
      <button type="button" onClick={onBack} aria-keyshortcuts="Escape Alt+ArrowLeft">
        <span aria-hidden="true">← </span>Back
      </button>
      {onDelete && (
        <button type="button" className="button-danger-quiet" onClick={onDelete}>
          Delete from library…
        </button>
      )}
    </div>
  );
}

function DocumentReader(props: DocumentViewProps & { document: DocumentDetail }) {
  const { document, startPage, highlightTerms, onBack, onDeleted } = props;
  const titleRef = useRef<HTMLHeadingElement>(null);
  const [confirming, setConfirming] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  useBackShortcuts(onBack, !confirming);

  // Open where the reader asked to be: the search result's page (at its first match), or the top with focus on the title.
  useEffect(() => {
    if (startPage !== null && showPage(startPage)) {
      revealFirstMatch(startPage);
      return;
    }
    window.scrollTo(0, 0);
    titleRef.current?.focus();
  }, [document.id]);

  async function deleteDocument() {
    setDeleting(true);
    try {
      // Either way the document is no longer in the library: "not deleted" means someone else removed it first.
      await call('library:delete', { id: document.id });
      onDeleted(document.title);
    } catch (error) {
      setDeleteError(userMessage(error));
      setDeleting(false);
      setConfirming(false);
    }
  }

  return (
    <article className="document" aria-labelledby="document-title">
      <DocumentToolbar onBack={onBack} onDelete={() => setConfirming(true)} />
      {deleteError && <ErrorBanner message={deleteError} onDismiss={() => setDeleteError(null)} />}
      <h2 id="document-title" ref={titleRef} tabIndex={-1}>
        {document.title}
      </h2>
      <DocumentDetails document={document} />
      {highlightTerms.length > 0 && <p className="highlight-note">The words you searched for are highlighted.</p>}
      <DocumentOutline sections={document.sections} onShowPage={showPage} />
      <DocumentRecommendations recommendations={document.recommendations} onShowPage={showPage} />
      <DocumentPages pages={document.pages} highlightTerms={highlightTerms} />
      {confirming && (
        <ConfirmDialog
          title="Delete this document?"
          confirmLabel="Delete from library"
          busy={deleting}
          onConfirm={() => void deleteDocument()}
          onCancel={() => setConfirming(false)}
        >
          <p>
            “{document.title}” and its text will be removed from your library. The original file on your computer is not
            changed.
          </p>
        </ConfirmDialog>
      )}
    </article>
  );
}
