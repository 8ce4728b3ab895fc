/** Worker-thread entry: parses files posted by the pool, one at a time, and posts the result back. */
import { parentPort } from 'node:worker_threads';
import { parseFile, type ParseRequest } from './parse-job.ts';

if (!parentPort) throw new Error('parse-worker.ts must run as a worker thread');
const port = parentPort;

port.on('message', async (message: { taskId: number; request: ParseRequest }) => {
  const response = await parseFile(message.request);
  port.postMessage({ taskId: message.taskId, response });
});
