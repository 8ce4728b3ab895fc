/** A pack marks every page of an exempt (Part 2) paper, original or typeset, and no other page. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXEMPT_MARKING } from '../../../shared/exempt.ts';
import { buildPack } from '../../../main/pack/build-pack.ts';
import { useTempDir } from '../../helpers/temp-dir.ts';
import { makeOriginal, packDocument, packItem, packSpec, pageCount, pageText, qpdfCheck } from './pack-fixtures.ts';

describe('exempt papers in a pack', () => {
  const tempDir = useTempDir();

  it('stamps EXEMPT — NOT FOR PUBLICATION on every page of an exempt paper and nowhere else', async () => {
    const spec = packSpec(
      [
        packItem('1', '4', 'Budget 2026/27', [packDocument(1, 'Budget report', await makeOriginal('Budget', ['A4', 'A4']))]),
        packItem('2', '9', 'Leisure contract', [
          packDocument(2, 'Contract award appendix', await makeOriginal('Appendix', ['A4', [842, 595], 'A4']), { exempt: true }),
          packDocument(3, 'Bidder briefing', null, { exempt: true }),
        ]),
      ],
      { cover: true, contents: false, agenda: false, recommendations: false, extraParts: [] },
    );
    const file = path.join(tempDir(), 'pack.pdf');
    const built = await buildPack(spec, file);
    expect(qpdfCheck(file)).toContain('No syntax or stream encoding errors');

    const marked = Array.from({ length: pageCount(file) }, (_, i) => pageText(file, i + 1).includes(EXEMPT_MARKING));
    const partOf = built.pages.map((page) => page.part.title);
    const expected = partOf.map((title) => title === 'Contract award appendix' || title === 'Background: Bidder briefing');
    // Both exempt papers are in the pack (three original pages and at least one typeset page), and only they are marked.
    expect(expected.filter(Boolean).length).toBeGreaterThanOrEqual(4);
    expect(marked).toEqual(expected);
    expect(pageText(file, partOf.indexOf('Contract award appendix') + 1)).toContain('Appendix page 1');
  });
});
