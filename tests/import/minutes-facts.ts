/**
 * Facts tables: each row quotes a sentence of the minutes (checked, word for word, against the
 * copy of the minutes in fixtures/minutes/) and says what the imported fixtures must record for it.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AttendanceRecordedData } from '../../src/domain/meetings/events.js';
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
    return this.all
      .filter((event) => event.type === type && (streamId === undefined || event.streamId === streamId))
      .map((event) => event.data as T);
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

/** The meeting's attendance as recorded, and the people in it. */
export function attendanceOf(events: ImportedEvents, meetingId: string) {
  const recorded = events.ofType<AttendanceRecordedData>('AttendanceRecorded', `meeting-${meetingId}`)[0]!;
  return {
    presentFor: (person: string) => recorded.present.find((p) => p.person === person),
    apologies: recorded.apologies.map((a) => `${a.person} (${a.organisationId})`),
  };
}

/**
 * A row of the attendance table read as a substitution: `person` attended for `organisationId` in place of `absent`,
 * who sent apologies.
 */
export function substitution(
  meetingId: string,
  row: string,
  person: string,
  organisationId: string,
  absent: string,
): Fact {
  return {
    minutes: row,
    check: (events) => {
      const { presentFor, apologies } = attendanceOf(events, meetingId);
      expect(presentFor(person)).toMatchObject({ organisationId, substituteFor: absent });
      expect(apologies).toContain(`${absent} (${organisationId})`);
    },
  };
}

/**
 * One test per fact: the quotation is in the minutes, and the imported fixtures record it. `more`
 * adds tests over the whole meeting (counts the minutes imply), reading the events through `events()`.
 */
export function describeFacts(
  meetingId: string,
  facts: readonly Fact[],
  more?: (events: () => ImportedEvents) => void,
): void {
  describe(`${meetingId}: the fixtures record what the minutes say`, () => {
    let events: ImportedEvents;
    const minutes = minutesText(meetingId);
    beforeAll(async () => {
      events = await importedFixtures();
    });

    it.each(facts.map((fact) => [quoted(fact.minutes), fact] as const))('"%s"', (sentence, fact) => {
      expect(minutes).toContain(sentence);
      fact.check(events);
    });

    more?.(() => events);
  });
}
