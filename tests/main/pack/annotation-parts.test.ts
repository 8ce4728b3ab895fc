import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listAnnotations } from '../../../main/db/annotations.ts';
import { insertDocument } from '../../../main/db/documents.ts';
import { attachDocument } from '../../../main/db/meetings.ts';
import { buildMeetingPack, exportEdition } from '../../../main/pack/meeting-pack.ts';
import { DEFAULT_PACK_OPTIONS, type PackOptions } from '../../../shared/meetings.ts';
import { newDocument } from '../../helpers/documents.ts';
import { useTempDir } from '../../helpers/temp-dir.ts';
import { annotate, annotatedLibrary, lineBox, passage, toPdfRect, yellowBox } from './annotated-library.ts';
import { makeOriginal, pageCount, pageText, qpdfCheck } from './pack-fixtures.ts';

const withParts = (...extraParts: string[]): PackOptions => ({ ...DEFAULT_PACK_OPTIONS, extraParts });
const flat = (text: string) => text.replace(/\s+/g, ' ');

describe('annotation parts of a pack', () => {
  const tempDir = useTempDir('briefing-annotation-parts-');

  it('lists the questions by agenda item and document with the pack page of each, and changes no annotation', async () => {
    const { db, libraryPath, meetingId, budget, housing } = await annotatedLibrary(tempDir());
    // Saved out of pack order: the part follows the agenda, not the order members wrote in.
    annotate(db, housing.id, passage('Housing page 2', 1), { isQuestion: true, note: 'Who pays for the repairs?', tags: ['housing'] });
    annotate(db, budget.id, passage('Budget page 3', 2), { isQuestion: true, note: 'Why do reserves fall?', tags: ['finance', 'reserves'] });
    annotate(db, budget.id, { type: 'page', pageIndex: 0 }, { isQuestion: true, note: 'Is this table audited?' });
    annotate(db, budget.id, passage('Budget page 2', 1), { note: 'Only a highlight, not a question.' });
    const before = JSON.stringify(listAnnotations(db));

    const edition = await buildMeetingPack(db, libraryPath, meetingId, withParts('questions'));
    expect(qpdfCheck(edition.filePath)).toContain('No syntax or stream encoding errors');
    // cover, contents, agenda, budget 4–6, housing 7–8, questions 9
    expect(edition.pageCount).toBe(9);
    const questions = flat(pageText(edition.filePath, 9));
    expect(questions).toContain('Questions to ask');
    expect(questions).toMatch(
      /Item 1: Budget Budget report Page 4 \(the whole page\): Is this table audited\? Page 6: “Budget page 3” Why do reserves fall\? Tags: finance, reserves Item 2: Housing Housing report Page 8: “Housing page 2” Who pays for the repairs\? Tags: housing/,
    );
    expect(questions).not.toContain('Only a highlight');
    expect(pageText(edition.filePath, 6)).toContain('Budget page 3');
    expect(pageText(edition.filePath, 8)).toContain('Housing page 2');
    expect(flat(pageText(edition.filePath, 2))).toMatch(/Questions to ask 9/);
    expect(JSON.stringify(listAnnotations(db))).toBe(before);
    db.close();
  });

  it('leaves the questions part out when no question was asked', async () => {
    const { db, libraryPath, meetingId, budget } = await annotatedLibrary(tempDir());
    annotate(db, budget.id, passage('Budget page 1', 0), { note: 'A plain note.' });
    const edition = await buildMeetingPack(db, libraryPath, meetingId, withParts('questions'));
    expect(edition.pageCount).toBe(8);
    db.close();
  });

  it('lists every annotation in the digest, with orphans apart under their document', async () => {
    const { db, libraryPath, meetingId, budget, housing } = await annotatedLibrary(tempDir());
    annotate(db, budget.id, passage('Budget page 2', 1), { colour: 'green', note: 'Compare with last year.' });
    annotate(db, budget.id, passage('a sentence cut from the new version', 0), { orphaned: true, note: 'Where did this go?' });
    annotate(db, budget.id, { type: 'document' }, { note: 'Read before the pre-meeting.' });
    annotate(db, housing.id, passage('Housing page 1', 0), { isQuestion: true, note: 'Which estates?' });

    const edition = await buildMeetingPack(db, libraryPath, meetingId, withParts('annotation-digest'));
    const digest = flat(pageText(edition.filePath, 9));
    expect(digest).toContain('Annotation digest');
    expect(digest).toMatch(
      /Item 1: Budget Budget report The whole document · Note: Read before the pre-meeting\. Page 5 · Highlight, green: “Budget page 2” Compare with last year\. Could not be placed in this version Highlight, yellow: “a sentence cut from the new version” Where did this go\? Item 2: Housing Housing report Page 7 · Question: “Housing page 1” Which estates\?/,
    );
    db.close();
  });

  it('draws a highlight over its words once the original is shrunk onto A4', async () => {
    const dir = tempDir();
    const { db, libraryPath, meetingId, housing } = await annotatedLibrary(dir);
    const original = path.join(dir, 'housing.pdf');
    fs.writeFileSync(original, housing.pdf);
    // The rectangle the reader would store for the line, in the Letter page's own points.
    annotate(db, housing.id, passage('Housing page 2', 1, [toPdfRect(lineBox(original, 2, 'Housing page 2'))]));

    const edition = await buildMeetingPack(db, libraryPath, meetingId, withParts('highlights'));
    expect(qpdfCheck(edition.filePath)).toContain('No syntax or stream encoding errors');
    const words = lineBox(edition.filePath, 8, 'Housing page 2');
    const highlight = yellowBox(edition.filePath, 8, dir);
    expect(highlight).not.toBeNull();
    // The Letter page is scaled by about 0.91, so an unplaced rectangle would miss by several points.
    for (const side of ['xMin', 'yMin', 'xMax', 'yMax'] as const) expect(Math.abs(highlight![side] - words[side])).toBeLessThan(1.5);
    expect(yellowBox(edition.filePath, 7, dir)).toBeNull();

    const plain = await buildMeetingPack(db, libraryPath, meetingId, withParts());
    expect(yellowBox(plain.filePath, 8, dir)).toBeNull();
    db.close();
  });

  it('draws a highlight over its words on a page the original shows turned a quarter', async () => {
    const dir = tempDir();
    const { db, libraryPath, meetingId } = await annotatedLibrary(dir);
    const upright = path.join(dir, 'annex-upright.pdf');
    fs.writeFileSync(upright, await makeOriginal('Annex', ['A4']));
    const turned = await makeOriginal('Annex', ['A4'], 90);
    const annex = insertDocument(db, newDocument({ title: 'Annex', bytes: turned, format: 'pdf', pages: ['Annex page 1'] }));
    attachDocument(db, { meetingId }, annex, 'report');
    // The same drawing without /Rotate gives the words' box in the page's own points, as the reader stores it.
    annotate(db, annex, passage('Annex page 1', 0, [toPdfRect(lineBox(upright, 1, 'Annex page 1'))]));

    const edition = await buildMeetingPack(db, libraryPath, meetingId, withParts('highlights'));
    const words = lineBox(edition.filePath, 9, 'Annex page 1');
    const highlight = yellowBox(edition.filePath, 9, dir);
    expect(words.yMax - words.yMin).toBeGreaterThan(words.xMax - words.xMin);
    for (const side of ['xMin', 'yMin', 'xMax', 'yMax'] as const) expect(Math.abs(highlight![side] - words[side])).toBeLessThan(1.5);
    db.close();
  });

  it('exports only the annotated pages, each with its pack number', async () => {
    const dir = tempDir();
    const { db, libraryPath, meetingId, budget, housing } = await annotatedLibrary(dir);
    annotate(db, budget.id, passage('Budget page 2', 1), { note: 'Check.' });
    annotate(db, housing.id, { type: 'page', pageIndex: 1 }, { note: 'Photos missing.' });
    annotate(db, housing.id, { type: 'document' }, { note: 'Marks no page.' });
    annotate(db, budget.id, passage('gone', 2), { orphaned: true });
    await buildMeetingPack(db, libraryPath, meetingId, withParts());

    const extract = path.join(dir, 'annotated.pdf');
    fs.writeFileSync(extract, await exportEdition(db, meetingId, 1, { kind: 'annotated' }));
    expect(qpdfCheck(extract)).toContain('No syntax or stream encoding errors');
    expect(pageCount(extract)).toBe(2);
    expect(pageText(extract, 1)).toMatch(/Budget page 2[\s\S]*Page 5\b/);
    expect(pageText(extract, 2)).toMatch(/Housing page 2[\s\S]*Page 8\b/);
    db.close();
  });
});
