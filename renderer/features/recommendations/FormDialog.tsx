import { useEffect, useId, useRef, type FormEvent, type ReactNode } from 'react';

interface FormDialogProps {
  title: string;
  children: ReactNode;
  submitLabel: string;
  busy?: boolean;
  /** Main's refusal, shown inside the dialog so the person can correct the form without losing it. */
  error?: string | null;
  onSubmit: () => void;
  onCancel: () => void;
}

/**
 * A modal form: mount it to open it. The native <dialog> keeps focus inside; focus starts on the first
 * field and returns to where it was when the dialog closes. Escape cancels.
 */
export function FormDialog({ title, children, submitLabel, busy = false, error, onSubmit, onCancel }: FormDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    const previouslyFocused = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.showModal();
    dialog.querySelector<HTMLElement>('input, textarea, select')?.focus();
    return () => {
      if (dialog.open) dialog.close();
      previouslyFocused?.focus();
    };
  }, []);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!busy) onSubmit();
  }

  return (
    <dialog
      ref={dialogRef}
      className="dialog register-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        if (!busy) onCancel();
      }}
    >
      <form onSubmit={submit}>
        <h2 id={titleId}>{title}</h2>
        {children}
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={onCancel} disabled={busy}>
            Cancel
          </button>
          <button type="submit" className="button-primary" disabled={busy}>
            {submitLabel}
          </button>
        </div>
      </form>
    </dialog>
  );
}
