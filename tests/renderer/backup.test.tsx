import { render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { BackupControls } from '../../renderer/features/backup/BackupControls.tsx';
import { installFakeBackend } from './fakeBackend.ts';

describe('backup controls', () => {
  it('asks main to leave exempt papers out of a copy made to share, and says so', async () => {
    const backend = installFakeBackend({
      'backup:create': () => ({ fileName: 'briefing-desk-backup.sqlite', data: new Uint8Array([1, 2, 3]) }),
    });
    // The download itself is the browser's business; jsdom has no object URLs.
    URL.createObjectURL = vi.fn(() => 'blob:backup');
    URL.revokeObjectURL = vi.fn();
    const onMessage = vi.fn();
    render(<BackupControls showButtons onMessage={onMessage} onRestored={() => {}} />);

    await userEvent.click(screen.getByText('Backup and restore'));
    await userEvent.click(screen.getByRole('button', { name: 'Save a copy to share (without exempt papers)' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save library backup' }));

    expect(backend.callsTo('backup:create')).toEqual([{ withoutExempt: true }, { withoutExempt: false }]);
    expect(onMessage.mock.calls[0]?.[0]).toContain('without exempt (Part 2) papers');
    expect(onMessage.mock.calls[1]?.[0]).toContain('Keep it somewhere other than this computer');
  });
});
