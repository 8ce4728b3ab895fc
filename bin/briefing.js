#!/usr/bin/env node
// Entry point of the `briefing` command. The sources are TypeScript run directly by Node 22's type
// stripping, so an older Node gets a clear sentence instead of a syntax error.
import module from 'node:module';

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 18)) {
  process.stderr.write(
    `Briefing Desk needs Node.js 22.18 or later (this is ${process.version}). ` +
      'Run it from the project folder as "npx briefing", which uses the Node.js the project installs.\n',
  );
  process.exit(1);
}
// Node keeps the app's compiled modules on disk, so each start after the first skips compiling them
// (about a tenth of a second of `briefing serve` becoming ready). A missing or stale entry is compiled again.
module.enableCompileCache();
const { runCli } = await import('../main/cli.ts');
process.exitCode = await runCli(process.argv.slice(2));
