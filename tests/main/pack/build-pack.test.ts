import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFRef } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { buildPack } from '../../../main/pack/build-pack.ts';
import type { PageDecorator, PackPartSource } from '../../../main/pack/extensions.ts';
import { useTempDir } from '../../helpers/temp-dir.ts';
import {
  UNICODE_SAMPLE,
  makeOriginal,
  packDocument,
  packItem,
  packSpec,
  pageCount,
  pageText,
  qpdfCheck,
  qpdfJson,
} from './pack-fixtures.ts';

async function sampleSpec() {
  const budget = packDocument(1, 'Budget report 2026/27', await makeOriginal('Budget', ['A4', 'A4', 'A4']), {
    recommendations: [
      { text: 'That Cabinet agrees the budget.', pageIndex: 1, status: 'agreed-with-amendments', decision: 'Agreed, fees held at 2025 levels.', decisionDate: '2026-03-11' },
      { text: `That the gap of ${UNICODE_SAMPLE} is noted.`, pageIndex: 2, status: null, decision: null, decisionDate: null },
    ],
  });
  const plans = packDocument(2, 'Site plans', await makeOriginal('Plans', [[842, 595], [612, 792]]));
  const article = packDocument(3, 'Council faces £2m gap', null);
  return packSpec([
    packItem('10', '4', 'Budget 2026/27', [budget, article], `# Summary\nThe **gap** is ${UNICODE_SAMPLE}.\n\n- Ask about reserves\n- Ask about fees`),
    packItem('11', '5', 'Planning: Skipton House', [plans]),
  ]);
}

describe('buildPack', () => {
  const tempDir = useTempDir('briefing-pack-');

  it('writes a pack that qpdf accepts, with one stamped number on every page but the cover', async () => {
    const file = path.join(tempDir(), 'pack.pdf');
    const built = await buildPack(await sampleSpec(), file);
    expect(qpdfCheck(file)).toContain('No syntax or stream encoding errors');
    // cover, contents, agenda, note, 3 budget pages, article, 2 plans pages, recommendations
    expect(pageCount(file)).toBe(11);
    expect(built.pages.map((p) => p.label)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11']);
    expect(pageText(file, 1)).not.toMatch(/Page \d/);
    for (let n = 2; n <= 11; n++) {
      const text = pageText(file, n);
      expect(text).toMatch(new RegExp(`Page ${n}\\b`));
      expect(text.match(/Page \d+/g)).toHaveLength(1);
    }
    expect(fs.readdirSync(path.dirname(file))).toEqual(['pack.pdf']);
  });

  it('keeps the original pages and their text, headed by their agenda item, on A4 in either orientation', async () => {
    const file = path.join(tempDir(), 'pack.pdf');
    await buildPack(await sampleSpec(), file);
    expect(pageText(file, 5)).toContain('Budget page 1');
    expect(pageText(file, 7)).toContain('Budget page 3');
    expect(pageText(file, 5)).toContain('Item 4: Budget 2026/27');
    expect(pageText(file, 9)).toContain('Plans page 1');
    const pdf = await PDFDocument.load(fs.readFileSync(file));
    const sizes = pdf.getPages().map((p) => p.getSize());
    expect(sizes[4]).toEqual({ width: 595.28, height: 841.89 });
    expect(sizes[8]).toEqual({ width: 841.89, height: 595.28 });
    expect(sizes[9]).toEqual({ width: 595.28, height: 841.89 });
  });

  it('turns a page whose rotation and crop box are set for the whole file only once', async () => {
    const original = await PDFDocument.load(await makeOriginal('Turned', ['A4']));
    // Set on the page tree rather than the page, as some producers do; the page inherits both.
    original.catalog.Pages().set(PDFName.of('Rotate'), PDFNumber.of(90));
    original.catalog.Pages().set(PDFName.of('CropBox'), original.context.obj([0, 0, 595.28, 841.89]));
    const turned = packDocument(1, 'Turned plan', await original.save());
    const file = path.join(tempDir(), 'pack.pdf');
    await buildPack(packSpec([packItem('10', '1', 'Plans', [turned])]), file);
    const index = Array.from({ length: pageCount(file) }, (_, i) => i).find((i) => pageText(file, i + 1).includes('Turned page 1')) ?? -1;
    const page = (await PDFDocument.load(fs.readFileSync(file))).getPage(index);
    // Shown on its side in the original, so a landscape pack page, not turned again by an inherited /Rotate.
    expect(page.getRotation().angle).toBe(0);
    expect(page.getSize()).toEqual({ width: 841.89, height: 595.28 });
    expect(page.getCropBox()).toMatchObject({ width: 841.89, height: 595.28 });
  });

  it('keeps every character of the notes, articles and table (£ – “ ” ☒ ☐ ■ ✓ and accents)', async () => {
    const file = path.join(tempDir(), 'pack.pdf');
    await buildPack(await sampleSpec(), file);
    const all = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(pageText(file, 4).replace(/\s+/g, ' ')).toContain(`The gap is ${UNICODE_SAMPLE}.`);
    expect(pageText(file, 8)).toContain('Council faces £2m gap');
    expect(all).toContain('☒ ☐ ■ ✓');
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' });
    for (const line of fonts.split('\n').filter((l) => l.includes('DejaVu'))) expect(line).toMatch(/yes\s+yes\s+yes/);
  });

  it('points the contents, its links and the bookmarks at the pages they name', async () => {
    const file = path.join(tempDir(), 'pack.pdf');
    await buildPack(await sampleSpec(), file);
    const contents = pageText(file, 2);
    expect(contents).toMatch(/Item 4: Budget 2026\/27\s+4–8/);
    expect(contents).toMatch(/Budget report 2026\/27\s+5–7/);
    expect(contents).toMatch(/Site plans\s+9–10/);
    expect(contents).toMatch(/Recommendations\s+11/);

    const json = qpdfJson(file);
    const flat = json.outlines.flatMap((o) => [o, ...o.kids]);
    const at = (title: string) => flat.find((o) => o.title === title)?.destpageposfrom1;
    expect(at('Cover')).toBe(1);
    expect(at('Item 4: Budget 2026/27')).toBe(4);
    expect(at('Budget report 2026/27')).toBe(5);
    expect(at('Background: Council faces £2m gap')).toBe(8);
    expect(at('Item 5: Planning: Skipton House')).toBe(9);
    expect(json.outlines.find((o) => o.title === 'Item 4: Budget 2026/27')?.kids.map((k) => k.title)).toEqual([
      'Briefing note',
      'Budget report 2026/27',
      'Background: Council faces £2m gap',
    ]);

    const pdf = await PDFDocument.load(fs.readFileSync(file));
    const refs = pdf.getPages().map((p) => p.ref);
    const annots = pdf.getPage(1).node.Annots()!;
    const targets = annots.asArray().map((ref) => {
      const dest = pdf.context.lookup(ref, PDFDict).lookup(PDFName.of('Dest'), PDFArray);
      return refs.indexOf(dest.get(0) as PDFRef) + 1;
    });
    expect(targets).toEqual([3, 4, 4, 5, 8, 9, 9, 11]);
    // The recommendations table gives the pack page of the page each recommendation is on.
    expect(pageText(file, 11)).toMatch(/That Cabinet agrees the budget\.\s+Agreed with\s+6/);
    // What the register records: status, then the decision and its date under it.
    expect(pageText(file, 11).replace(/\s+/g, ' ')).toMatch(/amendments Agreed, fees held at .*Decided 11 March 2026/);
  });

  it('tags the generated pages and names the document and its language', async () => {
    const file = path.join(tempDir(), 'pack.pdf');
    await buildPack(await sampleSpec(), file);
    const pdf = await PDFDocument.load(fs.readFileSync(file));
    expect(pdf.getTitle()).toBe('Overview and Scrutiny Committee: Budget scrutiny, 11 March 2026');
    expect(String(pdf.catalog.get(PDFName.of('Lang')))).toContain('en-GB');
    expect(pdf.catalog.lookup(PDFName.of('MarkInfo'), PDFDict).get(PDFName.of('Marked'))?.toString()).toBe('true');
    const info = execFileSync('pdfinfo', ['-struct', file], { encoding: 'utf8' });
    for (const tag of ['H1', 'H2', 'P', 'L', 'LI', 'Table', 'TR', 'TH', 'TD', 'TOC']) expect(info).toContain(tag);
  });

  it('refuses an encrypted original with its name, leaving no file behind', async () => {
    const dir = tempDir();
    const plain = path.join(dir, 'plain.pdf');
    const locked = path.join(dir, 'locked.pdf');
    fs.writeFileSync(plain, await makeOriginal('Locked', ['A4']));
    execFileSync('qpdf', ['--encrypt', 'user', 'owner', '256', '--', plain, locked]);
    const spec = packSpec([packItem('1', '1', 'Item', [packDocument(9, 'Locked report', new Uint8Array(fs.readFileSync(locked)))])]);
    const out = path.join(dir, 'out', 'pack.pdf');
    await expect(buildPack(spec, out)).rejects.toThrow(/Locked report.*encrypted/);
    expect(fs.existsSync(path.dirname(out)) ? fs.readdirSync(path.dirname(out)) : []).toEqual([]);
  });

  it('takes extra parts and page decorators from the extension points', async () => {
    const file = path.join(tempDir(), 'pack.pdf');
    const questions: PackPartSource = {
      id: 'questions',
      title: 'Questions to ask',
      prepare: ({ documents }) => ({
        blocks: (pageLabel) => [
          { type: 'list', ordered: true, items: [[{ text: `Why ${documents.length} papers? See page ${pageLabel(documents[0]!.partKey, 2)}.`, bold: false, italic: false }]] },
        ],
      }),
    };
    const seen: string[] = [];
    const highlights: PageDecorator = { id: 'highlights', decorate: (_page, source) => seen.push(`${source.documentId}:${source.pageIndex}`) };
    const spec = await sampleSpec();
    spec.options.extraParts = ['questions', 'highlights'];
    const built = await buildPack(spec, file, { extensions: { partSources: [questions], pageDecorators: [highlights] } });
    expect(built.pages.at(-1)!.part.title).toBe('Questions to ask');
    expect(pageText(file, 12)).toContain('Why 3 papers? See page 7.');
    expect(seen).toEqual(['1:0', '1:1', '1:2', '2:0', '2:1']);
  });
});
