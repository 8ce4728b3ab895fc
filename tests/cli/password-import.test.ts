/** `briefing import --password`: encrypted PDFs open with the password given; without it, or with a wrong one, they fail and say why. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../helpers/temp-dir.ts';
import { makePdf } from '../main/import/fixtures.ts';
import { briefing } from './run-briefing.ts';

interface Outcome {
  file: string;
  status: string;
  error?: string;
}

describe('briefing import --password', () => {
  const tempDir = useTempDir();

  async function papers(): Promise<string> {
    const dir = path.join(tempDir(), 'papers');
    fs.mkdirSync(dir);
    const encrypted = { userPassword: 'Part2-2026', pdfVersion: '1.7' } as const;
    fs.writeFileSync(path.join(dir, 'a-exempt.pdf'), await makePdf((doc) => doc.text('Exempt appendix: contract prices'), encrypted));
    fs.writeFileSync(path.join(dir, 'b-open.pdf'), await makePdf((doc) => doc.text('Public report on library opening hours')));
    return dir;
  }

  const run = (db: string, dir: string, ...extra: string[]) => {
    const { code, stdout } = briefing(['import', '--db', db, '--json', ...extra, dir]);
    return { code, outcomes: JSON.parse(stdout) as Outcome[] };
  };

  it('refuses an encrypted PDF without a password, and with a wrong one says the password is not right', async () => {
    const dir = await papers();
    const db = path.join(tempDir(), 'lib.sqlite');
    const none = run(db, dir);
    expect(none.code).toBe(1);
    expect(none.outcomes.map((o) => [path.basename(o.file), o.status, o.error])).toEqual([
      ['a-exempt.pdf', 'failed', 'the PDF is password-protected'],
      ['b-open.pdf', 'imported', undefined],
    ]);
    const wrong = run(db, dir, '--password', 'guess');
    expect(wrong.code).toBe(1);
    expect(wrong.outcomes[0]?.error).toBe('the PDF is password-protected and the password is not right');
    const list = JSON.parse(briefing(['list', '--db', db, '--json']).stdout) as unknown[];
    expect(list).toHaveLength(1);
  });

  it('opens every encrypted PDF in the batch with the password and leaves other files alone', async () => {
    const dir = await papers();
    const db = path.join(tempDir(), 'lib.sqlite');
    const { code, outcomes } = run(db, dir, '--password', 'Part2-2026');
    expect(code).toBe(0);
    expect(outcomes.map((o) => o.status)).toEqual(['imported', 'imported']);
    const found = briefing(['search', '--db', db, '--json', 'contract prices']);
    // The encrypted paper's text was really read, not just its file stored.
    expect(JSON.parse(found.stdout) as unknown[]).toHaveLength(1);
  });
});
