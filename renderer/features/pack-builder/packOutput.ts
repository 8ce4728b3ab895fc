/** Hands a built pack to the user: open it in a new tab (to read or print) or save it under a name. */
import type { PackSelection } from '../../../shared/meetings.ts';
import { call } from '../../lib/api.ts';

async function packBlobUrl(meetingId: number, edition: number, selection: PackSelection): Promise<{ url: string; fileName: string }> {
  const { data, fileName } = await call('packs:export', { meetingId, edition, selection });
  const url = URL.createObjectURL(new Blob([data as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }));
  // Long enough for the new tab or the download to have read it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return { url, fileName };
}

export async function openPack(meetingId: number, edition: number, selection: PackSelection): Promise<void> {
  const { url } = await packBlobUrl(meetingId, edition, selection);
  window.open(url, '_blank', 'noopener');
}

export async function savePack(meetingId: number, edition: number, selection: PackSelection): Promise<void> {
  const { url, fileName } = await packBlobUrl(meetingId, edition, selection);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
}
