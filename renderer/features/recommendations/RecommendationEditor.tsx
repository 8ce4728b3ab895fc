import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import {
  RECOMMENDATION_STATUSES,
  STATUS_LABELS,
  type RecommendationFields,
  type RecommendationStatus,
  type RegisterChange,
  type RegisterEntry,
} from '../../../shared/recommendations.ts';
import { call } from '../../lib/api.ts';
import { userMessage } from '../../lib/errors.ts';
import { formatDate, formatDateTime, pageNumber } from '../../lib/format.ts';

type Draft = { [K in keyof RecommendationFields]: string };

function draftOf(entry: RegisterEntry): Draft {
  return {
    text: entry.text,
    status: entry.status,
    decision: entry.decision ?? '',
    decisionDate: entry.decisionDate ?? '',
    owner: entry.owner ?? '',
    dueDate: entry.dueDate ?? '',
    response: entry.response ?? '',
  };
}

/** Only the fields the person changed, so the history records exactly those. */
function changedFields(entry: RegisterEntry, draft: Draft): Partial<RecommendationFields> {
  const before = draftOf(entry);
  const changes: Record<string, string | null> = {};
  for (const key of Object.keys(draft) as (keyof Draft)[]) {
    if (draft[key].trim() !== before[key].trim()) changes[key] = key === 'text' || key === 'status' ? draft[key] : draft[key].trim() || null;
  }
  return changes as Partial<RecommendationFields>;
}

interface RecommendationEditorProps {
  entry: RegisterEntry;
  /** Bumped after every change, so the history is asked for again. */
  revision: number;
  canMerge: boolean;
  onSave: (changes: Partial<RecommendationFields>) => Promise<boolean>;
  onOpen: () => void;
  onSplit: () => void;
  onMerge: () => void;
  onClose: () => void;
}

/** One recommendation: its decision and follow-up as a form, the text as extracted, and its history. */
export function RecommendationEditor(props: RecommendationEditorProps) {
  const { entry, revision } = props;
  const headingId = useId();
  const fieldId = useId();
  const [draft, setDraft] = useState(() => draftOf(entry));
  const [saving, setSaving] = useState(false);
  const [history, setHistory] = useState<RegisterChange[] | null>(null);
  const [historyError, setHistoryError] = useState<string | null>(null);

  // Choosing a row takes the person to its editor, which may be above the table on a narrow window.
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.scrollIntoView({ block: 'nearest' });
    headingRef.current?.focus();
  }, []);

  // A newer version of the row (after save or undo) replaces the draft. The register reloads its rows on
  // every search keystroke and after imports, each time as new objects: only changed values count, so
  // what the person is typing is not lost.
  const savedFields = JSON.stringify(draftOf(entry));
  useEffect(() => setDraft(JSON.parse(savedFields) as Draft), [savedFields]);

  useEffect(() => {
    let current = true;
    call('recommendations:history', { id: entry.id }).then(
      (changes) => current && setHistory(changes),
      (error: unknown) => current && setHistoryError(userMessage(error)),
    );
    return () => {
      current = false;
    };
  }, [entry.id, revision]);

  const changes = changedFields(entry, draft);
  const dirty = Object.keys(changes).length > 0;
  const set = (key: keyof Draft) => (value: string) => setDraft((d) => ({ ...d, [key]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!dirty) return;
    setSaving(true);
    await props.onSave(changes);
    setSaving(false);
  }

  const field = (key: keyof Draft, label: string, input: 'text' | 'date' | 'area') => {
    const id = `${fieldId}-${key}`;
    return (
      <div className={`field field-${key}`}>
        <label htmlFor={id}>{label}</label>
        {input === 'area' ? (
          <textarea id={id} rows={key === 'text' ? 4 : 3} value={draft[key]} onChange={(e) => set(key)(e.target.value)} />
        ) : (
          <input id={id} type={input} value={draft[key]} onChange={(e) => set(key)(e.target.value)} />
        )}
      </div>
    );
  };

  return (
    <section className="register-editor" aria-labelledby={headingId}>
      <div className="register-editor-head">
        <h3 id={headingId} ref={headingRef} tabIndex={-1}>
          Recommendation {entry.number} of “{entry.documentTitle}”
        </h3>
        <button type="button" className="button-quiet" onClick={props.onClose}>
          Close
        </button>
      </div>
      <p className="register-editor-where">
        {[entry.committee, formatDate(entry.documentDate), entry.pageIndex === null ? null : `page ${pageNumber(entry.pageIndex)}`]
          .filter(Boolean)
          .join(' · ')}{' '}
        <button type="button" className="link-button" onClick={props.onOpen}>
          Open in the report
        </button>
      </p>
      <form onSubmit={(e) => void submit(e)}>
        {field('text', 'Recommendation', 'area')}
        {entry.originalText !== null && entry.originalText !== draft.text && (
          <div className="original-text">
            <p className="original-label">As extracted from the report:</p>
            <blockquote>{entry.originalText}</blockquote>
          </div>
        )}
        {entry.source !== 'extracted' && (
          <p className="source-note">{entry.source === 'manual' ? 'Added by hand.' : 'Split from the recommendation before it.'}</p>
        )}
        <div className="register-editor-grid">
          <div className="field">
            <label htmlFor={`${fieldId}-status`}>Status</label>
            <select id={`${fieldId}-status`} value={draft.status} onChange={(e) => set('status')(e.target.value as RecommendationStatus)}>
              {RECOMMENDATION_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {STATUS_LABELS[status]}
                </option>
              ))}
            </select>
          </div>
          {field('decisionDate', 'Decision date', 'date')}
          {field('owner', 'Owner', 'text')}
          {field('dueDate', 'Due date', 'date')}
        </div>
        {field('decision', 'Decision', 'area')}
        {field('response', 'Response or progress', 'area')}
        <div className="actions">
          <button type="submit" className="button-primary" disabled={!dirty || saving}>
            {saving ? 'Saving…' : 'Save changes'}
          </button>
          <button type="button" onClick={() => setDraft(draftOf(entry))} disabled={!dirty || saving}>
            Discard changes
          </button>
          <button type="button" onClick={props.onSplit} disabled={dirty}>
            Split in two…
          </button>
          <button type="button" onClick={props.onMerge} disabled={dirty || !props.canMerge}>
            Merge with another…
          </button>
        </div>
        {dirty && <p className="hint">Save or discard your changes before splitting or merging.</p>}
      </form>
      <History history={history} error={historyError} />
    </section>
  );
}

function History({ history, error }: { history: RegisterChange[] | null; error: string | null }) {
  return (
    <section className="register-history" aria-label="History">
      <h4>History</h4>
      {error ? (
        <p role="alert">{error}</p>
      ) : history === null ? (
        <p>Loading the history…</p>
      ) : history.length === 0 ? (
        <p>No changes yet: this is the recommendation as it was extracted or added.</p>
      ) : (
        <ol>
          {history.map((change) => (
            <li key={change.id} className={change.undone ? 'history-undone' : undefined}>
              <p>
                <strong>{change.userName}</strong>, {formatDateTime(change.at)}
              </p>
              <p>
                {change.description}
                {change.undone && ' (undone)'}
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
