import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../helpers/temp-dir.ts';
import { annotate, annotatedLibrary, passage } from '../main/pack/annotated-library.ts';
import { pageCount, pageText, qpdfCheck } from '../main/pack/pack-fixtures.ts';
import { briefing, REPO_ROOT } from './run-briefing.ts';

const CORPUS = path.resolve(REPO_ROOT, '..', 'shared', 'corpus', 'docs');
const corpusMissing = !fs.existsSync(CORPUS);
if (corpusMissing) console.warn(`Skipping the corpus pack test: no corpus at ${CORPUS}`);

describe('briefing pack', () => {
  const tempDir = useTempDir('briefing-pack-cli-');

  it('refuses bad JSON and missing files with a message naming them, writing nothing', () => {
    const dir = tempDir();
    const spec = path.join(dir, 'spec.json');
    const out = path.join(dir, 'pack.pdf');
    fs.writeFileSync(spec, '{"meeting": ');
    let run = briefing(['pack', '--db', path.join(dir, 'lib.sqlite'), spec, '--out', out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${spec} is not valid JSON`);
    fs.writeFileSync(
      spec,
      JSON.stringify({
        meeting: { organisation: 'O', committee: 'C', title: 'T', date: '2026-03-11', venue: '' },
        items: [{ title: 'Item', documents: ['missing.pdf'] }],
      }),
    );
    run = briefing(['pack', '--db', path.join(dir, 'lib.sqlite'), spec, '--out', out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(path.join(dir, 'missing.pdf'));
    expect(fs.existsSync(out)).toBe(false);
  });

  it('builds with the annotation parts the spec asks for, and --annotated-only keeps just the annotated pages', async () => {
    const dir = tempDir();
    const { db, libraryPath, budget, housing } = await annotatedLibrary(dir);
    annotate(db, budget.id, passage('Budget page 2', 1), { isQuestion: true, note: 'Why the rise?' });
    annotate(db, housing.id, passage('Housing page 1', 0), { note: 'Compare with 2024.' });
    db.close();
    const spec = path.join(dir, 'spec.json');
    fs.writeFileSync(
      spec,
      JSON.stringify({
        meeting: { organisation: 'O', committee: 'Scrutiny', title: 'March', date: '2026-03-11', venue: '' },
        items: [{ title: 'Budget', documents: [budget.id] }, { title: 'Housing', documents: [housing.id] }],
        options: { annotationDigest: true, highlights: true },
      }),
    );
    const whole = path.join(dir, 'pack.pdf');
    expect(briefing(['pack', '--db', libraryPath, spec, '--out', whole]).code).toBe(0);
    // cover, contents, agenda, budget 4–6, housing 7–8, questions 9 (on by default), digest 10
    expect(pageCount(whole)).toBe(10);
    expect(pageText(whole, 9)).toMatch(/Questions to ask[\s\S]*Page 5: “Budget page 2” Why the rise\?/);
    expect(pageText(whole, 10)).toMatch(/Annotation digest[\s\S]*Page 7 · Highlight, yellow: “Housing page 1” Compare with 2024\./);

    const annotated = path.join(dir, 'annotated.pdf');
    const run = briefing(['pack', '--db', libraryPath, spec, '--out', annotated, '--annotated-only']);
    expect(run.stdout).toContain('2 pages');
    expect(qpdfCheck(annotated)).toContain('No syntax or stream encoding errors');
    expect(pageCount(annotated)).toBe(2);
    expect(pageText(annotated, 1)).toMatch(/Budget page 2[\s\S]*Page 5\b/);
    expect(pageText(annotated, 2)).toMatch(/Housing page 1[\s\S]*Page 7\b/);
  });

  it.skipIf(corpusMissing)('builds a pack from real council papers and an article', () => {
    const dir = tempDir();
    const spec = path.join(dir, 'spec.json');
    const out = path.join(dir, 'pack.pdf');
    const report = path.join(CORPUS, '011-gloucester-cabinet-local-council-tax-support-scheme-2026-27.pdf');
    const article = path.join(CORPUS, '040-viaductecho-stockport-council-budget-gap.md');
    fs.writeFileSync(
      spec,
      JSON.stringify({
        meeting: { organisation: 'Gloucester City Council', committee: 'Cabinet', title: 'Budget', date: '2026-03-11T18:00', venue: 'Civic Suite' },
        items: [{ title: 'Council tax support', documents: [report], articles: [article], note: '- Ask about the £ cost' }],
      }),
    );
    const run = briefing(['pack', '--db', path.join(dir, 'lib.sqlite'), spec, '--out', out]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(qpdfCheck(out)).toContain('No syntax or stream encoding errors');
    const pages = pageCount(out);
    for (let n = 2; n <= pages; n++) expect(pageText(out, n)).toMatch(new RegExp(`Page ${n}\\b`));
    expect(pageText(out, 5)).toMatch(/Council Tax Support/i);
    // Running it again reuses the imported documents.
    expect(briefing(['pack', '--db', path.join(dir, 'lib.sqlite'), spec, '--out', out]).code).toBe(0);
  });
});
