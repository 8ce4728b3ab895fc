import { useEffect, useMemo, useRef, useState } from 'react';
import type { DocumentSummary } from '../../../shared/domain.ts';
import type { RecommendationFields, RegisterEntry } from '../../../shared/recommendations.ts';
import { isoToday } from '../../../shared/iso-day.ts';
import { countByStatus, distinctValues, filterRegister, filterRegisterExceptStatus, sortRegister } from '../../../shared/register-query.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { call } from '../../lib/api.ts';
import { userMessage } from '../../lib/errors.ts';
import { isTypingTarget } from '../../lib/keyboard.ts';
import { RecommendationEditor } from './RecommendationEditor.tsx';
import { AddDialog, MergeDialog, NameDialog, SplitDialog } from './RegisterDialogs.tsx';
import { RegisterFilters } from './RegisterFilters.tsx';
import { nextColumnSort } from '../../components/SortableHeaderRow.tsx';
import { hasFilters, defaultRegisterSettings, type RegisterSettings } from './registerSettings.ts';
import { RegisterTable } from './RegisterTable.tsx';
import { downloadFile } from '../../lib/downloadFile.ts';
import { useRegister } from './useRegister.ts';

interface RegisterViewProps {
  /** The library's documents, for choosing the report of a recommendation added by hand. */
  documents: DocumentSummary[] | null;
  settings: RegisterSettings;
  onSettingsChange: (settings: RegisterSettings) => void;
  onOpen: (entry: RegisterEntry) => void;
}

type Dialog = { kind: 'add' } | { kind: 'split'; entry: RegisterEntry } | { kind: 'merge'; entry: RegisterEntry } | { kind: 'name' };

/**
 * The recommendations register across the library: filters and counts by status, the table, and the
 * selected recommendation's decision, follow-up and history beside it. Changes need the user's name for
 * the history; it is asked for on the first change.
 */
export function RegisterView({ documents, settings, onSettingsChange, onOpen }: RegisterViewProps) {
  const register = useRegister(settings.query, documents);
  const { entries, reload } = register;
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [revision, setRevision] = useState(0);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [userName, setUserName] = useState<string | null | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  const [exporting, setExporting] = useState(false);
  // Resolves the change waiting for the user's name: true once it is saved, false if they cancel.
  const pendingName = useRef<((named: boolean) => void) | null>(null);
  const today = isoToday();

  useEffect(() => {
    call('settings:get', {}).then(
      (s) => setUserName(s.userName),
      (e: unknown) => setError(userMessage(e)),
    );
  }, []);

  const base = useMemo(() => filterRegisterExceptStatus(entries ?? [], settings.filter, today), [entries, settings.filter, today]);
  const shown = useMemo(
    () => sortRegister(filterRegister(base, { statuses: settings.filter.statuses ?? [] }, today), settings.sort),
    [base, settings.filter.statuses, settings.sort, today],
  );
  const selected = entries?.find((e) => e.id === selectedId) ?? null;

  function ensureName(): Promise<boolean> {
    if (userName) return Promise.resolve(true);
    setDialog({ kind: 'name' });
    return new Promise((resolve) => {
      pendingName.current = resolve;
    });
  }

  async function afterChange(message: string) {
    setError(null);
    setNotice(message);
    await reload();
    setRevision((r) => r + 1);
  }

  async function change(work: () => Promise<string>): Promise<boolean> {
    if (!(await ensureName())) return false;
    try {
      await afterChange(await work());
      return true;
    } catch (e) {
      setError(userMessage(e));
      return false;
    }
  }

  async function withName(kind: 'split' | 'merge' | 'add', entry?: RegisterEntry) {
    if (!(await ensureName())) return;
    setDialog(kind === 'add' ? { kind } : { kind, entry: entry as RegisterEntry });
  }

  const undo = () =>
    void change(async () => {
      const undone = await call('recommendations:undo', {});
      return undone ? `${undone.description}.` : 'There was nothing to undo.';
    });

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.key.toLowerCase() !== 'z' || !(event.ctrlKey || event.metaKey) || event.shiftKey) return;
      if (isTypingTarget(event.target) || dialog || !register.lastChange) return;
      event.preventDefault();
      undo();
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  });

  async function exportAs(format: 'csv' | 'pdf') {
    setExporting(true);
    try {
      const file = await call('recommendations:export', { format, query: settings.query, filter: settings.filter, sort: settings.sort, today });
      downloadFile(file.fileName, file.data as Uint8Array<ArrayBuffer>, file.mimeType);
      setNotice(`Exported ${shown.length} recommendation${shown.length === 1 ? '' : 's'} as ${format.toUpperCase()}.`);
    } catch (e) {
      setError(userMessage(e));
    } finally {
      setExporting(false);
    }
  }

  const reports = (documents ?? []).filter((d) => d.kind === 'report');
  const closeDialog = () => setDialog(null);

  return (
    <section className="register" aria-labelledby="register-heading">
      <div className="register-head">
        <h2 id="register-heading">Recommendations</h2>
        <p className="register-user">
          {userName ? `Changes are recorded as ${userName}.` : 'You will be asked for your name on your first change.'}{' '}
          <button type="button" className="link-button" onClick={() => setDialog({ kind: 'name' })}>
            {userName ? 'Change name' : 'Set your name'}
          </button>
        </p>
      </div>
      <div className="register-toolbar">
        <button type="button" onClick={() => void withName('add')} disabled={reports.length === 0}>
          Add a recommendation…
        </button>
        <button type="button" onClick={() => void exportAs('csv')} disabled={exporting || shown.length === 0}>
          Export CSV
        </button>
        <button type="button" onClick={() => void exportAs('pdf')} disabled={exporting || shown.length === 0}>
          Export PDF
        </button>
        {register.lastChange && (
          <button type="button" className="register-undo" onClick={undo} aria-keyshortcuts="Control+Z">
            Undo: {register.lastChange}
          </button>
        )}
      </div>
      {error && <ErrorBanner message={error} onDismiss={() => setError(null)} />}
      <p className={notice ? 'banner banner-notice' : 'visually-hidden'} role="status">
        {notice}
      </p>
      {entries === null ? (
        register.loadError ? (
          <>
            <ErrorBanner message={register.loadError} />
            <button type="button" onClick={() => void reload()}>
              Try again
            </button>
          </>
        ) : (
          <p role="status">Loading the register…</p>
        )
      ) : entries.length === 0 && !settings.query.trim() ? (
        <EmptyState heading="No recommendations yet">
          <p>
            Recommendations are read out of reports when they are imported, from a section headed “Recommendations” or “Decisions
            recommended”. Import committee reports from the Library, or add a recommendation by hand to a report already there.
          </p>
        </EmptyState>
      ) : (
        <>
          <RegisterFilters
            query={settings.query}
            filter={settings.filter}
            committees={distinctValues(entries, 'committee')}
            organisations={distinctValues(entries, 'organisation')}
            counts={countByStatus(base)}
            onQueryChange={(query) => onSettingsChange({ ...settings, query })}
            onFilterChange={(filter) => onSettingsChange({ ...settings, filter })}
          />
          <p className="result-count" role="status">
            {`Showing ${shown.length} of ${entries.length} recommendation${entries.length === 1 ? '' : 's'}`}
            {settings.query.trim() ? ' matching the search' : ''}
          </p>
          <div className={selected ? 'register-body with-editor' : 'register-body'}>
            {shown.length === 0 ? (
              <EmptyState heading="No recommendations match">
                <p>Nothing in the register matches this search and these filters.</p>
                {hasFilters(settings) && (
                  <button type="button" onClick={() => onSettingsChange({ ...defaultRegisterSettings, sort: settings.sort })}>
                    Clear search and filters
                  </button>
                )}
              </EmptyState>
            ) : (
              <div className="register-table-wrap">
                <RegisterTable
                  entries={shown}
                  caption="Recommendations register"
                  sort={settings.sort}
                  today={today}
                  selectedId={selectedId}
                  onSort={(key) => onSettingsChange({ ...settings, sort: nextColumnSort(settings.sort, key) })}
                  onSelect={(entry) => setSelectedId(entry.id === selectedId ? null : entry.id)}
                  onOpen={onOpen}
                />
              </div>
            )}
            {selected && (
              <RecommendationEditor
                key={selected.id}
                entry={selected}
                revision={revision}
                canMerge={entries.some((e) => e.documentId === selected.documentId && e.id !== selected.id)}
                onSave={(changes: Partial<RecommendationFields>) =>
                  change(async () => {
                    await call('recommendations:update', { id: selected.id, changes });
                    return 'Saved.';
                  })
                }
                onOpen={() => onOpen(selected)}
                onSplit={() => void withName('split', selected)}
                onMerge={() => void withName('merge', selected)}
                onClose={() => setSelectedId(null)}
              />
            )}
          </div>
        </>
      )}
      {dialog?.kind === 'name' && (
        <NameDialog
          current={userName ?? null}
          onSaved={(name) => {
            setUserName(name);
            closeDialog();
            pendingName.current?.(true);
            pendingName.current = null;
          }}
          onCancel={() => {
            closeDialog();
            pendingName.current?.(false);
            pendingName.current = null;
          }}
        />
      )}
      {dialog?.kind === 'add' && (
        <AddDialog
          reports={reports}
          onCancel={closeDialog}
          onAdded={(entry) => {
            closeDialog();
            setSelectedId(entry.id);
            void afterChange(`Added recommendation ${entry.number} of “${entry.documentTitle}”.`);
          }}
        />
      )}
      {dialog?.kind === 'split' && (
        <SplitDialog
          entry={dialog.entry}
          onCancel={closeDialog}
          onSplit={() => {
            closeDialog();
            void afterChange(`Split recommendation ${dialog.entry.number} in two.`);
          }}
        />
      )}
      {dialog?.kind === 'merge' && (
        <MergeDialog
          entry={dialog.entry}
          siblings={(entries ?? []).filter((e) => e.documentId === dialog.entry.documentId && e.id !== dialog.entry.id)}
          onCancel={closeDialog}
          onMerged={() => {
            closeDialog();
            void afterChange('Merged the two recommendations.');
          }}
        />
      )}
    </section>
  );
}
