/**
 * Issue 13.2, at the store: appendMany writes several streams in one go, all or nothing. A batch
 * whose last append expects a revision its stream has not got writes none of its appends.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isWrongExpectedRevision } from '../../src/store/errors.js';
import { InMemoryEventStore } from '../../src/store/in-memory/index.js';
import { SqliteEventStore } from '../../src/store/sqlite/index.js';
import { collect, pledgeEvent, uniqueStream } from './fixtures.js';

const folder = mkdtempSync(join(tmpdir(), 'ledger-append-many-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe.each([
  ['in-memory', () => new InMemoryEventStore()],
  ['sqlite', () => new SqliteEventStore(join(folder, `many-${Date.now()}.db`), { synchronous: 'normal' })],
])('the %s store appendMany', (_name, open) => {
  it('writes several streams in order, and one refusal writes none of them', async () => {
    const store = open();
    const [a, b, c] = [uniqueStream(), uniqueStream(), uniqueStream()];
    const written = await store.appendMany([
      { streamId: a, events: [pledgeEvent(0)], expectedRevision: 'no_stream' },
      { streamId: b, events: [pledgeEvent(1), pledgeEvent(2)], expectedRevision: 'no_stream' },
      { streamId: a, events: [pledgeEvent(3)], expectedRevision: 0n },
    ]);
    expect(written.map((result) => result.nextRevision)).toEqual([0n, 1n, 1n]);
    const head = await store.headPosition();
    const error = await store
      .appendMany([
        { streamId: c, events: [pledgeEvent(4)], expectedRevision: 'no_stream' },
        { streamId: a, events: [pledgeEvent(5)], expectedRevision: 0n },
      ])
      .catch((caught: unknown) => caught);
    expect(isWrongExpectedRevision(error)).toBe(true);
    expect(await store.headPosition()).toBe(head);
    expect(await collect(store.readStream(c))).toEqual([]);
    await store.close();
  });
});
