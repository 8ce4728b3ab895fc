/** The extractor's score on the development corpus (../shared/corpus) must not fall below this floor. */
import { corpusAvailable, CORPUS_FOLDER, evaluateCorpus } from '../../eval/corpus.ts';

const OVERALL_FLOOR = 0.96;
const FIELD_FLOOR = 0.8;

describe.skipIf(!corpusAvailable())('extraction on the development corpus', () => {
  it(`scores at least ${OVERALL_FLOOR} overall and ${FIELD_FLOOR} on every field`, async () => {
    const { summary } = await evaluateCorpus();
    expect(summary.overall).toBeGreaterThanOrEqual(OVERALL_FLOOR);
    for (const [field, score] of Object.entries(summary.perField)) {
      expect(score, field).toBeGreaterThanOrEqual(FIELD_FLOOR);
    }
  }, 120_000);
});

if (!corpusAvailable()) console.warn(`Corpus test skipped: no corpus at ${CORPUS_FOLDER}`);
