import { forwardRef, useImperativeHandle, useState } from 'react';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { call } from '../../lib/api.ts';
import { userMessage } from '../../lib/errors.ts';
import { downloadFile } from '../../lib/downloadFile.ts';

export interface BackupControlsHandle {
  /** withoutExempt: a copy to share, with exempt (Part 2) papers left out. */
  backup(options?: { withoutExempt?: boolean }): void;
  restore(): void;
}

interface BackupControlsProps {
  /** Shows the buttons; in the desktop app the File menu carries these commands instead. */
  showButtons: boolean;
  onMessage: (message: string, isError: boolean) => void;
  /** The library was replaced: everything shown must be read again. */
  onRestored: () => void;
}

/** Backup downloads the whole library as one file; restore uploads one after asking, keeping a copy of the current library. */
export const BackupControls = forwardRef<BackupControlsHandle, BackupControlsProps>(function BackupControls(props, ref) {
  const [chosen, setChosen] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);

  async function backup(withoutExempt = false) {
    setBusy(true);
    try {
      const { fileName, data } = await call('backup:create', { withoutExempt });
      downloadFile(fileName, data as Uint8Array<ArrayBuffer>, 'application/vnd.sqlite3');
      props.onMessage(
        withoutExempt
          ? `A copy without exempt (Part 2) papers was saved as ${fileName}.`
          : `Backup saved as ${fileName}. Keep it somewhere other than this computer.`,
        false,
      );
    } catch (error) {
      props.onMessage(userMessage(error), true);
    } finally {
      setBusy(false);
    }
  }

  async function restore(file: File) {
    setBusy(true);
    try {
      const { previousCopy } = await call('backup:restore', { data: new Uint8Array(await file.arrayBuffer()) });
      props.onMessage(`The library was restored from ${file.name}. The library it replaced is kept at ${previousCopy}.`, false);
      props.onRestored();
    } catch (error) {
      props.onMessage(userMessage(error), true);
    } finally {
      setBusy(false);
      setChosen(null);
    }
  }

  /** A picker made on demand, so the page carries no file input of its own besides the import pickers. */
  function chooseBackup() {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.sqlite,.db,application/vnd.sqlite3';
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      if (file) setChosen(file);
    });
    input.click();
  }

  useImperativeHandle(ref, () => ({ backup: (options) => void backup(options?.withoutExempt), restore: chooseBackup }));

  return (
    <>
      {props.showButtons && (
        // Kept behind one disclosure: backups are occasional, and the header belongs to importing and searching.
        <details className="backup-menu">
          <summary>Backup and restore</summary>
          <div className="backup-menu-panel">
            <button type="button" onClick={() => void backup()} disabled={busy}>
              Save library backup
            </button>
            <button type="button" onClick={() => void backup(true)} disabled={busy}>
              Save a copy to share (without exempt papers)
            </button>
            <button type="button" onClick={chooseBackup} disabled={busy}>
              Restore library backup…
            </button>
          </div>
        </details>
      )}
      {chosen && (
        <ConfirmDialog
          title="Restore the library from this backup?"
          confirmLabel="Restore"
          busy={busy}
          onConfirm={() => void restore(chosen)}
          onCancel={() => setChosen(null)}
        >
          <p>
            Everything in your library will be replaced by the contents of “{chosen.name}”. A copy of the current library is
            kept first, so nothing is lost.
          </p>
        </ConfirmDialog>
      )}
    </>
  );
});
