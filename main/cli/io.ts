/** What a command needs from its surroundings; tests pass their own. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stderr is a terminal, so progress lines may redraw themselves. */
  stderrIsTTY: boolean;
  env: NodeJS.ProcessEnv;
}

export const processIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stderrIsTTY: Boolean(process.stderr.isTTY),
  env: process.env,
};

/** Thrown for wrong arguments; the CLI prints the message with the usage and exits 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
