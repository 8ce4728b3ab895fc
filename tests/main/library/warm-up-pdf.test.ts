import { describe, expect, it } from 'vitest';
import { parseFile } from '../../../main/library/parse-job.ts';
import { WARM_UP_PDF } from '../../../main/library/warm-up-pdf.ts';

describe('the warm-up PDF', () => {
  it('is a well-formed one-page PDF whose text pdf.js reads, so warming exercises the real PDF path', async () => {
    const response = await parseFile({ bytes: WARM_UP_PDF, fileName: 'warm-up.pdf' });
    expect(response).toMatchObject({ ok: true, parsed: { format: 'pdf', pages: ['Briefing Desk'] } });
    expect(response.ok && response.parsed.warning).toBeFalsy();
  });
});
