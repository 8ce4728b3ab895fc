import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../main/db/connection.ts';
import { setUserName } from '../../main/db/settings.ts';
import { updateRecommendation } from '../../main/recommendations/register-changes.ts';
import { listRegister } from '../../main/recommendations/register-repository.ts';
import { makePdf } from '../helpers/make-pdf.ts';
import { useTempDir } from '../helpers/temp-dir.ts';
import { briefing } from './run-briefing.ts';

describe('briefing recommendations', () => {
  const tempDir = useTempDir();

  async function libraryWithReport() {
    const pdf = path.join(tempDir(), 'report.pdf');
    fs.writeFileSync(
      pdf,
      await makePdf({
        title: 'Review of Library Opening Hours',
        pages: [
          'Meeting: Overview and Scrutiny Committee\nDate: 4 February 2026\n\nRecommendations\n\n1. That Cabinet keeps every library open on Saturdays.\n2. That the £1.2m gap is met from reserves.\n\nBackground\n\nThe review began in 2025.',
        ],
      }),
    );
    const db = path.join(tempDir(), 'lib.sqlite');
    expect(briefing(['import', '--db', db, pdf]).code).toBe(0);
    return db;
  }

  it('lists the recommendations imported reports hold, filtered by status and committee', async () => {
    const db = await libraryWithReport();
    const all = briefing(['recommendations', '--db', db, '--json']);
    expect(all.code).toBe(0);
    const entries = JSON.parse(all.stdout) as { id: number; text: string; status: string; committee: string }[];
    expect(entries.map((e) => [e.text, e.status])).toEqual([
      ['That Cabinet keeps every library open on Saturdays.', 'proposed'],
      ['That the £1.2m gap is met from reserves.', 'proposed'],
    ]);

    const library = openDatabase(db);
    setUserName(library, 'Sam Clerk');
    updateRecommendation(library, listRegister(library)[1]!.id, { status: 'agreed-with-amendments', owner: 'Head of Finance' });
    library.close();

    const agreed = briefing(['recommendations', '--db', db, '--status', 'Agreed with amendments', '--committee', entries[0]!.committee]);
    expect(agreed.stdout).toContain('[Agreed with amendments] That the £1.2m gap is met from reserves.');
    expect(agreed.stdout).toContain('owner Head of Finance');
    expect(agreed.stdout).toContain('1 recommendation\n');
    expect(briefing(['recommendations', '--db', db, '--status', 'withdrawn']).stdout).toContain('No recommendations match');
  });

  it('exports CSV to standard output and a checked PDF to a file', async () => {
    const db = await libraryWithReport();
    const csv = briefing(['recommendations', '--db', db, '--csv']);
    expect(csv.stdout.split('\r\n')[1]).toContain('That Cabinet keeps every library open on Saturdays.');
    const pdf = path.join(tempDir(), 'register.pdf');
    const written = briefing(['recommendations', '--db', db, '--pdf', pdf]);
    expect(written.code).toBe(0);
    execFileSync('qpdf', ['--check', pdf]);
    expect(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' })).toContain('£1.2m');
  });

  it('refuses an unknown status or two output formats with usage help', async () => {
    const db = await libraryWithReport();
    const wrong = briefing(['recommendations', '--db', db, '--status', 'maybe']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('unknown status "maybe"');
    expect(briefing(['recommendations', '--db', db, '--csv', '--json']).stderr).toContain('choose one of');
  });
});
