import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../main/db/connection.ts';
import { insertDocument, setDocumentExempt } from '../../main/db/documents.ts';
import { newDocument } from '../helpers/documents.ts';
import { useTempDir } from '../helpers/temp-dir.ts';
import { briefing } from './run-briefing.ts';

describe('briefing backup --without-exempt', () => {
  const tempDir = useTempDir();

  it('leaves exempt papers out of a shared copy, leaving no trace of their text or file', () => {
    const db = path.join(tempDir(), 'library.sqlite');
    const library = openDatabase(db);
    insertDocument(library, newDocument({ title: 'Public budget report', pages: ['Libraries stay open.'] }));
    const secret = insertDocument(
      library,
      newDocument({ title: 'Exempt land disposal', pages: ['Confidential bid of zanzibarquux pounds.'] }),
    );
    setDocumentExempt(library, secret, true);
    library.close();

    const shared = path.join(tempDir(), 'shared.sqlite');
    const result = briefing(['backup', '--db', db, '--without-exempt', shared]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('without its exempt (Part 2) papers');

    const copy = new Database(shared, { readonly: true });
    expect(copy.prepare('SELECT title FROM documents').pluck().all()).toEqual(['Public budget report']);
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    copy.close();
    // Not in free pages, not in the search index, not in the stored original: nowhere in the file.
    expect(fs.readFileSync(shared).includes('zanzibarquux')).toBe(false);

    const full = path.join(tempDir(), 'full.sqlite');
    expect(briefing(['backup', '--db', db, full]).code).toBe(0);
    expect(fs.readFileSync(full).includes('zanzibarquux')).toBe(true);
  });
});
