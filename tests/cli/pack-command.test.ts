import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../helpers/temp-dir.ts';
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
