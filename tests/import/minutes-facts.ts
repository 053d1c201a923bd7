/**
 * Facts tables: each row quotes a sentence of the minutes (checked, word for word, against the
 * copy of the minutes in fixtures/minutes/) and says what the imported fixtures must record for it.
 */
import { readFileSync } from 'node:fs';
import { importFiles } from '../../src/import/import-files.js';
import type { RecordedEvent } from '../../src/store/envelope.js';
import { fixture, fixturePaths, memoryLedger } from './helpers.js';

export interface Fact {
  /** The minutes' own words, as printed (whitespace may differ). */
  readonly minutes: string;
  /** What the ledger must hold for it; throws (an expect) when it does not. */
  readonly check: (events: ImportedEvents) => void;
}

/** The minutes as one line of words, so a quotation spanning a line break still matches. */
export function minutesText(meetingId: string): string {
  return readFileSync(fixture(`minutes/${meetingId}.txt`), 'utf8').replace(/\s+/g, ' ');
}

export function quoted(minutes: string): string {
  return minutes.replace(/\s+/g, ' ').trim();
}

export class ImportedEvents {
  constructor(readonly all: readonly RecordedEvent[]) {}

  ofType<T>(type: string, streamId?: string): T[] {
    return this.all.filter((event) => event.type === type && (streamId === undefined || event.streamId === streamId)).map((event) => event.data as T);
  }

  envelopesOf(type: string): RecordedEvent[] {
    return this.all.filter((event) => event.type === type);
  }
}

/** Every fixture imported, as the demo imports them, into an in-memory store. */
export async function importedFixtures(): Promise<ImportedEvents> {
  const ledger = memoryLedger();
  const result = await importFiles(ledger, fixturePaths());
  if (result.status !== 'imported') throw new Error(`the fixtures did not import: ${JSON.stringify(result)}`);
  const events: RecordedEvent[] = [];
  for await (const event of ledger.store.readAll()) events.push(event);
  return new ImportedEvents(events);
}
