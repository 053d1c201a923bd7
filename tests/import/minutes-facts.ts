/**
 * Facts tables: each row quotes a sentence of the minutes (checked, word for word, against the
 * copy of the minutes in fixtures/minutes/) and says what the imported fixtures must record for it:
 * the events, and what the read models (the reports' and pages' source) show for them.
 */
import { readFileSync } from 'node:fs';
import type Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLedger, type Ledger } from '../../src/compose.js';
import { Config } from '../../src/config.js';
import type { AttendanceRecordedData } from '../../src/domain/meetings/events.js';
import { importFiles } from '../../src/import/import-files.js';
import { findAction } from '../../src/projections/action-tracker/index.js';
import { attendanceReport } from '../../src/projections/attendance/index.js';
import { commitmentsView } from '../../src/projections/commitments/index.js';
import { findDecision } from '../../src/projections/decision-register/index.js';
import { decisionLineage } from '../../src/projections/lineage/index.js';
import { directory } from '../../src/projections/partner-profile/directory.js';
import { listPeople } from '../../src/projections/people/index.js';
import type { RecordedEvent } from '../../src/store/envelope.js';
import { fixture, fixturePaths } from './helpers.js';

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
  constructor(
    readonly all: readonly RecordedEvent[],
    /** The read models, caught up with every event. */
    readonly db: Database.Database,
  ) {}

  /** A resolution as the decision register shows it; fails the test when the register does not hold it. */
  decision(proposalId: string, resolution: string) {
    const found = findDecision(this.db, proposalId, resolution);
    expect(found, `${proposalId} ${resolution})`).toBeDefined();
    return found!;
  }

  /** An action as the action tracker shows it. */
  action(actionId: string) {
    const found = findAction(this.db, actionId);
    expect(found, actionId).toBeDefined();
    return found!;
  }

  /** A fund's reconciliation as the commitments view shows it. */
  fund(fundId: string) {
    const [found] = commitmentsView(this.db, { fundId }).funds;
    expect(found, fundId).toBeDefined();
    return found!;
  }

  /** A meeting as the attendance report shows it. */
  meeting(meetingId: string) {
    const found = attendanceReport(this.db).meetings.find((meeting) => meeting.meetingId === meetingId);
    expect(found, meetingId).toBeDefined();
    return found!;
  }

  /** The organisations, bodies, memberships and representatives, as the partner profiles read them. */
  directory() {
    return directory(this.db);
  }

  /** The lineage of a decision: the matters before and after it, their links, actions and task groups. */
  lineage(proposalId: string, resolution?: string) {
    const found = decisionLineage(this.db, proposalId, resolution);
    expect(found, proposalId).toBeDefined();
    return found!;
  }

  /** The people directory's entries matching a name in any of its forms. */
  people(name: string) {
    return listPeople(this.db, { q: name }).people;
  }

  ofType<T>(type: string, streamId?: string): T[] {
    return this.all
      .filter((event) => event.type === type && (streamId === undefined || event.streamId === streamId))
      .map((event) => event.data as T);
  }

  envelopesOf(type: string): RecordedEvent[] {
    return this.all.filter((event) => event.type === type);
  }
}

/** Every fixture imported, as the demo imports them, into an in-memory ledger with its read models caught up. */
export async function importedFixtures(ledger: Ledger): Promise<ImportedEvents> {
  const result = await importFiles(ledger, fixturePaths());
  if (result.status !== 'imported') throw new Error(`the fixtures did not import: ${JSON.stringify(result)}`);
  await ledger.projections.catchUp();
  const events: RecordedEvent[] = [];
  for await (const event of ledger.store.readAll()) events.push(event);
  return new ImportedEvents(events, ledger.readDb);
}

/** An empty ledger in memory, with every read model. */
export function ledgerInMemory(): Promise<Ledger> {
  return openLedger(Config.parse({ store: 'memory:' }));
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
    let ledger: Ledger;
    const minutes = minutesText(meetingId);
    beforeAll(async () => {
      ledger = await ledgerInMemory();
      events = await importedFixtures(ledger);
    }, 120_000);
    afterAll(() => ledger.close());

    it.each(facts.map((fact) => [quoted(fact.minutes), fact] as const))('"%s"', (sentence, fact) => {
      expect(minutes).toContain(sentence);
      fact.check(events);
    });

    more?.(() => events);
  });
}
