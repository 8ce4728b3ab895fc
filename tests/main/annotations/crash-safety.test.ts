/**
 * A note whose save call has returned survives the app being killed outright (kill -9) a moment later:
 * the real `briefing serve` process is killed and the library is opened again from the file.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listAnnotations } from '../../../main/db/annotations.ts';
import { openDatabase } from '../../../main/db/connection.ts';
import { insertDocument } from '../../../main/db/documents.ts';
import { HTTP_API_PREFIX, HTTP_TOKEN_HEADER } from '../../../shared/ipc/bridge.ts';
import { encodeWire } from '../../../shared/ipc/wire.ts';
import { REPO_ROOT } from '../../cli/run-briefing.ts';
import { newDocument } from '../../helpers/documents.ts';
import { useTempDir } from '../../helpers/temp-dir.ts';
import { annotation } from './fixtures.ts';

describe('crash safety', () => {
  const tempDir = useTempDir();

  it('keeps every note whose save returned when the server is killed with SIGKILL', async () => {
    const dbPath = path.join(tempDir(), 'library.sqlite');
    const setup = openDatabase(dbPath);
    const documentId = insertDocument(setup, newDocument({ title: 'Budget report' }));
    setup.close();

    const child = spawn(process.execPath, [path.join(REPO_ROOT, 'bin', 'briefing.js'), 'serve', '--db', dbPath], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.once('exit', (_code, signal) => resolve(signal)));
    const address = await new Promise<URL>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const match = /(http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/.exec(out);
        if (match?.[1]) resolve(new URL(match[1]));
      });
      child.once('exit', () => reject(new Error(`serve exited early: ${out}`)));
    });
    const token = address.searchParams.get('token') ?? '';

    const notes = Array.from({ length: 20 }, (_, i) => annotation(documentId, { note: `note ${i}`, isQuestion: i % 2 === 0 }));
    for (const note of notes) {
      const response = await fetch(`${address.origin}${HTTP_API_PREFIX}annotations:save`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [HTTP_TOKEN_HEADER]: token },
        body: encodeWire(note),
      });
      expect(((await response.json()) as { ok: boolean }).ok).toBe(true);
    }
    // Killed the instant the last save answered: no shutdown, no checkpoint, nothing flushed by us.
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');

    const db = openDatabase(dbPath);
    expect(listAnnotations(db, { documentId }).map((a) => a.note).sort()).toEqual(notes.map((n) => n.note).sort());
    db.close();
  });
});
