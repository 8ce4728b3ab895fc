/** `briefing annotations export` leaves notes on exempt (Part 2) papers out unless --include-exempt is given. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { saveAnnotation } from '../../main/db/annotations.ts';
import { openDatabase } from '../../main/db/connection.ts';
import { insertDocument, setDocumentExempt } from '../../main/db/documents.ts';
import { newDocument } from '../helpers/documents.ts';
import { useTempDir } from '../helpers/temp-dir.ts';
import { annotation } from '../main/annotations/fixtures.ts';
import { briefing } from './run-briefing.ts';

describe('briefing annotations export and exempt papers', () => {
  const tempDir = useTempDir();

  function makeLibrary(file: string): number {
    const db = openDatabase(file);
    const open = insertDocument(db, newDocument({ title: 'Library opening hours', pages: ['Hours.'] }));
    const exempt = insertDocument(db, newDocument({ title: 'Contract award appendix', pages: ['Prices.'] }));
    saveAnnotation(db, annotation(open, { note: 'Ask about Sunday opening' }));
    saveAnnotation(db, annotation(exempt, { note: 'Bidder B is £40k cheaper' }));
    setDocumentExempt(db, exempt, true);
    db.close();
    return exempt;
  }

  it('exports public notes only, unless asked to include exempt papers', () => {
    const lib = path.join(tempDir(), 'lib.sqlite');
    const exempt = makeLibrary(lib);
    const plain = briefing(['annotations', 'export', '--db', lib]);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toContain('Ask about Sunday opening');
    expect(plain.stdout).not.toContain('Bidder B');

    const all = briefing(['annotations', 'export', '--db', lib, '--format', 'csv', '--include-exempt']);
    expect(all.code).toBe(0);
    expect(all.stdout).toContain('Bidder B is £40k cheaper');

    const one = briefing(['annotations', 'export', '--db', lib, '--document', String(exempt)]);
    expect(one.code).toBe(1);
    expect(one.stderr).toContain(`Document ${exempt} is exempt (Part 2, not for publication)`);
    const asked = briefing(['annotations', 'export', '--db', lib, '--document', String(exempt), '--include-exempt']);
    expect(asked.stdout).toContain('Bidder B is £40k cheaper');
  });
});
