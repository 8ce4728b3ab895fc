import { useState } from 'react';
import { EXEMPT_MARKING } from '../../../shared/exempt.ts';
import { call } from '../../lib/api.ts';
import { userMessage } from '../../lib/errors.ts';

interface ExemptControlProps {
  documentId: number;
  exempt: boolean;
  /** After the paper is marked or unmarked: the reader keeps the marking, and lists showing it are refreshed. */
  onChanged: (exempt: boolean) => void;
}

/**
 * The exempt (Part 2) marking under a paper's title, and the switch that sets it. Members must see at a
 * glance that a paper is confidential; packs then stamp its pages and note exports leave it out.
 */
export function ExemptControl({ documentId, exempt, onChanged }: ExemptControlProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');

  async function toggle() {
    setBusy(true);
    setError(null);
    try {
      const result = await call('library:setExempt', { id: documentId, exempt: !exempt });
      setAnnouncement(result.exempt ? 'Marked exempt: not for publication.' : 'No longer marked exempt.');
      onChanged(result.exempt);
    } catch (failure) {
      setError(`The marking could not be changed: ${userMessage(failure)}`);
    }
    setBusy(false);
  }

  return (
    <div className="exempt-control">
      {exempt && (
        <p className="exempt-marker">
          <strong>{EXEMPT_MARKING}</strong> Part 2 paper: taken in private. Packs mark every page of it, and note exports
          leave it out unless asked.
        </p>
      )}
      <button type="button" className="button-quiet" aria-pressed={exempt} disabled={busy} onClick={() => void toggle()}>
        Exempt (Part 2)
      </button>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
