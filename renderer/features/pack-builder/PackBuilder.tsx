import { useCallback, useEffect, useState, type FormEvent } from 'react';
import type { DocumentSummary } from '../../../shared/domain.ts';
import {
  ANNOTATION_PACK_PARTS,
  DEFAULT_PACK_OPTIONS,
  type AttachedDocument,
  type MeetingDetail,
  type PackEditionSummary,
  type PackOptions,
  type PackPreviewEntry,
  type PackProgress,
  type PackSelection,
} from '../../../shared/meetings.ts';
import { ProgressBar } from '../../components/ProgressBar.tsx';
import { call, onEvent } from '../../lib/api.ts';
import { openPack, savePack } from './packOutput.ts';

interface PackBuilderProps {
  meetingId: number;
  documents: DocumentSummary[];
  onBack: () => void;
}

const PART_LABELS: [keyof Omit<PackOptions, 'extraParts' | 'renumber'>, string][] = [
  ['cover', 'Cover'],
  ['contents', 'Contents'],
  ['agenda', 'Agenda'],
  ['notes', 'Briefing notes'],
  ['reports', 'Reports (original pages)'],
  ['articles', 'Background articles'],
  ['recommendations', 'Recommendations table'],
];

/** Parts made from members' annotations; the questions part is ticked by default (see DEFAULT_PACK_OPTIONS). */
const ANNOTATION_PART_LABELS: [string, string][] = [
  [ANNOTATION_PACK_PARTS.questions, 'Questions to ask'],
  [ANNOTATION_PACK_PARTS.annotationDigest, 'Annotation digest'],
  [ANNOTATION_PACK_PARTS.highlights, 'Draw highlights on original pages'],
];

const STAGE_LABELS: Record<PackProgress['stage'], string> = {
  preparing: 'Reading the papers',
  typesetting: 'Typesetting cover, contents and notes',
  merging: 'Merging the original pages',
  stamping: 'Numbering the pages',
  writing: 'Writing the pack',
  done: 'Done',
};

/** Moves one entry of a list up or down; returns null at the ends. */
function moved<T>(list: T[], index: number, by: -1 | 1): T[] | null {
  const target = index + by;
  if (target < 0 || target >= list.length) return null;
  const next = [...list];
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
}

/** The pack builder for one meeting: agenda, attached papers, parts to include, preview, build and output. */
export function PackBuilder({ meetingId, documents, onBack }: PackBuilderProps) {
  const [meeting, setMeeting] = useState<MeetingDetail | null>(null);
  const [options, setOptions] = useState<PackOptions>(DEFAULT_PACK_OPTIONS);
  const [preview, setPreview] = useState<PackPreviewEntry[] | null>(null);
  const [editions, setEditions] = useState<PackEditionSummary[]>([]);
  const [progress, setProgress] = useState<PackProgress | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [newItem, setNewItem] = useState({ number: '', title: '', officer: '', notes: '' });
  const [dragged, setDragged] = useState<number | null>(null);

  const run = useCallback(async (work: () => Promise<MeetingDetail | void>) => {
    setError(null);
    try {
      const next = await work();
      if (next) {
        setMeeting(next);
        setPreview(null);
      }
    } catch (e) {
      setError((e as Error).message);
    }
  }, []);

  useEffect(() => {
    void run(async () => {
      setEditions(await call('packs:editions', { meetingId }));
      return call('meetings:get', { id: meetingId });
    });
  }, [meetingId, run]);

  if (!meeting) return <p>{error ?? 'Loading the meeting…'}</p>;

  // A preview shows the parts as they were chosen; another choice makes it out of date.
  const changeOptions = (next: PackOptions) => {
    setOptions(next);
    setPreview(null);
  };
  const reorderItems = (ids: number[]) => run(() => call('meetings:reorderItems', { meetingId, itemIds: ids }));
  const itemIds = meeting.items.map((i) => i.id);

  async function addItem(event: FormEvent) {
    event.preventDefault();
    await run(() => call('meetings:addItem', { meetingId, fields: newItem }));
    setNewItem({ number: '', title: '', officer: '', notes: '' });
  }

  async function build() {
    const jobId = `pack-${Date.now()}`;
    setStatus('');
    setProgress({ jobId, stage: 'preparing', done: 0, total: 1 });
    const stop = onEvent((event) => {
      if (event.type === 'pack-progress' && event.progress.jobId === jobId) setProgress(event.progress);
    });
    try {
      const built = await call('packs:build', { meetingId, jobId, options });
      setEditions(await call('packs:editions', { meetingId }));
      setStatus(`Edition ${built.edition} is ready: ${built.pageCount} pages.`);
      setError(null);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      stop();
      setProgress(null);
    }
  }

  const output = (action: typeof openPack, edition: number, selection: PackSelection) =>
    void action(meetingId, edition, selection).catch((e: Error) => setError(e.message));

  return (
    <section className="pack-builder" aria-labelledby="pack-builder-heading">
      <button type="button" onClick={onBack}>
        ← All meetings
      </button>
      <h2 id="pack-builder-heading">
        {meeting.committee}: {meeting.title}
      </h2>
      <p className="muted">
        {meeting.organisation} · {meeting.startsAt.replace('T', ' ')}
        {meeting.venue ? ` · ${meeting.venue}` : ''}
      </p>
      {error && (
        <p className="banner banner-error" role="alert">
          {error}
        </p>
      )}

      <h3>Agenda</h3>
      <ol className="agenda-items">
        {meeting.items.map((item, index) => (
          <li
            key={item.id}
            className={dragged === item.id ? 'agenda-item dragging' : 'agenda-item'}
            draggable
            onDragStart={() => setDragged(item.id)}
            onDragEnd={() => setDragged(null)}
            onDragOver={(e) => e.preventDefault()}
            onDrop={(e) => {
              e.preventDefault();
              if (dragged === null || dragged === item.id) return;
              const without = itemIds.filter((id) => id !== dragged);
              without.splice(index, 0, dragged);
              void reorderItems(without);
            }}
            aria-label={`Item ${item.number} ${item.title}`}
          >
            <div className="agenda-item-head">
              <label>
                <input
                  type="checkbox"
                  checked={item.included}
                  onChange={(e) =>
                    void run(() =>
                      call('meetings:updateItem', {
                        meetingId,
                        itemId: item.id,
                        fields: { number: item.number, title: item.title, officer: item.officer, notes: item.notes, included: e.target.checked },
                      }),
                    )
                  }
                />{' '}
                <strong>
                  {item.number} {item.title}
                </strong>
              </label>
              {item.officer && <span className="muted"> · {item.officer}</span>}
              <span className="row-actions">
                <button type="button" aria-label={`Move item ${item.title} up`} disabled={index === 0} onClick={() => void reorderItems(moved(itemIds, index, -1)!)}>
                  ↑
                </button>
                <button
                  type="button"
                  aria-label={`Move item ${item.title} down`}
                  disabled={index === itemIds.length - 1}
                  onClick={() => void reorderItems(moved(itemIds, index, 1)!)}
                >
                  ↓
                </button>
                <button type="button" aria-label={`Remove item ${item.title}`} onClick={() => void run(() => call('meetings:deleteItem', { meetingId, itemId: item.id }))}>
                  Remove
                </button>
              </span>
            </div>
            <AttachedList meetingId={meetingId} agendaItemId={item.id} attached={item.documents} documents={documents} run={run} label={item.title} />
          </li>
        ))}
      </ol>

      <form className="item-form" onSubmit={(e) => void addItem(e)} aria-label="New agenda item">
        <label>
          <span>No.</span>
          <input value={newItem.number} onChange={(e) => setNewItem({ ...newItem, number: e.target.value })} size={4} />
        </label>
        <label>
          <span>Item title</span>
          <input required value={newItem.title} onChange={(e) => setNewItem({ ...newItem, title: e.target.value })} />
        </label>
        <label>
          <span>Presenting officer</span>
          <input value={newItem.officer} onChange={(e) => setNewItem({ ...newItem, officer: e.target.value })} />
        </label>
        <label className="item-notes">
          <span>Briefing note (# heading, - list, **bold**)</span>
          <textarea rows={3} value={newItem.notes} onChange={(e) => setNewItem({ ...newItem, notes: e.target.value })} />
        </label>
        <button type="submit">Add item</button>
      </form>

      <h3>Other papers for the meeting</h3>
      <AttachedList meetingId={meetingId} agendaItemId={null} attached={meeting.documents} documents={documents} run={run} label="the meeting" />

      <h3>Parts of the pack</h3>
      <fieldset className="pack-options">
        <legend className="visually-hidden">Parts to include</legend>
        {PART_LABELS.map(([key, label]) => (
          <label key={key}>
            <input type="checkbox" checked={options[key]} onChange={(e) => changeOptions({ ...options, [key]: e.target.checked })} /> {label}
          </label>
        ))}
        {ANNOTATION_PART_LABELS.map(([id, label]) => (
          <label key={id}>
            <input
              type="checkbox"
              checked={options.extraParts.includes(id)}
              onChange={(e) =>
                changeOptions({ ...options, extraParts: e.target.checked ? [...options.extraParts, id] : options.extraParts.filter((part) => part !== id) })
              }
            />{' '}
            {label}
          </label>
        ))}
        {editions.length > 0 && (
          <label>
            <input type="checkbox" checked={options.renumber} onChange={(e) => changeOptions({ ...options, renumber: e.target.checked })} /> Number
            pages afresh (otherwise pages keep the numbers of edition {editions[0]!.edition})
          </label>
        )}
      </fieldset>
      <div className="pack-actions">
        <button type="button" onClick={() => void run(async () => setPreview(await call('packs:preview', { meetingId, options })))}>
          Preview contents
        </button>
        <button type="button" className="primary" disabled={progress !== null} onClick={() => void build()}>
          Build pack
        </button>
      </div>
      {progress && <ProgressBar value={progress.done} max={progress.total} label={STAGE_LABELS[progress.stage]} />}
      <p role="status" className={status ? 'banner banner-notice' : 'visually-hidden'}>
        {status}
      </p>

      {preview && (
        <section aria-label="Contents preview" className="pack-preview">
          <h3>Contents preview</h3>
          <table>
            <thead>
              <tr>
                <th scope="col">Part</th>
                <th scope="col">Pages</th>
              </tr>
            </thead>
            <tbody>
              {preview.map((entry, i) => (
                <tr key={i} className={entry.level === 1 ? 'preview-child' : ''}>
                  <td>{entry.title}</td>
                  <td>{entry.firstPage}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}

      {editions.length > 0 && (
        <section aria-label="Built packs" className="pack-editions">
          <h3>Built packs</h3>
          <ul>
            {editions.map((e) => (
              <li key={e.edition}>
                <strong>Edition {e.edition}</strong>: {e.pageCount} pages, {Math.round(e.byteSize / 1024)} KB, built {e.builtAt.slice(0, 16).replace('T', ' ')}{' '}
                <button type="button" onClick={() => output(openPack, e.edition, { kind: 'all' })}>
                  Open (to read or print)
                </button>{' '}
                <button type="button" onClick={() => output(savePack, e.edition, { kind: 'all' })}>
                  Save as…
                </button>
                <ExportControls meeting={meeting} onExport={(selection) => output(savePack, e.edition, selection)} />
                {e.changes.length > 0 && (
                  <ul className="muted">
                    {e.changes.map((c) => (
                      <li key={c}>{c}</li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}

interface AttachedListProps {
  meetingId: number;
  agendaItemId: number | null;
  attached: AttachedDocument[];
  documents: DocumentSummary[];
  run: (work: () => Promise<MeetingDetail | void>) => Promise<void>;
  label: string;
}

/** The papers of one item (or of the meeting) in order, with include boxes, reordering and an "add" picker. */
function AttachedList({ meetingId, agendaItemId, attached, documents, run, label }: AttachedListProps) {
  const [choice, setChoice] = useState('');
  const [role, setRole] = useState<'report' | 'article'>('report');
  const ids = attached.map((a) => a.attachmentId);
  const owner = { meetingId, agendaItemId };
  const reorder = (next: number[] | null) => next && void run(() => call('meetings:reorderDocuments', { ...owner, attachmentIds: next }));
  return (
    <div className="attached">
      {attached.length > 0 && (
        <ul>
          {attached.map((doc, index) => (
            <li key={doc.attachmentId}>
              <label>
                <input
                  type="checkbox"
                  checked={doc.included}
                  onChange={(e) => void run(() => call('meetings:updateAttachment', { ...owner, attachmentId: doc.attachmentId, included: e.target.checked }))}
                />{' '}
                {doc.role === 'article' ? 'Background: ' : ''}
                {doc.title}
              </label>{' '}
              <span className="muted">
                ({doc.format.toUpperCase()}, {doc.pageCount} page{doc.pageCount === 1 ? '' : 's'})
              </span>
              <span className="row-actions">
                <button type="button" aria-label={`Move ${doc.title} up`} disabled={index === 0} onClick={() => reorder(moved(ids, index, -1))}>
                  ↑
                </button>
                <button type="button" aria-label={`Move ${doc.title} down`} disabled={index === ids.length - 1} onClick={() => reorder(moved(ids, index, 1))}>
                  ↓
                </button>
                <button type="button" aria-label={`Remove ${doc.title}`} onClick={() => void run(() => call('meetings:detach', { ...owner, attachmentId: doc.attachmentId }))}>
                  Remove
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      <div className="attach-picker">
        <select aria-label={`Document to add to ${label}`} value={choice} onChange={(e) => setChoice(e.target.value)}>
          <option value="">Choose a document from the library…</option>
          {documents.map((d) => (
            <option key={d.id} value={d.id}>
              {d.title}
            </option>
          ))}
        </select>
        <select aria-label={`Role in ${label}`} value={role} onChange={(e) => setRole(e.target.value as 'report' | 'article')}>
          <option value="report">as a report</option>
          <option value="article">as background</option>
        </select>
        <button
          type="button"
          disabled={!choice}
          onClick={() => {
            void run(() => call('meetings:attach', { ...owner, documentId: Number(choice), role }));
            setChoice('');
          }}
        >
          Add to {agendaItemId === null ? 'meeting' : 'item'}
        </button>
      </div>
    </div>
  );
}

/** "Print what you need": one item, a range of pack pages, or the pages members annotated, saved as its own PDF. */
function ExportControls({ meeting, onExport }: { meeting: MeetingDetail; onExport: (selection: PackSelection) => void }) {
  const [itemId, setItemId] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  return (
    <div className="export-controls">
      <select aria-label="Item to export" value={itemId} onChange={(e) => setItemId(e.target.value)}>
        <option value="">One item…</option>
        {meeting.items.map((i) => (
          <option key={i.id} value={i.id}>
            {i.number} {i.title}
          </option>
        ))}
      </select>
      <button type="button" disabled={!itemId} onClick={() => onExport({ kind: 'item', agendaItemId: Number(itemId) })}>
        Save item
      </button>{' '}
      <input aria-label="From page" size={4} value={from} onChange={(e) => setFrom(e.target.value)} placeholder="from" />
      <input aria-label="To page" size={4} value={to} onChange={(e) => setTo(e.target.value)} placeholder="to" />
      <button type="button" disabled={!from || !to} onClick={() => onExport({ kind: 'range', from: from.trim(), to: to.trim() })}>
        Save pages
      </button>{' '}
      <button type="button" onClick={() => onExport({ kind: 'annotated' })}>
        Save annotated pages
      </button>
    </div>
  );
}
