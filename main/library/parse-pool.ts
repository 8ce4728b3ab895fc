/**
 * A small pool of worker threads that parse files off the main thread, so the window stays responsive
 * during an import and both cores share the work. A worker that crashes (for instance on a hostile
 * file that exhausts its memory) fails only its own file and is replaced.
 */
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ParseRequest, ParseResponse } from './parse-job.ts';
import { WARM_UP_PDF } from './warm-up-pdf.ts';

interface Task {
  taskId: number;
  request: ParseRequest;
  resolve: (response: ParseResponse) => void;
}

interface Slot {
  worker: Worker;
  task: Task | null;
  deadline: NodeJS.Timeout | null;
}

/** Sources run directly on Node's type stripping; the packaged app runs the compiled .js beside this file. */
const WORKER_URL = new URL(import.meta.url.endsWith('.ts') ? './parse-worker.ts' : './parse-worker.js', import.meta.url);
/** A worker may use this much heap before it is stopped, bounding memory per file. */
const WORKER_HEAP_MB = 1024;
/** Far beyond any real paper (a 500-page PDF takes seconds); only a pathological file gets here. */
export const DEFAULT_PARSE_TIMEOUT_MS = 180_000;
const CANCELLED: ParseResponse = { ok: false, error: 'the import was cancelled' };

function describeDuration(ms: number): string {
  if (ms >= 60_000) return `${Math.round(ms / 60_000)} minutes`;
  if (ms >= 1_000) return `${Math.round(ms / 1_000)} seconds`;
  return `${ms} ms`;
}

export class ParsePool {
  readonly size: number;
  readonly #slots: Slot[] = [];
  readonly #queue: Task[] = [];
  #nextTaskId = 1;
  #closed = false;

  readonly #timeoutMs: number;

  constructor(size = Math.max(1, Math.min(os.availableParallelism(), 4)), timeoutMs = DEFAULT_PARSE_TIMEOUT_MS) {
    this.size = size;
    this.#timeoutMs = timeoutMs;
  }

  /**
   * Starts every worker now and has each read a one-page PDF, for when files are about to come (the
   * import chooser has opened): loading the PDF engine and the importers took about half a second per
   * worker, which the first files of a batch otherwise wait for. Resolves once they are ready; a worker
   * that fails here is replaced when a real file needs it.
   */
  warm(): Promise<void> {
    const warming: Promise<unknown>[] = [];
    while (!this.#closed && this.#slots.length < this.size) {
      const slot = this.#spawn();
      const request = { bytes: WARM_UP_PDF, fileName: 'warm-up.pdf' };
      warming.push(new Promise((resolve) => this.#assign(slot, { taskId: this.#nextTaskId++, request, resolve })));
    }
    return Promise.all(warming).then(() => undefined);
  }

  parse(request: ParseRequest): Promise<ParseResponse> {
    if (this.#closed) return Promise.resolve(CANCELLED);
    return new Promise((resolve) => {
      this.#queue.push({ taskId: this.#nextTaskId++, request, resolve });
      this.#pump();
    });
  }

  async close(): Promise<void> {
    this.#closed = true;
    for (const task of this.#queue.splice(0)) task.resolve(CANCELLED);
    const slots = this.#slots.splice(0);
    for (const slot of slots) {
      if (slot.deadline) clearTimeout(slot.deadline);
      slot.task?.resolve(CANCELLED);
      slot.task = null;
    }
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }

  #pump(): void {
    while (this.#queue.length > 0) {
      let slot = this.#slots.find((s) => s.task === null);
      if (!slot && this.#slots.length < this.size) slot = this.#spawn();
      if (!slot) return;
      this.#assign(slot, this.#queue.shift() as Task);
    }
  }

  #assign(slot: Slot, task: Task): void {
    slot.task = task;
    slot.worker.ref();
    slot.deadline = setTimeout(() => {
      this.#fail(slot, `reading the file took longer than ${describeDuration(this.#timeoutMs)}, so it was stopped`);
      void slot.worker.terminate();
    }, this.#timeoutMs);
    // Transfer is avoided on purpose: the caller keeps the bytes to store them as the original file.
    slot.worker.postMessage({ taskId: task.taskId, request: task.request });
  }

  #spawn(): Slot {
    const worker = new Worker(WORKER_URL, { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
    const slot: Slot = { worker, task: null, deadline: null };
    worker.on('message', (message: { taskId: number; response: ParseResponse }) => {
      const task = slot.task;
      if (!task || task.taskId !== message.taskId) return;
      if (slot.deadline) clearTimeout(slot.deadline);
      slot.task = null;
      slot.deadline = null;
      slot.worker.unref();
      task.resolve(message.response);
      this.#pump();
    });
    worker.on('error', (error) => this.#fail(slot, `the file could not be read (${error.message})`));
    worker.on('exit', (code) => this.#fail(slot, `the file could not be read (the reader stopped with code ${code})`));
    // Only busy workers keep the process alive, so an idle pool never holds a CLI open.
    worker.unref();
    this.#slots.push(slot);
    return slot;
  }

  /** Retires a worker that died or overran, failing only the file it was reading. */
  #fail(slot: Slot, reason: string): void {
    const index = this.#slots.indexOf(slot);
    if (index < 0) return;
    this.#slots.splice(index, 1);
    if (slot.deadline) clearTimeout(slot.deadline);
    slot.task?.resolve({ ok: false, error: reason });
    slot.task = null;
    if (!this.#closed) this.#pump();
  }
}
