/**
 * How many events and streams the seed fixtures become, counted rather than written down: the
 * minutes alone (fixtures/*.yaml) and the minutes with the receipts (fixtures/*.csv after them).
 * Counted by importing them, with the importer itself, into an in-memory store once per test
 * process, so adding a fixture changes these numbers and no test. The tests that use them compare
 * another path over the same files (a SQLite file, the CLI, an export and re-import, verify, a seal)
 * with this one: a path that drops, repeats or adds an event still fails.
 */
import { InMemoryEventStore } from '../../src/store/in-memory/index.js';
import type { EventStore } from '../../src/store/port.js';
import { importInto, MINUTES, RECEIPTS } from './ledger.js';

export interface SeedCount {
  readonly events: number;
  readonly streams: number;
  /** The head's position in a fresh SQLite store, whose positions start at 1: the number of events. */
  readonly position: bigint;
}

export interface SeedCounts {
  readonly minutes: SeedCount;
  readonly all: SeedCount;
}

async function countOf(store: EventStore): Promise<SeedCount> {
  const streams = new Set<string>();
  let events = 0;
  for await (const event of store.readAll()) {
    events += 1;
    streams.add(event.streamId);
  }
  return { events, streams: streams.size, position: BigInt(events) };
}

async function count(): Promise<SeedCounts> {
  const store = new InMemoryEventStore();
  await importInto(store, MINUTES);
  const minutes = await countOf(store);
  await importInto(store, RECEIPTS);
  return { minutes, all: await countOf(store) };
}

let counted: Promise<SeedCounts> | undefined;

/** The counts, imported once per test process and shared by every test file that asks. */
export function seedCounts(): Promise<SeedCounts> {
  counted ??= count();
  return counted;
}
