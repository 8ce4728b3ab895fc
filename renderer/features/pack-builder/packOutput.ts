/** Hands a built pack to the user: open it in a new tab (to read or print) or save it under a name. */
import type { PackSelection } from '../../../shared/meetings.ts';
import { call } from '../../lib/api.ts';
import { downloadFile } from '../../lib/downloadFile.ts';

export async function openPack(meetingId: number, edition: number, selection: PackSelection): Promise<void> {
  const { data } = await call('packs:export', { meetingId, edition, selection });
  const url = URL.createObjectURL(new Blob([data as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }));
  window.open(url, '_blank', 'noopener');
  // Long enough for the new tab to have read it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export async function savePack(meetingId: number, edition: number, selection: PackSelection): Promise<void> {
  const { data, fileName } = await call('packs:export', { meetingId, edition, selection });
  downloadFile(fileName, data as Uint8Array<ArrayBuffer>, 'application/pdf');
}
