/**
 * Briefing packs end to end: a library with two papers, then in the real interface a new meeting, two
 * agenda items with papers, a reorder by keyboard, a build with progress and the annotation parts, and
 * the pack and its annotated pages downloaded and checked with qpdf and pdftotext.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveAnnotation } from '../../main/db/annotations.ts';
import { openDatabase } from '../../main/db/connection.ts';
import { listDocuments } from '../../main/db/documents.ts';
import { makePdf } from '../helpers/make-pdf.ts';
import { e2eUnavailable, openBrowser, REPO_ROOT, startServe, type BrowserSession, type ServeProcess } from './harness.ts';

const unavailable = e2eUnavailable();
if (unavailable) console.warn(`Skipping end-to-end tests: ${unavailable}`);

describe.skipIf(unavailable !== null)('briefing packs in browser mode', () => {
  let serve: ServeProcess;
  let session: BrowserSession;
  let page: Page;
  let dir: string;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(REPO_ROOT, 'test-results', 'packs-e2e-'));
    const dbPath = path.join(dir, 'library.sqlite');
    fs.writeFileSync(path.join(dir, 'budget.pdf'), await makePdf({ title: 'Budget Report 2026/27', pages: ['Budget text one.', 'Budget text two.'] }));
    fs.writeFileSync(path.join(dir, 'housing.pdf'), await makePdf({ title: 'Housing Allocations Policy', pages: ['Housing text one.'] }));
    const imported = spawnSync(process.execPath, [path.join(REPO_ROOT, 'bin', 'briefing.js'), 'import', '--db', dbPath, dir], { encoding: 'utf8' });
    expect(imported.status, imported.stderr).toBe(0);
    // A member's question on the budget report's second page, saved as the reader saves it.
    const db = openDatabase(dbPath);
    const budget = listDocuments(db).find((d) => d.title === 'Budget Report 2026/27')!;
    const quote = 'Budget text two.';
    saveAnnotation(db, {
      id: 'e2e-question',
      documentId: budget.id,
      target: { type: 'text', anchor: { quote: { exact: quote, prefix: '', suffix: '' }, start: 0, end: quote.length, pageIndex: 1, rects: [] } },
      colour: 'yellow',
      note: 'Where is the reserves forecast?',
      isQuestion: true,
      tags: [],
      orphaned: false,
    });
    db.close();
    serve = await startServe(dbPath);
    session = await openBrowser(serve.origin);
    page = session.page;
  });

  afterAll(async () => {
    await session?.browser.close();
    await serve?.stop();
  });

  it('creates a meeting, builds its pack and downloads it', async () => {
    await page.goto(serve.url);
    await page.getByRole('button', { name: 'Meetings' }).or(page.getByRole('link', { name: 'Meetings' })).first().click();
    await page.getByRole('heading', { name: 'Meetings' }).waitFor();
    const form = page.getByRole('form', { name: 'New meeting' });
    await form.getByLabel('Organisation').fill('Gloucester City Council');
    await form.getByLabel('Committee').fill('Overview and Scrutiny Committee');
    await form.getByLabel('Meeting title').fill('Budget scrutiny');
    await form.getByLabel('Date and time').fill('2026-03-11T18:00');
    await form.getByLabel('Venue').fill('Civic Suite');
    await session.screenshot('packs-01-new-meeting');
    await form.getByRole('button', { name: 'Add meeting' }).click();
    await page.getByRole('heading', { name: 'Overview and Scrutiny Committee: Budget scrutiny' }).waitFor();

    const itemForm = page.getByRole('form', { name: 'New agenda item' });
    for (const [number, title] of [['5', 'Housing allocations'], ['4', 'Budget 2026/27']]) {
      await itemForm.getByLabel('No.').fill(number!);
      await itemForm.getByLabel('Item title').fill(title!);
      await itemForm.getByLabel('Briefing note').fill('# Points to raise\n- The gap is £2.1m – “agreed”?');
      await itemForm.getByRole('button', { name: 'Add item' }).click();
      await page.getByRole('listitem', { name: `Item ${number} ${title}` }).waitFor();
    }
    // Keyboard reordering: the budget item goes first.
    await page.getByRole('button', { name: 'Move item Budget 2026/27 up' }).click();
    await expect.poll(() => page.locator('.agenda-item strong').first().textContent()).toContain('Budget 2026/27');

    await page.getByLabel('Document to add to Budget 2026/27').selectOption({ label: 'Budget Report 2026/27' });
    await page.getByRole('listitem', { name: 'Item 4 Budget 2026/27' }).getByRole('button', { name: 'Add to item' }).click();
    await page.getByRole('checkbox', { name: 'Budget Report 2026/27' }).waitFor();
    await page.getByLabel('Document to add to Housing allocations').selectOption({ label: 'Housing Allocations Policy' });
    await page.getByRole('listitem', { name: 'Item 5 Housing allocations' }).getByRole('button', { name: 'Add to item' }).click();
    await page.getByRole('checkbox', { name: 'Housing Allocations Policy' }).waitFor();

    await expect.poll(() => page.getByRole('checkbox', { name: 'Questions to ask' }).isChecked()).toBe(true);
    await page.getByRole('checkbox', { name: 'Annotation digest' }).check();
    await page.getByRole('button', { name: 'Preview contents' }).click();
    const preview = page.getByRole('region', { name: 'Contents preview' });
    await preview.getByText('Item 4: Budget 2026/27').waitFor();
    await session.screenshot('packs-02-builder-preview');
    // A different choice of parts makes the preview out of date, so it goes until asked for again.
    await page.getByRole('checkbox', { name: 'Annotation digest' }).uncheck();
    await preview.waitFor({ state: 'detached' });
    await page.getByRole('checkbox', { name: 'Annotation digest' }).check();

    await page.getByRole('button', { name: 'Build pack' }).click();
    await page.getByText(/Edition 1 is ready: \d+ pages/).waitFor();
    await session.screenshot('packs-03-built');

    const downloadPromise = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Save as…' }).click();
    const download = await downloadPromise;
    const file = path.join(dir, download.suggestedFilename());
    await download.saveAs(file);
    expect(path.basename(file)).toBe('overview-and-scrutiny-committee-2026-03-11-pack-edition-1.pdf');
    expect(execFileSync('qpdf', ['--check', file], { encoding: 'utf8' })).toContain('No syntax or stream encoding errors');
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    // cover, contents, agenda, note, 2 budget pages, note, 1 housing page, questions, digest
    expect(Number(execFileSync('qpdf', ['--show-npages', file], { encoding: 'utf8' }).trim())).toBe(10);
    expect(text).toContain('Budget text two.');
    expect(text).toContain('Page 8');
    expect(text).toContain('The gap is £2.1m – “agreed”?');
    expect(text.replace(/\s+/g, ' ')).toMatch(/Questions to ask .*Page 6: “Budget text two\.” Where is the reserves forecast\?/);
    expect(text).toContain('Annotation digest');

    const annotatedDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Save annotated pages' }).click();
    const annotated = path.join(dir, (await annotatedDownload).suggestedFilename());
    await (await annotatedDownload).saveAs(annotated);
    expect(path.basename(annotated)).toBe('overview-and-scrutiny-committee-2026-03-11-pack-edition-1-annotated-pages.pdf');
    expect(execFileSync('pdftotext', ['-layout', annotated, '-'], { encoding: 'utf8' })).toMatch(/Budget text two\.[\s\S]*Page 6\b/);
    expect(Number(execFileSync('qpdf', ['--show-npages', annotated], { encoding: 'utf8' }).trim())).toBe(1);
    expect(session.problems).toEqual([]);
    expect(session.foreignRequests).toEqual([]);
  });
});
