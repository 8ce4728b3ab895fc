/**
 * A small pool of worker threads that parse files off the main thread, so the window stays responsive
 * during an import and both cores share the work. A worker that crashes (for instance on a hostile
 * file that exhausts its memory) fails only its own file and is replaced.
 */
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ParseRequest, ParseResponse } from './parse-job.ts';

interface Task {
  taskId: number;
  request: ParseRequest;
  resolve: (response: ParseResponse) => void;
}

interface Slot {
  worker: Worker;
  task: Task | null;
}

/** Sources run directly on Node's type stripping; the packaged app runs the compiled .js beside this file. */
const WORKER_URL = new URL(import.meta.url.endsWith('.ts') ? './parse-worker.ts' : './parse-worker.js', import.meta.url);
/** A worker may use this much heap before it is stopped, bounding memory per file. */
const WORKER_HEAP_MB = 1024;

export class ParsePool {
  readonly size: number;
  readonly #slots: Slot[] = [];
  readonly #queue: Task[] = [];
  #nextTaskId = 1;
  #closed = false;

  constructor(size = Math.max(1, Math.min(os.availableParallelism(), 4))) {
    this.size = size;
  }

  parse(request: ParseRequest): Promise<ParseResponse> {
    if (this.#closed) return Promise.resolve({ ok: false, error: 'the import was cancelled' });
    return new Promise((resolve) => {
      this.#queue.push({ taskId: this.#nextTaskId++, request, resolve });
      this.#pump();
    });
  }

  async close(): Promise<void> {
    this.#closed = true;
    for (const task of this.#queue.splice(0)) task.resolve({ ok: false, error: 'the import was cancelled' });
    await Promise.all(this.#slots.splice(0).map((slot) => slot.worker.terminate()));
  }

  #pump(): void {
    while (this.#queue.length > 0) {
      let slot = this.#slots.find((s) => s.task === null);
      if (!slot && this.#slots.length < this.size) slot = this.#spawn();
      if (!slot) return;
      const task = this.#queue.shift() as Task;
      slot.task = task;
      slot.worker.ref();
      // Transfer is avoided on purpose: the caller keeps the bytes to store them as the original file.
      slot.worker.postMessage({ taskId: task.taskId, request: task.request });
    }
  }

  #spawn(): Slot {
    const worker = new Worker(WORKER_URL, { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
    const slot: Slot = { worker, task: null };
    worker.on('message', (message: { taskId: number; response: ParseResponse }) => {
      const task = slot.task;
      if (!task || task.taskId !== message.taskId) return;
      slot.task = null;
      slot.worker.unref();
      task.resolve(message.response);
      this.#pump();
    });
    const onFailure = (reason: string) => {
      const index = this.#slots.indexOf(slot);
      if (index < 0) return;
      this.#slots.splice(index, 1);
      slot.task?.resolve({ ok: false, error: reason });
      slot.task = null;
      if (!this.#closed) this.#pump();
    };
    worker.on('error', (error) => onFailure(`the file could not be read (${error.message})`));
    worker.on('exit', (code) => onFailure(`the file could not be read (the reader stopped with code ${code})`));
    // Only busy workers keep the process alive, so an idle pool never holds a CLI open.
    worker.unref();
    this.#slots.push(slot);
    return slot;
  }
}
