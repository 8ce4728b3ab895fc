/** An encrypted PDF refused for want of a password can be retried, alone, with one typed into a dialog. */
import { render, screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import type { DocumentSummary, ImportOutcome } from '../../shared/domain.ts';
import { PDF_PASSWORD_NOT_RIGHT, PDF_PASSWORD_PROTECTED } from '../../shared/import-refusals.ts';
import type { ArgsOf } from '../../shared/ipc/contract.ts';
import { App } from '../../renderer/App.tsx';
import { installFakeBackend, summary } from './fakeBackend.ts';

const PASSWORD = 'Part2-2026';

function pdf(name: string, body: string): File {
  return new File([body], name, { type: 'application/pdf' });
}

/** Answers as main would: the locked file opens only with its password; the open one goes straight in. */
function answer({ files }: ArgsOf<'library:import'>, library: DocumentSummary[]): ImportOutcome[] {
  return files.map((file) => {
    if (file.name === 'open.pdf') return { file: file.name, status: 'imported', documentId: 2 };
    if (file.password === undefined) return { file: file.name, status: 'failed', error: PDF_PASSWORD_PROTECTED };
    if (file.password !== PASSWORD) return { file: file.name, status: 'failed', error: PDF_PASSWORD_NOT_RIGHT };
    library.push(summary({ id: 3, title: 'Exempt appendix' }));
    return { file: file.name, status: 'imported', documentId: 3 };
  });
}

describe('importing a password-protected PDF', () => {
  it('offers "Enter password…" for the locked file only, says when the password is wrong, and retries just that file', async () => {
    const library: DocumentSummary[] = [];
    const backend = installFakeBackend({
      'library:list': () => [...library],
      'library:import': (args) => answer(args, library),
    });
    render(<App />);
    await screen.findByRole('region', { name: 'Your library is empty' });

    await userEvent.upload(document.querySelector<HTMLInputElement>('input[type="file"][accept]')!, [
      pdf('locked.pdf', '%PDF-1.7 locked'),
      pdf('open.pdf', '%PDF-1.7 open'),
    ]);
    const results = await screen.findByRole('region', { name: 'Import finished' });
    const failures = within(results).getByRole('heading', { name: 'Could not be imported (1)' }).parentElement!;
    expect(failures.textContent).toContain(`locked.pdf: ${PDF_PASSWORD_PROTECTED}`);
    expect(within(results).getAllByRole('button', { name: /Enter password/ })).toHaveLength(1);

    await userEvent.click(within(failures).getByRole('button', { name: 'Enter password… for locked.pdf' }));
    const dialog = screen.getByRole('dialog', { name: 'Open a password-protected PDF' });
    const field = within(dialog).getByLabelText('Password');
    expect(document.activeElement).toBe(field);

    await userEvent.type(field, 'guess');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Import' }));
    expect(await within(dialog).findByRole('alert')).toHaveProperty(
      'textContent',
      'That password is not right. Check it with whoever sent the paper and try again.',
    );
    expect(failures.textContent).toContain(`locked.pdf: ${PDF_PASSWORD_NOT_RIGHT}`);

    await userEvent.type(within(dialog).getByLabelText('Password'), PASSWORD);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Import' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    const calls = backend.callsTo('library:import') as ArgsOf<'library:import'>[];
    expect(calls).toHaveLength(3);
    // Each retry sends the one locked file, its bytes read again from the file picked earlier.
    for (const retry of calls.slice(1)) {
      expect(retry.files.map((file) => file.name)).toEqual(['locked.pdf']);
      expect(new TextDecoder().decode(retry.files[0]?.data)).toBe('%PDF-1.7 locked');
    }
    expect(calls.map((call) => call.files[0]?.password)).toEqual([undefined, 'guess', PASSWORD]);
    expect(within(results).queryByRole('heading', { name: /Could not be imported/ })).toBeNull();
    expect(within(results).getByRole('heading', { name: 'Imported (2)' })).toBeTruthy();
    await screen.findByRole('row', { name: /Exempt appendix/ });
  });

  it('keeps the file failed with its reason when the dialog is cancelled', async () => {
    installFakeBackend({ 'library:list': () => [], 'library:import': (args) => answer(args, []) });
    render(<App />);
    await screen.findByRole('region', { name: 'Your library is empty' });
    await userEvent.upload(document.querySelector<HTMLInputElement>('input[type="file"][accept]')!, [pdf('locked.pdf', '%PDF')]);
    const results = await screen.findByRole('region', { name: 'Import finished' });

    await userEvent.click(within(results).getByRole('button', { name: 'Enter password… for locked.pdf' }));
    await userEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(results.textContent).toContain(`locked.pdf: ${PDF_PASSWORD_PROTECTED}`);
  });
});
