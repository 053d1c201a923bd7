#!/usr/bin/env node
/**
 * The `ledger` command. Exit codes: 0 ok, 1 a check failed (or the store is unavailable),
 * 2 a usage or input error. Human output by default; `--format json|csv` for machines.
 */
import { Command, CommanderError } from 'commander';
import { registerExport } from './commands/export.js';
import { registerHistory } from './commands/history.js';
import { registerImport } from './commands/import.js';
import { registerImportHistory } from './commands/import-history.js';
import { registerPublish } from './commands/publish.js';
import { registerRebuild } from './commands/rebuild.js';
import { registerReport } from './commands/report.js';
import { registerSeal } from './commands/seal.js';
import { registerServe } from './commands/serve.js';
import { registerToken } from './commands/token.js';
import { registerVerify } from './commands/verify.js';
import { exitWithError } from './output.js';

// A reader that stops early (`ledger report decisions | head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const program = new Command('ledger')
  .description(
    'Partnership Ledger: the decisions, pledges and actions of partnership boards, as an event-sourced ledger',
  )
  .showHelpAfterError('(run with --help for usage)')
  .exitOverride();

registerServe(program);
registerImport(program);
registerToken(program);
registerVerify(program);
registerSeal(program);
registerExport(program);
registerPublish(program);
registerImportHistory(program);
registerRebuild(program);
registerHistory(program);
registerReport(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    process.exit(error.exitCode === 0 ? 0 : 2);
  }
  exitWithError(error);
}
