/**
 * Child process for the shared read-model test: one long-lived ledger process (as a clerk's
 * session importing file after file would be) that imports each pair of files named on the command
 * line, catches its read models up after each, and prints the round it finished.
 */
import { configFrom, openLedger } from '../../src/compose.js';
import { importFiles } from '../../src/import/import-files.js';

const [store, readDb, tokensDb, ...files] = process.argv.slice(2);
if (!store || !readDb || !tokensDb || files.length % 2 !== 0)
  throw new Error('usage: import-worker STORE READ_DB TOKENS_DB (MINUTES RECEIPTS)...');
const ledger = await openLedger(configFrom({ store: `sqlite:${store}`, readDb, tokensDb }));
try {
  for (let round = 0; round < files.length / 2; round++) {
    const result = await importFiles(ledger, files.slice(round * 2, round * 2 + 2));
    if (result.status !== 'imported') throw new Error(`round ${round + 1}: ${JSON.stringify(result)}`);
    await ledger.projections.catchUp();
    process.stdout.write(`round ${round + 1}\n`);
  }
} finally {
  await ledger.close();
}
