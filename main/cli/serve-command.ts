/** `briefing serve [--db FILE] [--port N]`: browser mode, until interrupted. */
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { AppEvents } from '../events.ts';
import { createHandlers } from '../ipc/handlers.ts';
import { openLibrary } from '../library/library.ts';
import { startServer } from '../server/http-server.ts';
import { UsageError, type CliIo } from './io.ts';
import { dbOption, libraryPath } from './library-option.ts';

/** The built interface; BRIEFING_RENDERER_DIR points at another build (e.g. one made for a test run). */
export function rendererDir(env: NodeJS.ProcessEnv): string {
  return env.BRIEFING_RENDERER_DIR || fileURLToPath(new URL('../../dist/renderer', import.meta.url));
}

export async function serveCommand(argv: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { ...dbOption, port: { type: 'string', default: '0' } } });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError('--port takes a number from 0 to 65535');

  const library = openLibrary(libraryPath(values.db, io));
  const events = new AppEvents();
  const server = await startServer({ handlers: createHandlers(library, events), events, staticDir: rendererDir(io.env), port }).catch(
    async (error: NodeJS.ErrnoException) => {
      await library.close();
      throw error.code === 'EADDRINUSE' ? new UsageError(`port ${port} is already in use; choose another with --port`) : error;
    },
  );
  // The interface's first request is the library list: have it ready by the time the page asks.
  library.documents.prepare();
  library.startUpkeep();
  io.stdout(`Briefing Desk is running in browser mode for the library ${library.path}\n`);
  io.stdout(`Open this address in your browser: ${server.url}\n`);
  io.stdout('Press Ctrl+C to stop.\n');

  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await server.close();
  await library.close();
  return 0;
}
