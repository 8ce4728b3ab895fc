/** Worker-thread entry: parses files posted by the pool, one at a time, and posts the result back. */
import module from 'node:module';
import { parentPort } from 'node:worker_threads';
import type { ParseRequest } from './parse-job.ts';

if (!parentPort) throw new Error('parse-worker.ts must run as a worker thread');
const port = parentPort;

// Each worker compiles the importers and their libraries (megabytes of script) as it starts. With the
// compile cache on before they are imported, every worker after the first on this computer reuses that
// work from disk. The cache is per thread, so the process having it on does not cover its workers.
module.enableCompileCache();
const { parseFile } = await import('./parse-job.ts');

port.on('message', async (message: { taskId: number; request: ParseRequest }) => {
  const response = await parseFile(message.request);
  port.postMessage({ taskId: message.taskId, response });
});
