import type { z } from 'zod';

/** One contract call: the schema its arguments must pass, and (as a type only) what it returns. */
export interface ContractEntry<Args extends z.ZodType, Result> {
  args: Args;
  result: Result;
}

/** The result value is never read at run time; it only carries the result type. */
export function entry<Args extends z.ZodType, Result>(args: Args, resultType: Result): ContractEntry<Args, Result> {
  return { args, result: resultType };
}
