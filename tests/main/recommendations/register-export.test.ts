import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../main/db/connection.ts';
import { insertDocument } from '../../../main/db/documents.ts';
import { setUserName } from '../../../main/db/settings.ts';
import { csvField } from '../../../main/csv-field.ts';
import { registerCsv } from '../../../main/recommendations/register-csv.ts';
import { describeView, exportRegister } from '../../../main/recommendations/register-export.ts';
import { drawRegisterTable, registerTableRows } from '../../../main/recommendations/register-pdf-table.ts';
import { updateRecommendation } from '../../../main/recommendations/register-changes.ts';
import { listRegister } from '../../../main/recommendations/register-repository.ts';
import { newDocument } from '../../helpers/documents.ts';
import { useTempDir } from '../../helpers/temp-dir.ts';

const TODAY = '2026-03-12';

function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

/** An A4 PDF written to `file` with whatever `draw` puts in it. */
function drawnPdf(file: string, draw: (doc: PDFKit.PDFDocument) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', margin: 50 });
    const out = fs.createWriteStream(file);
    doc.pipe(out);
    out.on('finish', () => resolve(file));
    out.on('error', reject);
    draw(doc);
    doc.end();
  });
}

describe('register exports', () => {
  const tempDir = useTempDir();
  let db: Db;

  beforeEach(() => {
    db = openDatabase(':memory:');
    setUserName(db, 'Sam Clerk');
    insertDocument(
      db,
      newDocument({
        title: 'Local Council Tax Support Scheme 2026–27',
        recommendations: [
          { text: 'That Cabinet approves the “banded” scheme costing £1.2m.', pageIndex: 0 },
          { text: '=HYPERLINK("http://example.invalid") is not a formula here', pageIndex: 1 },
        ],
      }),
    );
  });
  afterEach(() => db.close());

  it('writes CSV with a byte-order mark, quoted fields and formulas defused', async () => {
    const [first] = listRegister(db);
    updateRecommendation(db, first!.id, { status: 'agreed', owner: 'Head of Revenues, Benefits', dueDate: '2026-01-31' });
    const file = await exportRegister(db, 'csv', {}, TODAY);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(file.data);
    expect(text.startsWith('\uFEFFReport,Report date,Committee')).toBe(true);
    expect(text).toContain('That Cabinet approves the “banded” scheme costing £1.2m.,Agreed');
    expect(text).toContain('"Head of Revenues, Benefits",2026-01-31,Yes');
    expect(text).toContain(`"'=HYPERLINK(""http://example.invalid"") is not a formula here"`);
    expect(text.split('\r\n')).toHaveLength(4);
    expect(file).toMatchObject({ fileName: 'recommendations-register-2026-03-12.csv', mimeType: 'text/csv' });
    expect(csvField('line one\nline two')).toBe('"line one\nline two"');
    expect(csvField(-3)).toBe('-3');
  });

  it('exports only the rows of the view it is given, in its order', async () => {
    const [first] = listRegister(db);
    updateRecommendation(db, first!.id, { status: 'agreed' });
    const csv = new TextDecoder().decode((await exportRegister(db, 'csv', { filter: { statuses: ['agreed'] } }, TODAY)).data);
    expect(csv.trim().split('\r\n')).toHaveLength(2);
    expect(describeView({ query: 'scheme', filter: { statuses: ['agreed'], overdueOnly: true } }, 1)).toBe(
      '1 recommendation · Search: “scheme” · Status: Agreed · Overdue only',
    );
    expect(registerCsv([], TODAY).split('\r\n')[0]).toContain('Response / progress');
  });

  it('writes a valid A4 landscape PDF whose text keeps £ – “ ” and repeats its header on every page', async () => {
    const report = listRegister(db)[0]!.documentId;
    // Enough rows, one of them far longer than a page, to run over several pages.
    const long = Array.from({ length: 400 }, (_, i) => `progress-note-${i}`).join(' ');
    for (let i = 0; i < 30; i++) {
      insertDocument(db, newDocument({ title: `Report ${i}`, recommendations: [{ text: `Row ${i} costs £${i}00 – “quoted”.`, pageIndex: 0 }] }));
    }
    updateRecommendation(db, listRegister(db).find((e) => e.documentId === report)!.id, { response: long });
    const file = path.join(tempDir(), 'register.pdf');
    fs.writeFileSync(file, (await exportRegister(db, 'pdf', {}, TODAY)).data);

    execFileSync('qpdf', ['--check', file]);
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+841\.89 x 595\.28/);
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    expect(pages).toBeGreaterThan(2);

    const text = pdfText(file);
    // The title wraps inside its narrow column; its dash must survive.
    expect(text).toContain('2026–27');
    expect(text).toContain('£1.2m');
    expect(text).toContain('“banded”');
    for (let i = 0; i < 30; i++) expect(text).toContain(`Row ${i} costs £${i}00 – “quoted”.`);
    // Every word of the over-long note survives the page breaks.
    for (let i = 0; i < 400; i += 37) expect(text).toContain(`progress-note-${i}`);
    const perPage = text.split('\f').filter((page) => page.trim());
    expect(perPage).toHaveLength(pages);
    perPage.forEach((page, i) => {
      expect(page).toContain('Recommendation');
      expect(page).toContain(`Page ${i + 1} of ${pages}`);
    });
  });

  it('draws the table into a document someone else owns, such as a briefing pack', async () => {
    const rows = registerTableRows(listRegister(db), TODAY);
    expect(rows[0]).toEqual([
      'Local Council Tax Support Scheme 2026–27\n2026-03-11\nCabinet',
      '1\np. 1',
      'That Cabinet approves the “banded” scheme costing £1.2m.',
      'Proposed',
      '',
      '',
      '',
      '',
    ]);
    const file = await drawnPdf(path.join(tempDir(), 'pack.pdf'), (doc) => {
      doc.text('Agenda item 4: recommendations');
      drawRegisterTable(doc, rows);
    });
    execFileSync('qpdf', ['--check', file]);
    const text = pdfText(file);
    expect(text).toContain('Agenda item 4');
    expect(text).toContain('£1.2m');
  });

  it('draws a table too narrow for one character a column, a character a line, rather than hanging', async () => {
    const file = await drawnPdf(path.join(tempDir(), 'narrow.pdf'), (doc) =>
      drawRegisterTable(doc, [['Report', '12', 'Text', 'Agreed', '', '', '', '']], { width: 150 }),
    );
    expect(execFileSync('qpdf', ['--check', file], { encoding: 'utf8' })).toContain('No syntax or stream encoding errors');
  });

  it('says so in the PDF when the view has no rows', async () => {
    const file = path.join(tempDir(), 'empty.pdf');
    fs.writeFileSync(file, (await exportRegister(db, 'pdf', { query: 'nothing-matches-this' }, TODAY)).data);
    expect(pdfText(file)).toContain('No recommendations match this view');
  });
});
