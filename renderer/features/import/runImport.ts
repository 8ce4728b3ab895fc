import type { ImportOutcome } from '../../../shared/domain.ts';
import type { ArgsOf } from '../../../shared/ipc/contract.ts';
import { MAX_IMPORT_FILE_BYTES } from '../../../shared/limits.ts';
import { userMessage } from '../../lib/errors.ts';
import { DEFAULT_BATCH_LIMITS, planBatches, type BatchLimits } from './batches.ts';
import type { PickedFile } from './pickedFiles.ts';

/** One file as the import call carries it: its name and its bytes. */
export type ImportFile = ArgsOf<'library:import'>['files'][number];

export interface ImportRunner {
  /** Sends one batch under its own job id; resolves with one outcome per file, in the order sent. */
  send: (jobId: string, files: ImportFile[]) => Promise<ImportOutcome[]>;
  newJobId: () => string;
  /** Just before a batch goes out, with how many files of the whole import are already done. */
  onBatchStart: (jobId: string, doneBefore: number) => void;
  /** As files finish: how many of the whole import are done, and the name of the last one. */
  onProgress: (done: number, lastFile: string) => void;
  limits?: BatchLimits;
}

const MEGABYTE = 1024 * 1024;

function failed(file: string, error: string): ImportOutcome {
  return { file, status: 'failed', error };
}

/**
 * Imports files batch by batch and returns one outcome per file, in the order given. A file that cannot
 * be sent (too large, unreadable) or a batch that fails as a whole is reported against the files
 * concerned; the rest of the import carries on.
 */
export async function runImport(files: readonly PickedFile[], runner: ImportRunner): Promise<ImportOutcome[]> {
  const outcomes: ImportOutcome[] = [];
  let done = 0;
  const settle = (index: number, outcome: ImportOutcome) => {
    outcomes[index] = outcome;
    done += 1;
    runner.onProgress(done, outcome.file);
  };

  // Checked here because one oversized file would otherwise make main refuse its whole batch.
  const sendable = files
    .map((picked, index) => ({ picked, index }))
    .filter(({ picked, index }) => {
      if (picked.file.size <= MAX_IMPORT_FILE_BYTES) return true;
      const size = Math.ceil(picked.file.size / MEGABYTE);
      settle(index, failed(picked.name, `This file is ${size} MB; files of up to ${MAX_IMPORT_FILE_BYTES / MEGABYTE} MB can be imported.`));
      return false;
    });

  const batches = planBatches(sendable, ({ picked }) => picked.file.size, runner.limits ?? DEFAULT_BATCH_LIMITS);
  for (const batch of batches) {
    const ready: { index: number; file: ImportFile }[] = [];
    for (const { picked, index } of batch) {
      try {
        ready.push({ index, file: { name: picked.name, data: new Uint8Array(await picked.file.arrayBuffer()) } });
      } catch {
        settle(index, failed(picked.name, 'The file could not be read: it may have been moved, deleted or locked by another program.'));
      }
    }
    if (ready.length === 0) continue;

    const jobId = runner.newJobId();
    runner.onBatchStart(jobId, done);
    let answers: ImportOutcome[] | null = null;
    let batchError = '';
    try {
      answers = await runner.send(jobId, ready.map(({ file }) => file));
    } catch (error) {
      batchError = userMessage(error);
    }
    for (const [position, { index, file }] of ready.entries()) {
      settle(index, answers?.[position] ?? failed(file.name, answers ? 'No result came back for this file.' : batchError));
    }
  }
  return outcomes;
}
