#!/usr/bin/env node
/**
 * The `ledger` command. Exit codes: 0 ok, 1 a check failed (or the store is unavailable),
 * 2 a usage or input error. Human output by default; `--format json|csv` for machines.
 */
import { Command, CommanderError } from 'commander';
import { registerImport } from './commands/import.js';
import { registerServe } from './commands/serve.js';
import { registerToken } from './commands/token.js';
import { exitWithError } from './output.js';

const program = new Command('ledger')
  .description('Partnership Ledger: the decisions, pledges and actions of partnership boards, as an event-sourced ledger')
  .showHelpAfterError('(run with --help for usage)')
  .exitOverride();

registerServe(program);
registerImport(program);
registerToken(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    process.exit(error.exitCode === 0 ? 0 : 2);
  }
  exitWithError(error);
}
