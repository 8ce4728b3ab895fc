/** The register's small forms: your name, adding, splitting and merging recommendations. */
import { useId, useState } from 'react';
import type { DocumentSummary } from '../../../shared/domain.ts';
import type { RegisterEntry } from '../../../shared/recommendations.ts';
import { call } from '../../lib/api.ts';
import { userMessage } from '../../lib/errors.ts';
import { FormDialog } from './FormDialog.tsx';
import { suggestSplit } from './registerSettings.ts';

/** Runs a call for a dialog: busy while it runs, main's message shown in the dialog if it fails. */
function useDialogCall() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function run(work: () => Promise<void>) {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (caught) {
      setError(userMessage(caught));
      setBusy(false);
    }
  }
  return { busy, error, setError, run };
}

export function NameDialog({ current, onSaved, onCancel }: { current: string | null; onSaved: (name: string) => void; onCancel: () => void }) {
  const id = useId();
  const [name, setName] = useState(current ?? '');
  const { busy, error, setError, run } = useDialogCall();
  return (
    <FormDialog
      title="Your name"
      submitLabel="Save name"
      busy={busy}
      error={error}
      onCancel={onCancel}
      onSubmit={() => {
        if (!name.trim()) return setError('Type your name, as colleagues will see it in the history.');
        void run(async () => onSaved((await call('settings:set', { userName: name })).userName ?? ''));
      }}
    >
      <p>The register’s history records who made each change. Your name is kept in this library only.</p>
      <div className="field">
        <label htmlFor={id}>Name</label>
        <input id={id} value={name} autoComplete="name" maxLength={100} onChange={(e) => setName(e.target.value)} />
      </div>
    </FormDialog>
  );
}

export function AddDialog({ reports, onAdded, onCancel }: { reports: DocumentSummary[]; onAdded: (entry: RegisterEntry) => void; onCancel: () => void }) {
  const ids = { report: useId(), page: useId(), text: useId() };
  const [documentId, setDocumentId] = useState(reports[0]?.id ?? 0);
  const [page, setPage] = useState('');
  const [text, setText] = useState('');
  const { busy, error, setError, run } = useDialogCall();
  const pageCount = reports.find((r) => r.id === documentId)?.pageCount ?? 1;
  return (
    <FormDialog
      title="Add a recommendation"
      submitLabel="Add recommendation"
      busy={busy}
      error={error}
      onCancel={onCancel}
      onSubmit={() => {
        if (!text.trim()) return setError('Type the recommendation’s text.');
        const pageNumber = page.trim() ? Number(page) : null;
        if (pageNumber !== null && (!Number.isInteger(pageNumber) || pageNumber < 1 || pageNumber > pageCount)) {
          return setError(`The page must be a number from 1 to ${pageCount}, or left empty.`);
        }
        void run(async () => onAdded(await call('recommendations:add', { documentId, text, pageIndex: pageNumber === null ? null : pageNumber - 1 })));
      }}
    >
      <div className="field">
        <label htmlFor={ids.report}>Report</label>
        <select id={ids.report} value={documentId} onChange={(e) => setDocumentId(Number(e.target.value))}>
          {reports.map((r) => (
            <option key={r.id} value={r.id}>
              {r.title}
              {r.date ? ` (${r.date})` : ''}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={ids.page}>Page (optional, 1 to {pageCount})</label>
        <input id={ids.page} inputMode="numeric" value={page} onChange={(e) => setPage(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={ids.text}>Recommendation</label>
        <textarea id={ids.text} rows={5} value={text} onChange={(e) => setText(e.target.value)} />
      </div>
    </FormDialog>
  );
}

export function SplitDialog({ entry, onSplit, onCancel }: { entry: RegisterEntry; onSplit: () => void; onCancel: () => void }) {
  const ids = { first: useId(), second: useId() };
  const [suggestedFirst, suggestedSecond] = suggestSplit(entry.text);
  const [first, setFirst] = useState(suggestedFirst);
  const [second, setSecond] = useState(suggestedSecond);
  const { busy, error, setError, run } = useDialogCall();
  return (
    <FormDialog
      title={`Split recommendation ${entry.number} in two`}
      submitLabel="Split"
      busy={busy}
      error={error}
      onCancel={onCancel}
      onSubmit={() => {
        if (!first.trim() || !second.trim()) return setError('Both parts need some text.');
        void run(async () => {
          await call('recommendations:split', { id: entry.id, firstText: first, secondText: second });
          onSplit();
        });
      }}
    >
      <p>The first part keeps this recommendation’s status and follow-up; the second starts as proposed, straight after it.</p>
      <div className="field">
        <label htmlFor={ids.first}>First part</label>
        <textarea id={ids.first} rows={4} value={first} onChange={(e) => setFirst(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={ids.second}>Second part</label>
        <textarea id={ids.second} rows={4} value={second} onChange={(e) => setSecond(e.target.value)} />
      </div>
    </FormDialog>
  );
}

export function MergeDialog({
  entry,
  siblings,
  onMerged,
  onCancel,
}: {
  entry: RegisterEntry;
  siblings: RegisterEntry[];
  onMerged: () => void;
  onCancel: () => void;
}) {
  const ids = { other: useId(), text: useId() };
  const initial = siblings.find((s) => s.number === entry.number + 1) ?? siblings[0];
  const [otherId, setOtherId] = useState(initial?.id ?? 0);
  const joined = (id: number) => {
    const other = siblings.find((s) => s.id === id);
    if (!other) return entry.text;
    return (other.number < entry.number ? [other.text, entry.text] : [entry.text, other.text]).join(' ');
  };
  const [text, setText] = useState(joined(otherId));
  const { busy, error, setError, run } = useDialogCall();
  return (
    <FormDialog
      title={`Merge recommendation ${entry.number} with another`}
      submitLabel="Merge"
      busy={busy}
      error={error}
      onCancel={onCancel}
      onSubmit={() => {
        if (!text.trim()) return setError('The merged recommendation needs some text.');
        void run(async () => {
          await call('recommendations:merge', { ids: [entry.id, otherId], text });
          onMerged();
        });
      }}
    >
      <p>The merged recommendation takes the place, status and follow-up of whichever comes first in the report.</p>
      <div className="field">
        <label htmlFor={ids.other}>Merge with</label>
        <select
          id={ids.other}
          value={otherId}
          onChange={(e) => {
            const id = Number(e.target.value);
            setOtherId(id);
            setText(joined(id));
          }}
        >
          {siblings.map((s) => (
            <option key={s.id} value={s.id}>
              {`${s.number}. ${s.text.length > 80 ? `${s.text.slice(0, 80)}…` : s.text}`}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={ids.text}>Merged text</label>
        <textarea id={ids.text} rows={6} value={text} onChange={(e) => setText(e.target.value)} />
      </div>
    </FormDialog>
  );
}
