/**
 * As-at is a query, not a replay: over generated histories (the seed meetings and their later
 * changes, interleaved with random funding business decided by the real rules and random renames
 * and positions, recorded at random times with ties), the read models as they stood at a random
 * time T equal the read models rebuilt from only the events recorded by T, table by table and
 * answer by answer.
 */
import type Database from 'better-sqlite3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LedgerEvent } from '../../src/domain/index.js';
import { storeAsAt } from '../../src/projections/as-at.js';
import { listActions } from '../../src/projections/action-tracker/index.js';
import { attendanceReport } from '../../src/projections/attendance/index.js';
import { commitmentsView } from '../../src/projections/commitments/index.js';
import { listDecisions } from '../../src/projections/decision-register/index.js';
import { allProjections } from '../../src/projections/index.js';
import { partnerProfile } from '../../src/projections/partner-profile/index.js';
import { findPerson, listPeople } from '../../src/projections/people/index.js';
import { readAsAt } from '../../src/projections/read.js';
import { tableShapes } from '../../src/projections/versions.js';
import { canonicalJson } from '../../src/store/envelope.js';
import { InMemoryEventStore } from '../../src/store/in-memory/index.js';
import { fundingCommand } from '../domain/funding/arbitraries.js';
import { command, devolutionDecision, partners } from '../domain/funding/fixtures.js';
import { TestLedger } from './commitments/ledger.js';
import { project, record } from './given.js';
import { july2018Changes, june2018Actions, october2016Actions } from './seed/actions.js';
import { december2016, december2016Changes, september2016 } from './seed/between.js';
import { directoryEvents, PARTNERS, STROUD } from './seed/directory.js';
import { june2018 } from './seed/june-2018.js';
import { COMMUNITY_SAFETY, october2016 } from './seed/october-2016.js';

const seedEvents: LedgerEvent[] = [
  ...directoryEvents,
  ...september2016,
  ...october2016,
  ...october2016Actions,
  ...december2016,
  ...december2016Changes,
  ...june2018,
  ...june2018Actions,
  ...july2018Changes,
];

/** A second pot, so the generated funding business never collides with the seed's devolution pot. */
const GENERATED_POT = 'generated-pot';

function fundingEvents(commands: Parameters<TestLedger['record']>[0][]): LedgerEvent[] {
  const ledger = new TestLedger();
  ledger.record(
    command('OpenFund', {
      fundId: 'devolution-capacity',
      name: 'Generated pot',
      kind: 'pooled-pot',
      holder: 'gloucestershire-county-council',
      perPartnerAsk: '£10,000',
      askedOrganisations: [...partners],
      decision: devolutionDecision,
    }),
    '2016-10-28T10:00:00.000Z',
  );
  for (const next of commands) ledger.record(next, '2016-10-28T10:00:00.000Z');
  return ledger.events.map(
    (event) =>
      ({
        type: event.type,
        data: JSON.parse(JSON.stringify(event.data).replaceAll('"devolution-capacity"', `"${GENERATED_POT}"`)),
      }) as LedgerEvent,
  );
}

const renamed = (organisationId: string, n: number): LedgerEvent => ({
  type: 'OrganisationRenamed',
  data: {
    organisationId,
    name: `Renamed ${organisationId} ${n}`,
    previousName: 'Earlier name',
    renamedOn: '2017-01-01',
  },
});
const positionTaken = (organisationId: string, stance: 'support' | 'concerns' | 'oppose' | 'abstain'): LedgerEvent => ({
  type: 'PositionRecorded',
  data: { proposalId: COMMUNITY_SAFETY, organisationId, stance, option: '3', note: `Generated ${stance}` },
});

const change: fc.Arbitrary<LedgerEvent> = fc.oneof(
  fc
    .tuple(fc.constantFrom(...PARTNERS), fc.integer({ min: 1, max: 3 }))
    .map(([organisationId, n]) => renamed(organisationId, n)),
  fc
    .tuple(
      fc.constantFrom(...PARTNERS),
      fc.constantFrom<Array<'support' | 'concerns' | 'oppose' | 'abstain'>>('support', 'concerns', 'oppose', 'abstain'),
    )
    .map(([organisationId, stance]) => positionTaken(organisationId, stance)),
);

/** Merges the three sequences in a random order that keeps each one's own order. */
function interleave(sequences: LedgerEvent[][], picks: readonly number[]): LedgerEvent[] {
  const queues = sequences.map((sequence) => [...sequence]);
  const merged: LedgerEvent[] = [];
  for (let i = 0; queues.some((queue) => queue.length > 0); i++) {
    const open = queues.filter((queue) => queue.length > 0);
    merged.push(open[(picks[i % picks.length] ?? 0) % open.length]!.shift()!);
  }
  return merged;
}

const history = fc.record({
  funding: fc.array(fundingCommand, { maxLength: 25 }),
  changes: fc.array(change, { maxLength: 15 }),
  picks: fc.array(fc.nat(), { minLength: 1, maxLength: 60 }),
  // Gaps between recording times, ties included: 0 ms, 1 ms, a second, a day.
  gaps: fc.array(fc.constantFrom(0, 1, 1_000, 86_400_000), { minLength: 1, maxLength: 60 }),
  cut: fc.double({ min: -0.05, max: 1.05, noNaN: true }),
});

async function recorded(
  events: readonly LedgerEvent[],
  gaps: readonly number[],
): Promise<{ store: InMemoryEventStore; times: string[] }> {
  const store = new InMemoryEventStore();
  const times: string[] = [];
  let at = Date.UTC(2016, 8, 1, 9);
  for (const [i, event] of events.entries()) {
    at += gaps[i % gaps.length]!;
    const recordedAt = new Date(at).toISOString();
    times.push(recordedAt);
    await record(store, { occurredAt: recordedAt.slice(0, 10), recordedAt }, [event]);
  }
  return { store, times };
}

/**
 * Every read model's rows, table by table; a table keeping its own versions shows the rows holding, without their
 * bounds.
 */
function tablesOf(db: Database.Database): Record<string, string[]> {
  const dump: Record<string, string[]> = {};
  for (const projection of allProjections) {
    for (const shape of tableShapes(db, projection, 'main')) {
      if (shape.kind === 'virtual') continue;
      const columns = shape.columns.filter((column) => column !== 'valid_from' && column !== 'valid_to');
      const holding =
        shape.kind === 'own-versions'
          ? 'WHERE valid_from <= ledger_as_at() AND (valid_to IS NULL OR valid_to > ledger_as_at())'
          : '';
      const rows = db.prepare(`SELECT ${columns.join(', ')} FROM ${shape.table} ${holding}`).all() as Record<
        string,
        unknown
      >[];
      dump[shape.table] = rows.map((row) => canonicalJson(row)).sort();
    }
  }
  return dump;
}

function answersOf(db: Database.Database) {
  return {
    decisions: listDecisions(db),
    searched: listDecisions(db, { q: 'option' }),
    concerns: listDecisions(db, { q: 'Generated concerns' }),
    commitments: commitmentsView(db),
    actions: listActions(db),
    attendance: attendanceReport(db),
    stroud: partnerProfile(db, STROUD) ?? null,
    people: listPeople(db),
    hancock: findPerson(db, 'chris-hancock') ?? null,
  };
}

describe('as-at views', () => {
  it('equal the read models rebuilt from the events recorded by then, for any history and any time', async () => {
    await fc.assert(
      fc.asyncProperty(history, async ({ funding, changes, picks, gaps, cut }) => {
        const events = interleave([seedEvents, fundingEvents(funding), changes], picks);
        const { store, times } = await recorded(events, gaps);
        const live = await project(store, allProjections);
        const index = Math.min(times.length - 1, Math.max(-1, Math.floor(cut * times.length)));
        // Just before the first event, or exactly the recording time of one (so ties fall on the same side).
        const asAt = index < 0 ? new Date(Date.parse(times[0]!) - 1).toISOString() : times[index]!;
        const replayed = await project(storeAsAt(store, asAt), allProjections);
        const view = readAsAt(live, asAt, ({ db }) => ({ tables: tablesOf(db), answers: answersOf(db) }));
        expect(view.tables).toEqual(tablesOf(replayed));
        expect(view.answers).toEqual(answersOf(replayed));
      }),
      { numRuns: 30 },
    );
  });
});
