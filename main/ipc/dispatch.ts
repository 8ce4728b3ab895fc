/**
 * Validates a call against the contract and runs its handler. Both transports (Electron IPC and the
 * browser-mode server) go through here, so validation and error reporting are the same everywhere.
 */
import type { z } from 'zod';
import { contract, isChannel, type Channel, type Contract, type ResultOf } from '../../shared/ipc/contract.ts';
import { fail, ok, type Result } from '../../shared/result.ts';
import { NotFoundError, UserError } from '../errors.ts';
import type { AppEvents } from '../events.ts';
import type { Library } from '../library/library.ts';

export type ValidArgs<C extends Channel> = z.output<Contract[C]['args']>;

/** One handler per contract entry; a missing one is a compile error. */
export type Handlers = {
  [C in Channel]: (args: ValidArgs<C>) => Promise<ResultOf<C>> | ResultOf<C>;
};

/** The handlers of one area: every channel whose name starts with the prefix, e.g. 'library:'. */
export type HandlersFor<Prefix extends string> = Pick<Handlers, Extract<Channel, `${Prefix}${string}`>>;

/** What every area's handlers are built over. */
export interface HandlerContext {
  library: Library;
  events: AppEvents;
}

export async function dispatch(handlers: Handlers, channel: unknown, rawArgs: unknown): Promise<Result<unknown>> {
  if (!isChannel(channel)) return fail('invalid-input', `Unknown call: ${String(channel)}`);
  const parsed = contract[channel].args.safeParse(rawArgs ?? {});
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `${i.path.join('.') || 'arguments'}: ${i.message}`).join('; ');
    return fail('invalid-input', `Invalid arguments for ${channel}: ${detail}`);
  }
  try {
    const handler = handlers[channel] as (args: unknown) => unknown;
    return ok(await handler(parsed.data));
  } catch (error) {
    if (error instanceof NotFoundError) return fail('not-found', error.message);
    if (error instanceof UserError) return fail('failed', error.message);
    // Unexpected faults are logged in full here and reported without internals.
    console.error(`[${channel}]`, error);
    return fail('failed', `${channel} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
