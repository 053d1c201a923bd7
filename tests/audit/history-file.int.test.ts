/**
 * The NDJSON history: exported, loaded into an empty store and exported again, byte for byte the
 * same; refused before anything is written when the store is not empty or the file does not verify.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportLines, type ExportFormat } from '../../src/audit/export.js';
import { HistoryRefused, importHistory } from '../../src/audit/import-history.js';
import { sealLedger } from '../../src/audit/seal-ledger.js';
import type { EventStore } from '../../src/store/port.js';
import { InMemoryEventStore } from '../../src/store/in-memory/index.js';
import { StoreError } from '../../src/store/errors.js';
import { pledgeEvent } from '../store/fixtures.js';
import { importInto, MINUTES, RECEIPTS, seededFolder, verifyFile, withStore } from './ledger.js';
import { seedCounts, type SeedCounts } from './seed-counts.js';

const folder = seededFolder();
let n = 0;
const fresh = () => join(folder.folder, `fresh-${++n}.db`);

async function exported(store: EventStore, format: ExportFormat = 'ndjson', asAt?: string): Promise<string> {
  let text = '';
  for await (const line of exportLines(store, asAt === undefined ? { format } : { format, asAt })) text += line;
  return text;
}

/** The seed ledger, sealed, exported to a file: its events, and the seal's one in a stream of its own. */
let history: string;
let seed: SeedCounts;
let sealed: { events: number; streams: number };
beforeAll(async () => {
  seed = await seedCounts();
  sealed = { events: seed.all.events + 1, streams: seed.all.streams + 1 };
  const template = await folder.seed();
  history = join(folder.folder, 'history.ndjson');
  await withStore(template, async (store) => {
    await sealLedger(store, { now: new Date('2017-05-01T09:00:00Z'), actor: { id: 'auditor', role: 'admin' } });
    writeFileSync(history, await exported(store));
  });
});
afterAll(() => folder.remove());

/**
 * The store, failing every append after the first `count` (once those are written), as a store that went away would.
 */
function stopAfterAppends(store: EventStore, count: number): EventStore {
  const accepted: Array<Promise<unknown>> = [];
  return Object.assign(Object.create(store) as EventStore, {
    append: async (...args: Parameters<EventStore['append']>) => {
      if (accepted.length < count) return accepted[accepted.push(store.append(...args)) - 1];
      await Promise.allSettled(accepted);
      throw new StoreError('STORE_UNAVAILABLE', 'The store went away half way through the import');
    },
  });
}

function editedHistory(edit: (lines: string[]) => string[]): string {
  const file = join(folder.folder, `edited-${++n}.ndjson`);
  writeFileSync(file, `${edit(readFileSync(history, 'utf8').trimEnd().split('\n')).join('\n')}\n`);
  return file;
}

async function refusal(file: string, into = fresh()): Promise<{ message: string; head: bigint }> {
  return withStore(into, async (store) => {
    const error = await importHistory(store, file).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(HistoryRefused);
    return { message: (error as Error).message, head: await store.headPosition() };
  });
}

describe('export and import-history', () => {
  it('round-trips: export, import into an empty store, export again, byte for byte', async () => {
    const target = fresh();
    const imported = await withStore(target, (store) => importHistory(store, history));
    expect(imported).toEqual({ ...sealed, renumbered: 0, alreadyStored: 0 });
    const again = await withStore(target, (store) => exported(store));
    expect(again).toBe(readFileSync(history, 'utf8'));
    expect(await verifyFile(target)).toMatchObject({ ok: true, events: sealed.events, seals: [{ ok: true }] });
  });

  it('writes one canonical JSON object per line with numbers for revision and position', () => {
    const first = readFileSync(history, 'utf8').split('\n')[0]!;
    expect(Object.keys(JSON.parse(first) as object)).toEqual([
      'data',
      'eventId',
      'metadata',
      'position',
      'revision',
      'streamId',
      'type',
    ]);
    expect(first).toMatch(/"position":1,"revision":0,"streamId":"organisation-gloucestershire-county-council"/);
  });

  it('keeps the hashes but not the positions of a store that numbers from 0', async () => {
    const memory = new InMemoryEventStore();
    await importInto(memory, MINUTES);
    const file = join(folder.folder, 'memory.ndjson');
    writeFileSync(file, await exported(memory));
    const target = fresh();
    const { events, streams } = seed.minutes;
    expect(await withStore(target, (store) => importHistory(store, file))).toEqual({
      events,
      streams,
      renumbered: events,
      alreadyStored: 0,
    });
    const hashes = (text: string) =>
      text
        .trimEnd()
        .split('\n')
        .map((line) => (JSON.parse(line) as { metadata: { hash: string } }).metadata.hash);
    expect(hashes(await withStore(target, (store) => exported(store)))).toEqual(hashes(readFileSync(file, 'utf8')));
  });

  it('refuses a store that holds another ledger, writing nothing', async () => {
    const other = fresh();
    await withStore(other, (store) =>
      store.append('fund-devolution-capacity', [pledgeEvent(0)], { expectedRevision: 'no_stream' }),
    );
    const before = await withStore(other, (store) => store.headPosition());
    const { message, head } = await refusal(history, other);
    expect(message).toMatch(
      /^The store already holds events \(up to position \d+\) that are not from this file: its first event is \w+, the file's \w+\./,
    );
    expect(head).toBe(before);
  });

  it('completes an import that stopped half way, recognising the events already written', async () => {
    const target = fresh();
    const stopped = await withStore(target, (store) =>
      importHistory(stopAfterAppends(store, 5), history).catch((error: unknown) => error),
    );
    expect(stopped).toMatchObject({ code: 'STORE_UNAVAILABLE' });
    const written = await withStore(target, (store) => store.headPosition());
    expect(written).toBeGreaterThan(0n);
    const resumed = await withStore(target, (store) => importHistory(store, history));
    expect(resumed).toMatchObject({ events: sealed.events, alreadyStored: Number(written) });
    expect(await withStore(target, (store) => exported(store))).toBe(readFileSync(history, 'utf8'));
    expect(await withStore(target, (store) => importHistory(store, history))).toMatchObject({
      alreadyStored: sealed.events,
    });
  });

  it('refuses a file whose chain does not verify, naming the break, before writing anything', async () => {
    const file = editedHistory((lines) =>
      lines.map((line) =>
        line.includes('"streamId":"fund-devolution-capacity","type":"PledgeRecorded"')
          ? line.replace('1000000', '2000000')
          : line,
      ),
    );
    const { message, head } = await refusal(file);
    expect(message).toMatch(
      /does not verify, at stream fund-devolution-capacity, revision 1 \(event \w+, PledgeRecorded, position 98\): content altered: /,
    );
    expect(message).toMatch(/Nothing was written\.$/);
    expect(head).toBe(-1n);
  });

  it.each([
    [
      'a line that is not JSON',
      (lines: string[]) => [...lines.slice(0, 2), '{"eventId":', ...lines.slice(2)],
      'line 3: not JSON',
    ],
    [
      'an event without its hash',
      (lines: string[]) => lines.map((line, i) => (i === 4 ? line.replace(/,"hash":"[0-9a-f]{64}"/, '') : line)),
      'line 5: metadata.hash: ',
    ],
    [
      'events out of global order',
      (lines: string[]) => [lines[1]!, lines[0]!, ...lines.slice(2)],
      'line 2: position 1 does not follow 2',
    ],
  ])('refuses %s, naming the line', async (_name, edit, expected) => {
    const { message, head } = await refusal(editedHistory(edit));
    expect(message).toContain(expected);
    expect(head).toBe(-1n);
  });

  it('exports only what was recorded by the as-at time', async () => {
    const memory = new InMemoryEventStore();
    await importInto(memory, MINUTES, () => new Date('2017-01-09T10:00:00Z'));
    await importInto(memory, RECEIPTS, () => new Date('2017-04-02T10:00:00Z'));
    const lines = (await exported(memory, 'ndjson', '2017-03-31')).trimEnd().split('\n');
    expect(lines).toHaveLength(seed.minutes.events);
    expect((await exported(memory, 'ndjson', '2017-04-02T10:00:00Z')).trimEnd().split('\n')).toHaveLength(
      seed.all.events,
    );
  });

  it('exports CSV: a header row, then one row per event', async () => {
    const csv = await withStore(folder.copy(`csv-${++n}.db`), (store) => exported(store, 'csv'));
    const rows = csv.split('\r\n');
    expect(rows[0]).toBe(
      'position,stream_id,revision,event_id,type,actor,actor_role,recorded_at,occurred_at,' +
        'source_document,source_section,command_type,prev_hash,hash,data',
    );
    expect(rows).toHaveLength(sealed.events + 2);
    expect(rows[1]).toMatch(
      /^1,organisation-gloucestershire-county-council,0,\w{26},OrganisationRegistered,importer,clerk,/,
    );
    expect(rows[1]).toMatch(/,"\{""identifier"":""GB-LAE-GLS"",/);
  });
});
