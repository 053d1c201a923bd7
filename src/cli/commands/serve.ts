/** `ledger serve`: the HTTP API over the configured store; `--demo` loads the seed meetings first. */
import type { Command } from 'commander';
import { closeOnSignals, startServer } from '../../api/server.js';
import { configFrom, openLedger } from '../../compose.js';
import { prepareDemo } from '../demo.js';
import { flagsFrom, withStoreOptions, type StoreFlags } from '../store-options.js';

export function registerServe(program: Command): void {
  withStoreOptions(program.command('serve'))
    .description('serve the HTTP API (OpenAPI at /openapi.json, Swagger UI at /docs)')
    .option('--port <port>', 'port to listen on (env PORT; default 3000)')
    .option('--host <host>', 'interface to listen on (env LEDGER_HOST; default 127.0.0.1)')
    .option('--demo', 'on an empty store, import the seed meetings in fixtures/ and create an admin token')
    .action(async (options: StoreFlags & { port?: string; host?: string; demo?: boolean }) => {
      const ledger = await openLedger(configFrom(flagsFrom(options)));
      const demo = options.demo ? await prepareDemo(ledger) : undefined;
      const server = await startServer(ledger);
      closeOnSignals(server);
      const base = server.url.replace('0.0.0.0', 'localhost').replace('127.0.0.1', 'localhost');
      const lines = [
        `Partnership Ledger is serving ${ledger.config.store} at ${base}`,
        `  API documentation:  ${base}/docs`,
        `  OpenAPI document:   ${base}/openapi.json`,
        ...(demo?.lines(base) ?? []),
        'Press Ctrl+C to stop.',
      ];
      process.stdout.write(`${lines.join('\n')}\n`);
    });
}
