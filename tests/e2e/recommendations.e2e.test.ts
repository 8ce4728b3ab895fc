/**
 * The recommendations register end to end: the real `briefing serve`, the real renderer in headless
 * Chromium. Import a report with a "Recommendations" section, find its recommendations in the register,
 * record a decision (giving a name on the first change), see it survive a reload, export it as CSV, and
 * open the report at the recommendation's page.
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
if (!fs.existsSync(CORPUS_PDF)) console.warn(`Register end-to-end test runs on a generated report only: ${CORPUS_PDF} is absent`);

async function expectNoSeriousAxeViolations(page: Page, context: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${context}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
}

describe.skipIf(unavailable !== null)('recommendations register in browser mode', () => {
  let serve: ServeProcess;
  let session: BrowserSession;
  let page: Page;
  let report: string;

  beforeAll(async () => {
    serve = await startServe();
    report = path.join(path.dirname(serve.dbPath), 'opening-hours.pdf');
    fs.writeFileSync(
      report,
      await makePdf({
        title: 'Review of Library Opening Hours',
        pages: [
          'Meeting: Overview and Scrutiny Committee\nDate: 4 February 2026\n\nThe review looked at visits to every branch.',
          'Recommendations\n\n1. That Cabinet keeps every library open on Saturdays.\n2. That the £1.2m gap is met from reserves.\n\nBackground\n\nThe review began in 2025.',
        ],
      }),
    );
    session = await openBrowser(serve.origin);
    page = session.page;
  });

  afterAll(async () => {
    await session?.browser.close();
    await serve?.stop();
  });

  async function openRegister() {
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Recommendations' }).click();
    await page.getByRole('heading', { name: 'Recommendations', level: 2 }).waitFor();
  }

  it('shows a clear empty register before anything is imported', async () => {
    await page.goto(serve.url);
    await openRegister();
    await page.getByRole('heading', { name: 'No recommendations yet' }).waitFor();
    await expectNoSeriousAxeViolations(page, 'empty register');
  });

  it('lists the recommendations of imported reports', async () => {
    const files = [report];
    if (fs.existsSync(CORPUS_PDF)) files.push(CORPUS_PDF);
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import files…' }).first().click();
    await (await chooser).setFiles(files);
    await page.getByRole('heading', { name: 'Import finished' }).waitFor();
    await openRegister();
    await page.getByRole('button', { name: 'That Cabinet keeps every library open on Saturdays.' }).waitFor();
    await page.getByRole('button', { name: 'That the £1.2m gap is met from reserves.' }).waitFor();
    if (fs.existsSync(CORPUS_PDF)) {
      await page.getByRole('button', { name: 'Local Council Tax Support Scheme 2026/27' }).first().waitFor();
    }
    await session.screenshot('register-01-list');
    await expectNoSeriousAxeViolations(page, 'register');
  });

  it('records a decision, asking for a name first, and keeps it after a reload', async () => {
    await page.getByRole('button', { name: 'That Cabinet keeps every library open on Saturdays.' }).click();
    const editor = page.getByRole('region', { name: /Recommendation 1 of “Review of Library Opening Hours”/ });
    await editor.getByLabel('Status').selectOption('agreed-with-amendments');
    await editor.getByLabel('Decision', { exact: true }).fill('Agreed for the summer; winter hours to be reviewed – “core” branches first.');
    await editor.getByLabel('Owner').fill('Head of Libraries');
    await editor.getByLabel('Due date').fill('2026-01-31');
    await editor.getByRole('button', { name: 'Save changes' }).click();

    const dialog = page.getByRole('dialog', { name: 'Your name' });
    await dialog.waitFor();
    await session.screenshot('register-02-name-dialog');
    await expectNoSeriousAxeViolations(page, 'name dialog');
    await dialog.getByLabel('Name').fill('Sam Clerk');
    await dialog.getByRole('button', { name: 'Save name' }).click();

    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    await editor.getByText('Sam Clerk').first().waitFor();
    await page.getByRole('button', { name: /^Undo: Changed the status/ }).or(page.getByRole('button', { name: /^Undo: Changed the/ })).waitFor();
    await session.screenshot('register-03-edited');
    await expectNoSeriousAxeViolations(page, 'register editor');

    await page.reload();
    await openRegister();
    const row = page.locator('tr', { has: page.getByRole('button', { name: 'That Cabinet keeps every library open on Saturdays.' }) });
    await row.getByText('Agreed with amendments').waitFor();
    await row.getByText('Overdue').waitFor();
    expect(await row.getByText('Head of Libraries').count()).toBe(1);
  });

  it('filters by status and exports the filtered view as CSV', async () => {
    await page.getByRole('button', { name: /^Agreed with amendments 1$/ }).click();
    await page.getByText('Showing 1 of').waitFor();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export CSV' }).click();
    const file = await (await download).path();
    const csv = fs.readFileSync(file, 'utf8');
    const lines = csv.trim().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('That Cabinet keeps every library open on Saturdays.');
    expect(lines[1]).toContain('Agreed with amendments');
    expect(lines[1]).toContain('“core” branches first');
    await page.getByRole('button', { name: /^Agreed with amendments 1$/ }).click();
  });

  it('opens the report at the recommendation’s page', async () => {
    await page.getByRole('button', { name: 'That the £1.2m gap is met from reserves.' }).click();
    const editor = page.getByRole('region', { name: /Recommendation 2 of/ });
    await editor.getByRole('button', { name: 'Open in the report' }).click();
    await page.getByRole('heading', { name: 'Review of Library Opening Hours', level: 2 }).waitFor();
    await session.screenshot('register-04-opened-report');
    // The reader finds the recommendation's opening words as one phrase, on its page.
    await page.getByText(/1 of 1, page 2/).waitFor();
    expect(session.problems).toEqual([]);
    expect(session.foreignRequests).toEqual([]);
  });
});
