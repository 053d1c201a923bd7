// A second OS process writing to the same SQLite file through the real adapter (compiled to dist/).
// Usage: node sqlite-writer.worker.mjs FILE STREAM WRITER
// Reads commands from stdin, one a line: `append REVISION` appends one event expecting REVISION and
// prints the outcome as one JSON line; `exit` closes the store. Prints `ready` once the file is open.
import { createInterface } from 'node:readline';
import { monotonicFactory } from 'ulid';
import { SqliteEventStore } from '../../dist/src/store/sqlite/index.js';

const [file, stream, writer] = process.argv.slice(2);
const store = new SqliteEventStore(file);
const newId = monotonicFactory();

function pledge() {
  const commandId = `race:${writer}:${newId()}`;
  return {
    eventId: newId(),
    type: 'PledgeRecorded',
    data: { fundId: 'devolution-capacity', pledgeId: writer, organisation: writer, amountPence: 1_000_000 },
    metadata: {
      commandId,
      commandType: 'PledgeFunding',
      correlationId: commandId,
      causationId: commandId,
      actor: { id: writer, role: 'clerk' },
      recordedAt: new Date().toISOString(),
      occurredAt: '2016-10-27',
      schemaVersion: 1,
    },
  };
}

async function append(revision) {
  try {
    const result = await store.append(stream, [pledge()], { expectedRevision: BigInt(revision) });
    return { writer, outcome: 'won', revision: String(result.nextRevision) };
  } catch (error) {
    return { writer, outcome: 'lost', code: error.code, actual: String(error.actual), message: error.message };
  }
}

const lines = createInterface({ input: process.stdin });
lines.on('line', async (line) => {
  const [command, revision] = line.trim().split(' ');
  if (command === 'append') process.stdout.write(`${JSON.stringify(await append(revision))}\n`);
  if (command === 'exit') {
    lines.close();
    await store.close();
  }
});
process.stdout.write('ready\n');
