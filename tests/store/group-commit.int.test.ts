import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { monotonicFactory } from 'ulid';
import { SCHEMA_VERSION, type NewEvent } from '../../src/store/envelope.js';
import { isWrongExpectedRevision } from '../../src/store/errors.js';
import { SqliteEventStore } from '../../src/store/sqlite/index.js';

const newId = monotonicFactory();
const event = (n: number): NewEvent => ({
  eventId: newId(),
  type: 'ProgressRecorded',
  data: { actionId: 'lg-2016-10-27-3-1', note: `note ${n}`, rag: 'green', asOf: '2016-11-01' },
  metadata: {
    commandId: `c-${n}`,
    commandType: 'RecordProgress',
    correlationId: `c-${n}`,
    causationId: `c-${n}`,
    actor: { id: 'clerk', role: 'clerk' },
    recordedAt: '2016-11-01T10:00:00.000Z',
    occurredAt: '2016-11-01',
    schemaVersion: SCHEMA_VERSION,
  },
});

let dir: string;
let store: SqliteEventStore;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ledger-group-'));
  store = new SqliteEventStore(join(dir, 'ledger.db'));
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('group commit in the SQLite store', () => {
  it(
    'writes appends that arrive together, each checked on its own: one conflict does not undo ' + 'the others',
    async () => {
      const results = await Promise.allSettled([
        store.append('action-a', [event(1)], { expectedRevision: 'no_stream' }),
        store.append('action-b', [event(2)], { expectedRevision: 'no_stream' }),
        store.append('action-a', [event(3)], { expectedRevision: 'no_stream' }),
        store.append('action-c', [event(4), event(5)], { expectedRevision: 'no_stream' }),
      ]);
      expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
      const failure = results[2] as PromiseRejectedResult;
      expect(isWrongExpectedRevision(failure.reason)).toBe(true);
      const all = [];
      for await (const e of store.readAll()) all.push([e.streamId, e.revision]);
      expect(all).toEqual([
        ['action-a', 0n],
        ['action-b', 0n],
        ['action-c', 0n],
        ['action-c', 1n],
      ]);
    },
  );

  it('serialises 200 concurrent appends to one stream at "any": revisions 0 to 199, chained', async () => {
    await Promise.all(
      Array.from({ length: 200 }, (_, n) => store.append('action-a', [event(n)], { expectedRevision: 'any' })),
    );
    let expected = 0n;
    let previous: string | undefined;
    for await (const e of store.readStream('action-a')) {
      expect(e.revision).toBe(expected++);
      if (previous) expect(e.metadata.prevHash).toBe(previous);
      previous = e.metadata.hash;
    }
    expect(expected).toBe(200n);
  });
});
