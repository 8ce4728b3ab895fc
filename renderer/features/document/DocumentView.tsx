import { useEffect, useState } from 'react';
import type { ReplaceOutcome } from '../../../shared/annotations.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { call } from '../../lib/api.ts';
import { userMessage } from '../../lib/errors.ts';
import { DocumentReader } from './DocumentReader.tsx';
import { useBackShortcuts } from './useBackShortcuts.ts';
import { useDocument } from './useDocument.ts';

interface DocumentViewProps {
  id: number;
  /** The page to show first, e.g. the page of a search result; otherwise the document opens where the reader left off. */
  startPage: number | null;
  highlightTerms: readonly string[];
  /** The original PDF, already asked for when the document was chosen (see earlyOriginal.ts). */
  earlyOriginal?: Promise<Uint8Array> | null;
  onBack: () => void;
  onDeleted: (title: string) => void;
  /** The document could not be opened: the app goes back to where the reader was and says why. */
  onOpenFailed: (message: string) => void;
  /** The paper was marked or unmarked exempt, which the library list shows. */
  onExemptChanged?: () => void;
}

function replaceSummary(outcome: ReplaceOutcome): string {
  const placed = outcome.moved + outcome.movedApproximately;
  const parts = [`The new version is in place. ${placed} highlight${placed === 1 ? '' : 's'} moved with the text`];
  if (outcome.movedApproximately) parts.push(` (${outcome.movedApproximately} to slightly changed wording)`);
  if (outcome.orphaned.length) {
    parts.push(`; ${outcome.orphaned.length} could not be found and are listed under “Not found in this version”`);
  }
  return `${parts.join('')}.`;
}

export function DocumentView(props: DocumentViewProps) {
  const [revision, setRevision] = useState(0);
  const load = useDocument(props.id, revision);
  const failure = load.status === 'failed' ? load.message : null;
  const [confirming, setConfirming] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  useBackShortcuts(props.onBack, !confirming);

  useEffect(() => {
    if (failure) props.onOpenFailed(failure);
    // Once per failure: the app then closes this view.
  }, [failure]);

  // Focus starts on the title, unless the reader came from a search: then find has it, showing the searched word.
  useEffect(() => {
    if (load.status === 'loaded' && revision === 0 && props.highlightTerms.length === 0) {
      document.getElementById('document-title')?.focus();
    }
  }, [load.status === 'loaded']);

  if (load.status !== 'loaded') {
    return (
      <section className="document" aria-label="Document">
        <div className="document-toolbar">
          <button type="button" onClick={props.onBack} aria-keyshortcuts="Escape Alt+ArrowLeft">
            <span aria-hidden="true">← </span>Back
          </button>
        </div>
        <p role="status">{load.status === 'loading' ? 'Opening the document…' : ''}</p>
      </section>
    );
  }
  const { document: doc } = load;

  async function deleteDocument() {
    setDeleting(true);
    try {
      // Either way the document is no longer in the library: "not deleted" means someone else removed it first.
      await call('library:delete', { id: doc.id });
      props.onDeleted(doc.title);
    } catch (error) {
      setDeleteError(userMessage(error));
      setDeleting(false);
      setConfirming(false);
    }
  }

  return (
    <>
      {deleteError && <ErrorBanner message={deleteError} onDismiss={() => setDeleteError(null)} />}
      <p className={notice ? 'banner banner-notice' : 'visually-hidden'} role="status">
        {notice}
      </p>
      <DocumentReader
        key={revision}
        document={doc}
        startPage={revision === 0 ? props.startPage : null}
        highlightTerms={revision === 0 ? props.highlightTerms : []}
        earlyOriginal={revision === 0 ? (props.earlyOriginal ?? null) : null}
        onBack={props.onBack}
        onDelete={() => setConfirming(true)}
        onExemptChanged={props.onExemptChanged}
        onReplaced={(outcome) => {
          setNotice(replaceSummary(outcome));
          setRevision((r) => r + 1);
        }}
      />
      {confirming && (
        <ConfirmDialog
          title="Delete this document?"
          confirmLabel="Delete from library"
          busy={deleting}
          onConfirm={() => void deleteDocument()}
          onCancel={() => setConfirming(false)}
        >
          <p>
            “{doc.title}”, its text and the notes on it will be removed from your library. The original file on your
            computer is not changed.
          </p>
        </ConfirmDialog>
      )}
    </>
  );
}
