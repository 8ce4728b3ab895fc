/**
 * The reader end to end, in headless Chromium against the real `briefing serve`: a real council PDF shown
 * as its pages, text selected and highlighted, a note and a question added, everything still there after
 * a reload, and the highlight following its sentence into a new version of the document.
 */
import fs from 'node:fs';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import Database from 'better-sqlite3';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TextAnchor } from '../../shared/annotations.ts';
import { makePdf } from '../helpers/make-pdf.ts';
import { e2eUnavailable, openBrowser, REPO_ROOT, startServe, type BrowserSession, type ServeProcess } from './harness.ts';

const CORPUS_PDF = path.resolve(REPO_ROOT, '..', 'shared', 'corpus', 'docs', '011-gloucester-cabinet-local-council-tax-support-scheme-2026-27.pdf');
const TITLE = 'Local Council Tax Support Scheme 2026/27';
const unavailable = e2eUnavailable() ?? (fs.existsSync(CORPUS_PDF) ? null : `the corpus PDF is not at ${CORPUS_PDF}`);
if (unavailable) console.warn(`Skipping reader end-to-end tests: ${unavailable}`);

async function expectNoSeriousAxeViolations(page: Page, context: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${context}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
}

/** Selects the text of one text-layer item on the first page, as a drag with the mouse would. */
async function selectLine(page: Page): Promise<string> {
  return page.evaluate(() => {
    const spans = Array.from(document.querySelectorAll<HTMLElement>('.pdf-page[data-page-index="0"] .textLayer span'));
    const span = spans.find((s) => (s.textContent ?? '').trim().split(/\s+/).length >= 6);
    if (!span?.firstChild) throw new Error('no line of text on page 1');
    const range = document.createRange();
    range.selectNodeContents(span);
    const selection = document.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    return (span.textContent ?? '').trim();
  });
}

async function waitSaved(page: Page) {
  await page.getByText('All changes saved').waitFor();
}

describe.skipIf(unavailable !== null)('reader in browser mode', () => {
  let serve: ServeProcess;
  let session: BrowserSession;
  let page: Page;
  let quote = '';

  beforeAll(async () => {
    serve = await startServe();
    session = await openBrowser(serve.origin);
    page = session.page;
    await page.goto(serve.url);
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import files…' }).first().click();
    await (await chooser).setFiles([CORPUS_PDF]);
    await page.getByRole('heading', { name: 'Import finished' }).waitFor();
  });

  afterAll(async () => {
    await session?.browser.close();
    await serve?.stop();
  });

  it('shows the original pages with a selectable text layer, sections and page list', async () => {
    await page.getByText(TITLE).first().click();
    await page.getByRole('heading', { level: 2, name: TITLE }).waitFor();
    await page.locator('.pdf-page[data-page-index="0"] .textLayer span').first().waitFor();
    expect(await page.locator('.pdf-page').count()).toBeGreaterThan(1);
    // Only pages near the view are drawn.
    expect(await page.locator('.pdf-page canvas').count()).toBeLessThan(await page.locator('.pdf-page').count());
    await page.getByRole('navigation', { name: 'Sections and pages' }).getByRole('button', { name: 'Page 2' }).waitFor();
    await session.screenshot('reader-01-pdf-pages');

    // To the text and back: the original, already open, is not fetched again.
    const originals: string[] = [];
    const count = (request: { url(): string }) => request.url().includes('reader:original') && originals.push(request.url());
    page.on('request', count);
    await page.getByRole('button', { name: 'Text only' }).click();
    await page.getByRole('button', { name: 'Original pages' }).click();
    await page.locator('.pdf-page[data-page-index="0"] .textLayer span').first().waitFor();
    page.off('request', count);
    expect(originals).toEqual([]);
  });

  it('highlights a selection, adds a note and a question', async () => {
    quote = await selectLine(page);
    await page.getByRole('group', { name: 'Selected text' }).waitFor();
    await page.getByRole('button', { name: 'Highlight green' }).click();
    await page.locator('.pdf-highlight.colour-green').first().waitFor();
    const card = page.locator('.annotation-card').first();
    await card.getByLabel('Note').fill('Ask how many households this affects.');
    await card.getByLabel('Question to ask at the meeting').check();
    await card.getByLabel('Tags, separated by commas').fill('council tax, support');
    await waitSaved(page);
    await session.screenshot('reader-02-highlight-and-note');
  });

  it('has a keyboard path: a note on the page, and find then highlight the match', async () => {
    await page.getByRole('button', { name: /^Note on page/ }).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.tagName === 'TEXTAREA');
    await page.keyboard.type('Whole page: check the figures.');
    await page.keyboard.press('Control+f');
    await page.getByLabel('Find in document', { exact: true }).fill('scheme');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Highlight this match' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => (document.activeElement as HTMLTextAreaElement | null)?.value === '');
    await page.keyboard.type('Found with find.');
    await waitSaved(page);
    expect(await page.locator('.annotation-card').count()).toBe(3);
    await session.screenshot('reader-03-keyboard-notes');
    await expectNoSeriousAxeViolations(page, 'reader');
  });

  it('undoes and redoes a delete', async () => {
    // The note just made from find is the selected one.
    await page.locator('.annotation-card.is-selected').getByRole('button', { name: 'Delete' }).click();
    expect(await page.locator('.annotation-card').count()).toBe(2);
    await page.getByRole('button', { name: 'Undo' }).click();
    expect(await page.locator('.annotation-card').count()).toBe(3);
    await page.getByRole('button', { name: 'Redo' }).click();
    expect(await page.locator('.annotation-card').count()).toBe(2);
    await waitSaved(page);
  });

  it('shows everything again after a reload, where the reader left off', async () => {
    await page.locator('.pdf-scroller').evaluate((el) => el.scrollTo({ top: el.scrollHeight / 3 }));
    await page.waitForTimeout(1200);
    await page.reload();
    await page.getByText(TITLE).first().click();
    await page.locator('.annotation-card').first().waitFor();
    const cards = page.locator('.annotation-card');
    expect(await cards.count()).toBe(2);
    expect(await page.locator('textarea').evaluateAll((els) => els.map((e) => (e as HTMLTextAreaElement).value))).toEqual(
      expect.arrayContaining(['Ask how many households this affects.', 'Whole page: check the figures.']),
    );
    expect(await page.getByText('Question', { exact: true }).count()).toBeGreaterThanOrEqual(1);
    await expect.poll(() => page.locator('.pdf-scroller').evaluate((el) => el.scrollTop)).toBeGreaterThan(200);
    // The first page was far from the restored place, so it is drawn (with its highlight) only once shown.
    await page.getByRole('navigation', { name: 'Sections and pages' }).getByRole('button', { name: 'Page 1', exact: true }).click();
    await page.locator('.pdf-highlight.colour-green').first().waitFor({ state: 'attached' });
  });

  it('moves the highlight into a new version where the sentence is on another page', async () => {
    // The sentence is on page 2 twice: a bare copy at the top, and lower down the copy with the words that
    // stood around it before, which is where the highlight belongs.
    const library = new Database(serve.dbPath, { readonly: true });
    const anchors = (library.prepare("SELECT anchor_json FROM annotations WHERE target = 'text'").pluck().all() as string[]).map(
      (json) => JSON.parse(json) as TextAnchor,
    );
    library.close();
    const { prefix, suffix } = anchors.find((anchor) => anchor.quote.exact === quote.replace(/\s+/g, ' '))!.quote;
    const filler = Array.from({ length: 24 }, (_, i) => `Filler line ${i + 1} of the revised report.`).join('\n');
    const edited = path.join(path.dirname(serve.dbPath), 'council-tax-support-v2.pdf');
    fs.writeFileSync(
      edited,
      await makePdf({
        title: `${TITLE} (revised)`,
        pages: ['This revised report has a new opening page.', `${quote}\n${filler}\n${prefix}${quote}${suffix}`],
      }),
    );
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Replace with new version…' }).click();
    await (await chooser).setFiles([edited]);
    await page.getByText(/The new version is in place\. 1 highlight moved/).waitFor();
    const card = page.locator('.annotation-card').filter({ has: page.locator('blockquote') }).first();
    await card.getByRole('button', { name: 'Page 2' }).waitFor();
    const highlight = page.locator('.pdf-page[data-page-index="1"] .pdf-highlight.colour-green').first();
    await highlight.waitFor({ state: 'attached' });
    const bareCopy = page.locator('.pdf-page[data-page-index="1"] .textLayer span', { hasText: quote.slice(0, 20) }).first();
    const [bareBox, highlightBox] = await Promise.all([bareCopy.boundingBox(), highlight.boundingBox()]);
    // Below the filler lines, not over the bare copy at the top.
    expect(highlightBox!.y).toBeGreaterThan(bareBox!.y + bareBox!.height * 10);
    await card.getByRole('button', { name: 'Page 2' }).click();
    await page.waitForTimeout(500);
    await session.screenshot('reader-04-reanchored');
  });

  it('lists notes and questions across the library, filterable', async () => {
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await page.getByRole('link', { name: 'Notes and questions' }).click();
    await page.getByRole('heading', { name: 'Notes and questions' }).waitFor();
    await page.getByText('Ask how many households this affects.').waitFor();
    await page.getByLabel('Questions only').check();
    await expect.poll(() => page.locator('.notes-item').count()).toBe(1);
    await page.getByLabel('Questions only').uncheck();
    await page.getByLabel('Tag').selectOption('support');
    await expect.poll(() => page.locator('.notes-item').count()).toBe(1);
    await session.screenshot('reader-05-notes-view');
    await expectNoSeriousAxeViolations(page, 'notes view');
  });

  it('made no foreign request and no console error', () => {
    expect(session.foreignRequests).toEqual([]);
    expect(session.problems).toEqual([]);
  });
});
