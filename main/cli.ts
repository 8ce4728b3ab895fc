/**
 * The `briefing` command: the library, import, search and browser mode from a terminal, built on the
 * same services as the desktop app.
 */
import { UserError } from './errors.ts';
import { annotationsCommand } from './cli/annotations-command.ts';
import { backupCommand, restoreCommand } from './cli/backup-commands.ts';
import { extractCommand } from './cli/extract-command.ts';
import { importCommand } from './cli/import-command.ts';
import { processIo, UsageError, type CliIo } from './cli/io.ts';
import { backUpLibrariesUsed } from './cli/library-option.ts';
import { listCommand } from './cli/list-command.ts';
import { packCommand } from './cli/pack-command.ts';
import { recommendationsCommand } from './cli/recommendations-command.ts';
import { searchCommand } from './cli/search-command.ts';
import { serveCommand } from './cli/serve-command.ts';

export const USAGE = `Usage: briefing COMMAND [options]

Commands:
  extract [--json] FILE...                 show what Briefing Desk reads out of files (no library needed)
  import [--db FILE] [--json] [--password SECRET] PATH...
                                           add files and folders (searched recursively) to the library;
                                           --password opens every encrypted PDF in the batch
  list [--db FILE] [--json]                list the documents in the library
  search [--db FILE] [--json] QUERY        search the library; "exact phrase", prefix*, OR
  serve [--db FILE] [--port N]             use Briefing Desk in a web browser on this computer
  pack [--db FILE] SPEC.json --out FILE.pdf [--annotated-only]
                                           build a briefing pack from a JSON spec (files named in it are imported);
                                           --annotated-only keeps just the pages members annotated
  recommendations [--db FILE] [--json | --csv | --pdf FILE] [--status S] [--committee C] [--search Q]
                                           the recommendations register; --status may repeat or list several
  annotations export [--db FILE] [--format md|csv] [--document ID] [--include-exempt]
                                           print notes, highlights and questions as Markdown or CSV;
                                           notes on exempt (Part 2) papers only with --include-exempt
  backup [--db FILE] [--without-exempt] FILE
                                           copy the whole library into one backup file; --without-exempt
                                           leaves out Part 2 papers, for a copy shared with others
  restore [--db FILE] FILE                 replace the library with a backup (a copy of it is kept)

The library is the desktop app's own unless --db FILE or the BRIEFING_DB environment variable names another.
`;

const commands: Record<string, (argv: string[], io: CliIo) => Promise<number>> = {
  extract: extractCommand,
  import: importCommand,
  list: listCommand,
  search: searchCommand,
  serve: serveCommand,
  pack: packCommand,
  recommendations: recommendationsCommand,
  annotations: annotationsCommand,
  backup: backupCommand,
  restore: restoreCommand,
};

export async function runCli(argv: string[], io: CliIo = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    io.stdout(USAGE);
    return name === undefined ? 2 : 0;
  }
  const command = commands[name];
  if (!command) {
    io.stderr(`briefing: unknown command "${name}"\n\n${USAGE}`);
    return 2;
  }
  try {
    return await command(rest, io);
  } catch (error) {
    // parseArgs reports unknown or malformed options with these codes.
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (error instanceof UsageError || code.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`briefing ${name}: ${(error as Error).message}\n\n${USAGE}`);
      return 2;
    }
    if (error instanceof UserError) {
      io.stderr(`briefing ${name}: ${error.message}\n`);
      return 1;
    }
    throw error;
  } finally {
    // After the answer or the error has been printed.
    await backUpLibrariesUsed();
  }
}
