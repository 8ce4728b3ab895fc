import { useEffect, useState } from 'react';
import { ANNOTATION_COLOURS, type AnnotationColour, type AnnotationFilter, type LibraryAnnotation } from '../../../shared/annotations.ts';
import type { DocumentSummary } from '../../../shared/domain.ts';
import type { MeetingSummary } from '../../../shared/meetings.ts';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { call } from '../../lib/api.ts';
import { userMessage } from '../../lib/errors.ts';
import { annotationPageIndex } from '../annotations/annotationOrder.ts';
import { COLOUR_NAMES, quoteOf, whereLabel } from '../annotations/annotationLabels.ts';
import { downloadFile } from '../../lib/downloadFile.ts';

interface NotesViewProps {
  documents: readonly DocumentSummary[];
  onOpen: (documentId: number, pageIndex: number | null) => void;
}

/** Every note, highlight and question across the library, filtered by document, meeting, tag, colour or kind. */
export function NotesView({ documents, onOpen }: NotesViewProps) {
  const [filter, setFilter] = useState<AnnotationFilter>({});
  const [annotations, setAnnotations] = useState<LibraryAnnotation[] | null>(null);
  const [tags, setTags] = useState<string[]>([]);
  const [meetings, setMeetings] = useState<MeetingSummary[]>([]);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    call('annotations:tags', {}).then(setTags, () => setTags([]));
    call('meetings:list', {}).then(setMeetings, () => setMeetings([]));
  }, []);

  useEffect(() => {
    let live = true;
    call('annotations:list', filter).then(
      (list) => live && setAnnotations(list),
      (e: unknown) => live && setError(userMessage(e)),
    );
    return () => {
      live = false;
    };
  }, [filter]);

  const set = (patch: Partial<AnnotationFilter>) => {
    const next: AnnotationFilter = { ...filter, ...patch };
    for (const key of Object.keys(next) as (keyof AnnotationFilter)[]) if (next[key] === undefined) delete next[key];
    setFilter(next);
  };
  const number = (value: string) => (value ? Number(value) : undefined);

  async function exportAll(format: 'md' | 'csv') {
    try {
      const { fileName, text } = await call('annotations:export', { format, filter });
      downloadFile(fileName, text, format === 'csv' ? 'text/csv' : 'text/markdown');
    } catch (e) {
      setError(userMessage(e));
    }
  }

  return (
    <section className="notes-view" aria-labelledby="notes-heading">
      <h2 id="notes-heading">Notes and questions</h2>
      {error && <ErrorBanner message={error} onDismiss={() => setError(null)} />}
      <form className="notes-filters" onSubmit={(event) => event.preventDefault()}>
        <label>
          Document
          <select value={filter.documentId ?? ''} onChange={(e) => set({ documentId: number(e.target.value) })}>
            <option value="">All documents</option>
            {documents.map((d) => (
              <option key={d.id} value={d.id}>
                {d.title}
              </option>
            ))}
          </select>
        </label>
        <label>
          Meeting
          <select value={filter.meetingId ?? ''} onChange={(e) => set({ meetingId: number(e.target.value) })}>
            <option value="">All meetings</option>
            {meetings.map((m) => (
              <option key={m.id} value={m.id}>
                {m.title}
              </option>
            ))}
          </select>
        </label>
        <label>
          Tag
          <select value={filter.tag ?? ''} onChange={(e) => set({ tag: e.target.value || undefined })}>
            <option value="">All tags</option>
            {tags.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        </label>
        <label>
          Colour
          <select
            value={filter.colour ?? ''}
            onChange={(e) => set({ colour: (e.target.value || undefined) as AnnotationColour | undefined })}
          >
            <option value="">All colours</option>
            {ANNOTATION_COLOURS.map((c) => (
              <option key={c} value={c}>
                {COLOUR_NAMES[c]}
              </option>
            ))}
          </select>
        </label>
        <label className="checkbox-label">
          <input
            type="checkbox"
            checked={filter.questionsOnly ?? false}
            onChange={(e) => set({ questionsOnly: e.target.checked || undefined })}
          />
          Questions only
        </label>
        <button type="button" onClick={() => void exportAll('md')}>
          Export as Markdown
        </button>
        <button type="button" onClick={() => void exportAll('csv')}>
          Export as CSV
        </button>
      </form>
      <p role="status" className="notes-count">
        {annotations === null ? 'Loading…' : `${annotations.length} note${annotations.length === 1 ? '' : 's'}`}
      </p>
      {annotations !== null && annotations.length === 0 && (
        <p className="hint">No notes match. Open a document, select text and choose a highlight colour to start.</p>
      )}
      <ul className="notes-list">
        {(annotations ?? []).map((a) => {
          const quote = quoteOf(a);
          return (
            <li key={a.id} className={`notes-item colour-${a.colour}`}>
              <div className="notes-item-head">
                <button type="button" className="link-button" onClick={() => onOpen(a.documentId, annotationPageIndex(a))}>
                  {a.documentTitle}
                </button>
                <span className="notes-where">{whereLabel(a)}</span>
                {a.isQuestion && <span className="badge badge-question">Question</span>}
                {a.orphaned && <span className="badge badge-orphaned">Not found in this version</span>}
              </div>
              {quote && <blockquote className="annotation-quote">{quote}</blockquote>}
              {a.note && <p className="notes-note">{a.note}</p>}
              {a.tags.length > 0 && <p className="notes-tags">Tags: {a.tags.join(', ')}</p>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
