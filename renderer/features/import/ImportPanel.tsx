import { useId, useState, type ReactNode } from 'react';
import { describeNewVersion, type ImportOutcome } from '../../../shared/domain.ts';
import { needsPassword } from '../../../shared/import-refusals.ts';
import { ProgressBar } from '../../components/ProgressBar.tsx';
import { announceFailures, groupOutcomes, summariseOutcomes } from './outcomeSummary.ts';
import { PasswordDialog } from './PasswordDialog.tsx';
import type { ImportState } from './useImport.ts';

/** Longer lists of files that went in fine start folded, so the failures above them stay in view. */
const FOLD_ABOVE = 10;

type RetryWithPassword = (outcomeIndex: number, password: string) => Promise<ImportOutcome>;

interface ImportPanelProps {
  state: ImportState;
  onDismiss: () => void;
  onRetryWithPassword: RetryWithPassword;
}

/** Progress while an import runs, then what happened to every file. */
export function ImportPanel({ state, onDismiss, onRetryWithPassword }: ImportPanelProps) {
  const summary = state.phase === 'finished' ? summariseOutcomes(state.outcomes, state.skipped) : '';
  const failureAlert = state.phase === 'finished' ? announceFailures(state.outcomes, state.skipped) : '';
  return (
    <>
      {/* Always present, so screen readers notice when their text changes; failures interrupt, the rest waits. */}
      <p className="visually-hidden" role="status">
        {state.phase === 'running' ? `Importing ${state.total} files.` : failureAlert ? '' : summary}
      </p>
      <p className="visually-hidden" role="alert">
        {failureAlert}
      </p>
      {state.phase === 'running' && <ImportProgress total={state.total} done={state.done} lastFile={state.lastFile} />}
      {state.phase === 'finished' && (
        <ImportResults outcomes={state.outcomes} summary={summary} onDismiss={onDismiss} onRetryWithPassword={onRetryWithPassword} />
      )}
    </>
  );
}

function ImportProgress({ total, done, lastFile }: { total: number; done: number; lastFile: string | null }) {
  const label = lastFile ? `Importing ${done} of ${total}: ${lastFile}` : `Importing ${total} ${total === 1 ? 'file' : 'files'}…`;
  return (
    <section className="panel import-panel" aria-label="Import in progress">
      <ProgressBar value={done} max={total} label={label} />
    </section>
  );
}

interface ImportResultsProps {
  outcomes: ImportOutcome[];
  summary: string;
  onDismiss: () => void;
  onRetryWithPassword: RetryWithPassword;
}

function ImportResults(props: ImportResultsProps) {
  const headingId = useId();
  const groups = groupOutcomes(props.outcomes);
  // The outcome whose password is being asked for, by its place in the import.
  const [askingFor, setAskingFor] = useState<number | null>(null);
  const askedOutcome = askingFor === null ? undefined : props.outcomes[askingFor];
  const passwordAction = (outcome: ImportOutcome) =>
    needsPassword(outcome.error) ? (
      <button
        type="button"
        className="button-quiet"
        // Starts with the visible words, so speech control users can say what they see.
        aria-label={`Enter password… for ${outcome.file}`}
        onClick={() => setAskingFor(props.outcomes.indexOf(outcome))}
      >
        Enter password…
      </button>
    ) : null;
  return (
    <section className="panel import-panel" aria-labelledby={headingId}>
      <div className="panel-header">
        <h2 id={headingId}>Import finished</h2>
        <button type="button" className="button-quiet" onClick={props.onDismiss}>
          Close
        </button>
      </div>
      <p className="import-summary">{props.summary}</p>
      <OutcomeGroup
        title="Could not be imported"
        tone="error"
        outcomes={groups.failed}
        detailOf={(outcome) => outcome.error ?? 'no reason was given.'}
        actionOf={passwordAction}
      />
      <OutcomeGroup
        title="Imported, with a warning"
        tone="warning"
        outcomes={groups.warned}
        detailOf={(outcome) => outcome.warning}
      />
      <OutcomeGroup
        title="Imported"
        tone="success"
        outcomes={groups.imported}
        foldable
        detailOf={(outcome) =>
          outcome.replaced && `a new version of a paper already in your library; ${describeNewVersion(outcome.replaced)}`
        }
      />
      <OutcomeGroup title="Already in your library" tone="neutral" outcomes={groups.duplicates} foldable />
      {askingFor !== null && askedOutcome && (
        <PasswordDialog
          fileName={askedOutcome.file}
          retry={(password) => props.onRetryWithPassword(askingFor, password)}
          onClose={() => setAskingFor(null)}
        />
      )}
    </section>
  );
}

interface OutcomeGroupProps {
  title: string;
  tone: 'error' | 'warning' | 'success' | 'neutral';
  outcomes: ImportOutcome[];
  foldable?: boolean;
  /** The explanation shown after the file name, if any. */
  detailOf?: (outcome: ImportOutcome) => string | undefined;
  /** Something the person can do about the file, shown after the explanation. */
  actionOf?: (outcome: ImportOutcome) => ReactNode;
}

function OutcomeGroup({ title, tone, outcomes, foldable = false, detailOf, actionOf }: OutcomeGroupProps) {
  if (outcomes.length === 0) return null;
  const heading = `${title} (${outcomes.length.toLocaleString('en-GB')})`;
  const list = (
    <ul className="outcome-list">
      {outcomes.map((outcome, index) => {
        const detail = detailOf?.(outcome);
        return (
          <li key={`${index}:${outcome.file}`}>
            <span className="outcome-file">{outcome.file}</span>
            {detail ? <span className="outcome-detail">: {detail}</span> : null}
            {actionOf?.(outcome)}
          </li>
        );
      })}
    </ul>
  );
  return (
    <div className={`outcome-group outcome-${tone}`}>
      {foldable && outcomes.length > FOLD_ABOVE ? (
        <details>
          <summary>{heading}</summary>
          {list}
        </details>
      ) : (
        <>
          <h3>{heading}</h3>
          {list}
        </>
      )}
    </div>
  );
}
