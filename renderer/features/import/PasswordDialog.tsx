import { useId, useState } from 'react';
import type { ImportOutcome } from '../../../shared/domain.ts';
import { needsPassword } from '../../../shared/import-refusals.ts';
import { userMessage } from '../../lib/errors.ts';
import { FormDialog } from '../recommendations/FormDialog.tsx';

interface PasswordDialogProps {
  fileName: string;
  /** Imports the file again with this password; resolves with its new outcome. */
  retry: (password: string) => Promise<ImportOutcome>;
  onClose: () => void;
}

/**
 * Asks for the password of one encrypted PDF and retries just that file. A wrong password keeps the
 * dialog open, saying so, so the person can try again without finding the button a second time.
 */
export function PasswordDialog({ fileName, retry, onClose }: PasswordDialogProps) {
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const inputId = useId();
  const hintId = useId();

  async function submit() {
    if (password === '') {
      setError('Type the password first.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const outcome = await retry(password);
      if (!needsPassword(outcome.error)) return onClose();
      setError('That password is not right. Check it with whoever sent the paper and try again.');
      setPassword('');
    } catch (failure) {
      setError(userMessage(failure));
    }
    setBusy(false);
  }

  return (
    <FormDialog
      title="Open a password-protected PDF"
      submitLabel="Import"
      busy={busy}
      error={error}
      onSubmit={() => void submit()}
      onCancel={onClose}
    >
      <p id={hintId}>
        <strong>{fileName}</strong> is locked with a password. The password is used only to read it now and is not kept.
      </p>
      <label htmlFor={inputId}>Password</label>
      <input
        id={inputId}
        type="password"
        autoComplete="off"
        aria-describedby={hintId}
        value={password}
        onChange={(event) => setPassword(event.target.value)}
      />
    </FormDialog>
  );
}
