import type { ImportOutcome } from '../../shared/domain.ts';
import { MAX_IMPORT_FILE_BYTES } from '../../shared/limits.ts';
import { planBatches } from '../../renderer/features/import/batches.ts';
import { isSystemFile, withoutSystemFiles } from '../../renderer/features/import/pickedFiles.ts';
import { runImport, type ImportFile, type ImportRunner } from '../../renderer/features/import/runImport.ts';
import { ApiError } from '../../renderer/lib/api.ts';
import { announceFailures, groupOutcomes, summariseOutcomes } from '../../renderer/features/import/outcomeSummary.ts';

describe('planBatches', () => {
  const limits = { maxBytes: 100, maxFiles: 3 };

  it('keeps order and starts a new batch before the byte limit would be passed', () => {
    expect(planBatches([40, 50, 20, 90, 10], (size) => size, limits)).toEqual([[40, 50], [20], [90, 10]]);
  });

  it('starts a new batch at the file limit', () => {
    expect(planBatches([1, 1, 1, 1, 1], (size) => size, limits)).toEqual([[1, 1, 1], [1, 1]]);
  });

  it('sends a file bigger than the byte limit on its own', () => {
    expect(planBatches([10, 500, 10], (size) => size, limits)).toEqual([[10], [500], [10]]);
  });

  it('makes no batch for no files', () => {
    expect(planBatches([], (size: number) => size, limits)).toEqual([]);
  });
});

describe('system files', () => {
  it('recognises hidden files, files in hidden folders and the systems’ own files', () => {
    expect(isSystemFile('.DS_Store')).toBe(true);
    expect(isSystemFile('Papers/.git/config')).toBe(true);
    expect(isSystemFile('Papers/Thumbs.db')).toBe(true);
    expect(isSystemFile('Papers/desktop.ini')).toBe(true);
    expect(isSystemFile('Papers/Item 4 report.pdf')).toBe(false);
  });

  it('counts what it leaves out', () => {
    const file = new File(['x'], 'x');
    const result = withoutSystemFiles([
      { file, name: 'a.pdf' },
      { file, name: 'Folder/.DS_Store' },
    ]);
    expect(result.files.map((picked) => picked.name)).toEqual(['a.pdf']);
    expect(result.skipped).toBe(1);
  });
});

function picked(name: string, content = 'content') {
  return { file: new File([content], name.split('/').at(-1) ?? name), name };
}

function recordingRunner(send: ImportRunner['send'], limits = { maxBytes: 1024, maxFiles: 2 }) {
  const progress: number[] = [];
  const batchStarts: [string, number][] = [];
  let jobs = 0;
  const runner: ImportRunner = {
    send,
    newJobId: () => `job-${++jobs}`,
    onBatchStart: (jobId, doneBefore) => batchStarts.push([jobId, doneBefore]),
    onProgress: (done) => progress.push(done),
    limits,
  };
  return { runner, progress, batchStarts };
}

describe('runImport', () => {
  it('sends every file’s bytes under its name, batch by batch, and returns outcomes in order', async () => {
    const sent: { jobId: string; files: ImportFile[] }[] = [];
    const { runner, progress, batchStarts } = recordingRunner(async (jobId, files) => {
      sent.push({ jobId, files });
      return files.map((file): ImportOutcome => ({ file: file.name, status: 'imported', documentId: 1 }));
    });

    const outcomes = await runImport([picked('a.pdf', 'AAA'), picked('Folder/b.md'), picked('c.txt')], runner);

    expect(sent.map((batch) => batch.files.map((file) => file.name))).toEqual([['a.pdf', 'Folder/b.md'], ['c.txt']]);
    expect(Array.from(sent[0]?.files[0]?.data ?? [])).toEqual([65, 65, 65]);
    expect(batchStarts).toEqual([
      ['job-1', 0],
      ['job-2', 2],
    ]);
    expect(outcomes.map((outcome) => outcome.file)).toEqual(['a.pdf', 'Folder/b.md', 'c.txt']);
    expect(progress).toEqual([1, 2, 3]);
  });

  it('fails a file over the size limit without sending it, so it cannot sink the rest of its batch', async () => {
    const sentNames: string[] = [];
    const { runner } = recordingRunner(async (_jobId, files) => {
      sentNames.push(...files.map((file) => file.name));
      return files.map((file): ImportOutcome => ({ file: file.name, status: 'imported' }));
    });
    const huge = picked('huge.pdf');
    Object.defineProperty(huge.file, 'size', { value: MAX_IMPORT_FILE_BYTES + 1 });

    const outcomes = await runImport([picked('small.pdf'), huge], runner);

    expect(sentNames).toEqual(['small.pdf']);
    expect(outcomes[1]).toMatchObject({ file: 'huge.pdf', status: 'failed' });
    expect(outcomes[1]?.error).toContain('200 MB');
  });

  it('reports a file that cannot be read and sends the others', async () => {
    const { runner } = recordingRunner(async (_jobId, files) =>
      files.map((file): ImportOutcome => ({ file: file.name, status: 'imported' })),
    );
    const vanished = picked('vanished.pdf');
    vanished.file.arrayBuffer = () => Promise.reject(new DOMException('gone', 'NotReadableError'));

    const outcomes = await runImport([vanished, picked('fine.pdf')], runner);

    expect(outcomes[0]).toMatchObject({ file: 'vanished.pdf', status: 'failed' });
    expect(outcomes[0]?.error).toMatch(/could not be read/);
    expect(outcomes[1]).toMatchObject({ file: 'fine.pdf', status: 'imported' });
  });

  it('fails every file of a refused batch with main’s message and carries on with the next batch', async () => {
    let call = 0;
    const { runner } = recordingRunner(async (_jobId, files) => {
      call += 1;
      if (call === 1) throw new ApiError({ code: 'invalid-input', message: 'The request was too large.' });
      return files.map((file): ImportOutcome => ({ file: file.name, status: 'duplicate', documentId: 3 }));
    });

    const outcomes = await runImport([picked('a.pdf'), picked('b.pdf'), picked('c.pdf')], runner);

    expect(outcomes.map((outcome) => [outcome.file, outcome.status, outcome.error])).toEqual([
      ['a.pdf', 'failed', 'The request was too large.'],
      ['b.pdf', 'failed', 'The request was too large.'],
      ['c.pdf', 'duplicate', undefined],
    ]);
  });
});

describe('import summaries', () => {
  const outcomes: ImportOutcome[] = [
    { file: 'a.pdf', status: 'imported' },
    { file: 'b.pdf', status: 'duplicate' },
    ...['c.pdf', 'd.pdf', 'e.pdf', 'f.pdf', 'g.pdf'].map((file): ImportOutcome => ({ file, status: 'failed', error: 'broken' })),
  ];

  it('counts each kind of result in one sentence', () => {
    expect(summariseOutcomes(outcomes, 1)).toBe(
      '1 file imported, 1 file was already in your library, 5 files could not be imported, 1 hidden or system file skipped.',
    );
    expect(summariseOutcomes([], 0)).toBe('There was nothing to import.');
  });

  it('names the first failed files when announcing failures, and counts the rest', () => {
    expect(announceFailures(outcomes, 0)).toMatch(/Not imported: c\.pdf, d\.pdf, e\.pdf and 2 more\.$/);
    expect(announceFailures(outcomes.slice(0, 2), 0)).toBe('');
  });

  it('puts warnings in their own group, once', () => {
    const groups = groupOutcomes([
      { file: 'scan.pdf', status: 'imported', warning: 'no text' },
      { file: 'ok.pdf', status: 'imported' },
    ]);
    expect(groups.warned.map((outcome) => outcome.file)).toEqual(['scan.pdf']);
    expect(groups.imported.map((outcome) => outcome.file)).toEqual(['ok.pdf']);
  });
});
