/**
 * Child process for the crash test: catches the read models up with the store, printing the
 * position reached after each page, until done or killed.
 */
import { allProjections } from '../../src/projections/index.js';
import { openReadModelDb } from '../../src/projections/read-model-db.js';
import { ProjectionRunner } from '../../src/projections/runner.js';
import { SqliteEventStore } from '../../src/store/sqlite/index.js';

const [storeFile, readModelFile] = process.argv.slice(2);
if (!storeFile || !readModelFile) throw new Error('usage: catch-up-worker STORE_FILE READ_MODEL_FILE');
const store = new SqliteEventStore(storeFile);
const runner = new ProjectionRunner(store, openReadModelDb(readModelFile), allProjections);
await runner.catchUp((progress) => process.stdout.write(`${progress.position}\n`));
process.stdout.write('done\n');
await store.close();
