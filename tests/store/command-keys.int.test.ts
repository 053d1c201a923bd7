/**
 * Issue 13.5, at the store: a command's key is claimed in the append's own write. An append that
 * carries a key already standing for another stream, actor or command fails with
 * IdempotencyKeyReusedError and writes nothing; the same command's key on its own stream is fine.
 * A SQLite file written before the key table existed gets its keys from its events on opening.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { isIdempotencyKeyReused } from '../../src/store/command-keys.js';
import type { NewEvent } from '../../src/store/envelope.js';
import { InMemoryEventStore } from '../../src/store/in-memory/index.js';
import type { EventStore } from '../../src/store/port.js';
import { SqliteEventStore } from '../../src/store/sqlite/index.js';
import { pledgeEvent, uniqueStream } from './fixtures.js';

const folder = mkdtempSync(join(tmpdir(), 'ledger-keys-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
let n = 0;

function withKey(event: NewEvent, commandId: string, actorId = 'importer'): NewEvent {
  return { ...event, metadata: { ...event.metadata, commandId, actor: { id: actorId, role: 'clerk' } } };
}

async function refusal(store: EventStore, stream: string, event: NewEvent): Promise<unknown> {
  return store.append(stream, [event], { expectedRevision: 'any' }).then(
    () => undefined,
    (error: unknown) => error,
  );
}

describe.each([
  ['in-memory', () => new InMemoryEventStore()],
  ['sqlite', () => new SqliteEventStore(join(folder, `keys-${++n}.db`), { synchronous: 'normal' })],
])('the %s store claims idempotency keys', (_name, open) => {
  it('refuses a key held for another stream, actor or command, writing nothing', async () => {
    const store = open();
    const [first, second] = [uniqueStream(), uniqueStream()];
    await store.append(first, [withKey(pledgeEvent(0), 'key-1')], { expectedRevision: 'no_stream' });
    const head = await store.headPosition();
    const elsewhere = await refusal(store, second, withKey(pledgeEvent(1), 'key-1'));
    expect(isIdempotencyKeyReused(elsewhere) && elsewhere.usedFor).toBe(`a command on ${first}`);
    const otherActor = await refusal(store, first, withKey(pledgeEvent(0), 'key-1', 'someone-else'));
    expect(isIdempotencyKeyReused(otherActor) && otherActor.usedFor).toBe('a command recorded by another token');
    const otherCommand = withKey(pledgeEvent(0), 'key-1');
    const otherType = await refusal(store, first, {
      ...otherCommand,
      metadata: { ...otherCommand.metadata, commandType: 'AmendPledge' },
    });
    expect(isIdempotencyKeyReused(otherType) && otherType.usedFor).toBe('a PledgeFunding command');
    expect(await store.headPosition()).toBe(head);
    await store.append(first, [withKey(pledgeEvent(2), 'key-1')], { expectedRevision: 0n });
    expect(await store.headPosition()).toBe(head + 1n);
    await store.close();
  });
});

describe('a SQLite file from before the key table', () => {
  it('gets the keys of the commands it holds when opened', async () => {
    const file = join(folder, 'old.db');
    const [first, second] = [uniqueStream(), uniqueStream()];
    const store = new SqliteEventStore(file, { synchronous: 'normal' });
    await store.append(first, [withKey(pledgeEvent(0), 'old-key')], { expectedRevision: 'no_stream' });
    await store.close();
    const db = new Database(file);
    db.exec('DROP TABLE command_keys');
    db.close();
    const reopened = new SqliteEventStore(file, { synchronous: 'normal' });
    expect(isIdempotencyKeyReused(await refusal(reopened, second, withKey(pledgeEvent(1), 'old-key')))).toBe(true);
    await reopened.close();
  });

  it("drops the old index of each event's commandId, and still finds a command's stream through the keys", async () => {
    const file = join(folder, 'old-index.db');
    const stream = uniqueStream();
    const store = new SqliteEventStore(file, { synchronous: 'normal' });
    await store.append(stream, [withKey(pledgeEvent(0), 'indexed-key')], { expectedRevision: 'no_stream' });
    await store.close();
    const db = new Database(file);
    db.exec('DROP TABLE command_keys');
    db.exec("CREATE INDEX events_command_id ON events (json_extract(metadata, '$.commandId'))");
    db.close();
    const reopened = new SqliteEventStore(file, { synchronous: 'normal' });
    const index = reopened.db.prepare(
      "SELECT name FROM sqlite_master WHERE type = 'index' AND name = 'events_command_id'",
    );
    expect(index.get()).toBeUndefined();
    expect(await reopened.streamOfCommand('indexed-key')).toBe(stream);
    expect(await reopened.streamOfCommand('never-used')).toBeUndefined();
    await reopened.close();
  });
});
