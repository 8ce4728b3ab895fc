/**
 * The walking skeleton end to end: the real `briefing serve`, the real renderer in headless Chromium,
 * a fresh library. Import through the file picker and by drag and drop, see the documents listed,
 * search, open a result, and check accessibility and that nothing left the machine.
 */
import fs from 'node:fs';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePdf } from '../helpers/make-pdf.ts';
import { e2eUnavailable, openBrowser, REPO_ROOT, startServe, type BrowserSession, type ServeProcess } from './harness.ts';

const CORPUS_PDF = path.resolve(REPO_ROOT, '..', 'shared', 'corpus', 'docs', '011-gloucester-cabinet-local-council-tax-support-scheme-2026-27.pdf');
const unavailable = e2eUnavailable();
if (unavailable) console.warn(`Skipping end-to-end tests: ${unavailable}`);

async function expectNoSeriousAxeViolations(page: Page, context: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${context}: ${v.id} (${v.nodes.length})`)).toEqual([]);
}

describe.skipIf(unavailable !== null)('library in browser mode', () => {
  let serve: ServeProcess;
  let session: BrowserSession;
  let page: Page;
  let fixtures: string;

  beforeAll(async () => {
    serve = await startServe();
    fixtures = path.join(path.dirname(serve.dbPath), 'fixtures');
    fs.mkdirSync(fixtures);
    fs.writeFileSync(
      path.join(fixtures, 'libraries-review.pdf'),
      await makePdf({
        title: 'Review of Library Opening Hours',
        pages: ['Meeting: Overview and Scrutiny Committee\nDate: 4 February 2026', 'The spending gap for libraries is £1.2m in 2026/27.'],
      }),
    );
    // Binary junk under a Word name: content decides, and this is no document at all.
    fs.writeFileSync(path.join(fixtures, 'minutes.docx'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
    session = await openBrowser(serve.origin);
    page = session.page;
  });

  afterAll(async () => {
    await session?.browser.close();
    await serve?.stop();
  });

  it('shows a clear empty state on first start', async () => {
    await page.goto(serve.url);
    await page.getByRole('heading', { name: 'Your library is empty' }).waitFor();
    // The token leaves the address bar once read, so it is not shared by copying the address.
    expect(page.url()).not.toContain('token=');
    await session.screenshot('01-empty-library');
    await expectNoSeriousAxeViolations(page, 'empty library');
  });

  it('imports through the file picker with per-file outcomes, failures named', async () => {
    const files = [path.join(fixtures, 'libraries-review.pdf'), path.join(fixtures, 'minutes.docx')];
    if (fs.existsSync(CORPUS_PDF)) files.push(CORPUS_PDF);
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import files…' }).first().click();
    await (await chooser).setFiles(files);

    await page.getByRole('heading', { name: 'Import finished' }).waitFor();
    const failures = page.locator('.outcome-error');
    expect(await failures.textContent()).toMatch(/minutes\.docx: .*not a document/);
    // Screen readers hear the failure at once, not only those who look at the panel.
    expect(await page.getByRole('alert').filter({ hasText: 'minutes.docx' }).count()).toBe(1);
    await page.getByText('Review of Library Opening Hours').first().waitFor();
    if (fs.existsSync(CORPUS_PDF)) await page.getByText('Local Council Tax Support Scheme 2026/27').first().waitFor();
    await session.screenshot('02-after-import');
  });

  it('imports by dropping a file on the window', async () => {
    await page.evaluate(() => {
      const file = new File(['# Council tax explained\n\nCouncil tax pays for about a quarter of services.\n'], 'council-tax.md', {
        type: 'text/markdown',
      });
      const data = new DataTransfer();
      data.items.add(file);
      for (const type of ['dragenter', 'dragover', 'drop']) {
        document.body.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: data }));
      }
    });
    await page.getByRole('cell', { name: 'Council tax explained' }).or(page.getByText('Council tax explained').first()).first().waitFor();
  });

  it('lists the library with metadata and filters it', async () => {
    const table = page.getByRole('table');
    await expect.poll(async () => (await table.getByRole('row').count()) - 1).toBeGreaterThanOrEqual(2);
    await page.getByLabel('Filter by title, committee, organisation or author').fill('opening hours');
    await expect.poll(async () => (await table.getByRole('row').count()) - 1).toBe(1);
    expect(await table.textContent()).toContain('Overview and Scrutiny Committee');
    await session.screenshot('03-filtered-library');
    await page.getByLabel('Filter by title, committee, organisation or author').fill('');
    await expectNoSeriousAxeViolations(page, 'library');
  });

  it('searches with highlighted snippets and opens the result at its page', async () => {
    await page.getByLabel('Search all papers').fill('spending gap');
    const result = page.getByRole('link', { name: /Review of Library Opening Hours/ }).or(
      page.getByRole('button', { name: /Review of Library Opening Hours/ }),
    );
    await result.first().waitFor();
    const marks = await page.locator('mark').allTextContents();
    expect(marks.map((m) => m.toLowerCase())).toEqual(expect.arrayContaining(['spending', 'gap']));
    await session.screenshot('04-search-results');
    await expectNoSeriousAxeViolations(page, 'search results');

    await result.first().click();
    await page.getByRole('heading', { name: 'Review of Library Opening Hours' }).waitFor();
    await page.getByRole('region', { name: 'Page 2', exact: true }).locator('.textLayer span').first().waitFor();
    expect(await page.locator('article').textContent()).toContain('£1.2m');
    await session.screenshot('05-document');
    await expectNoSeriousAxeViolations(page, 'document');
  });

  it('opens a real council report with its sections and recommendations', async (context) => {
    if (!fs.existsSync(CORPUS_PDF)) return context.skip('the corpus is not beside the repository');
    // The first Escape closes find (opened with the searched word), the second goes back.
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.getByLabel('Search all papers').fill('');
    await page.getByText('Local Council Tax Support Scheme 2026/27').first().click();
    await page.getByRole('heading', { name: 'Local Council Tax Support Scheme 2026/27' }).waitFor();
    const text = (await page.locator('article').textContent()) ?? '';
    expect(text).toContain('Purpose of Report');
    expect(text).toContain('be adopted for 2026/27');
    await session.screenshot('06-corpus-report');
  });

  it('survives a reload with everything still there, and made no foreign request or console error', async () => {
    await page.reload();
    await page.getByText('Review of Library Opening Hours').first().waitFor();
    expect(session.foreignRequests).toEqual([]);
    expect(session.problems).toEqual([]);
  });
});
