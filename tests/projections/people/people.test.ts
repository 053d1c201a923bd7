/**
 * Given the seed meetings as the fixtures transcribe them, then the people directory: one person
 * under every form of their name, with their organisation, roles, attendance and apologies,
 * substitutions, the positions they stated and the actions they own.
 */
import { readFileSync } from 'node:fs';
import type Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LedgerEvent } from '../../../src/domain/index.js';
import { actionTrackerProjection, listActions } from '../../../src/projections/action-tracker/index.js';
import { findPerson, listPeople, peopleProjection, unlistedPersonId } from '../../../src/projections/people/index.js';
import { seedEvents } from '../../seed-scenario.js';
import { dumpTables, project, storeWith, type Recording } from '../given.js';

const minutes = (name: string) => readFileSync(new URL(`../../../fixtures/minutes/${name}`, import.meta.url), 'utf8');

const KPMG = 'lg-2016-10-27-item-5';

/** The 2016 minutes, item 5, give Cllr Hancock's point under the short form of his name. */
const hancockOnKpmg: LedgerEvent = {
  type: 'PositionRecorded',
  data: {
    proposalId: KPMG,
    organisationId: 'cotswold-district-council',
    stance: 'support',
    note: 'Dedicated resources would need to be made available for both planning and economic development',
    spokenBy: 'Cllr Chris Hancock',
  },
};

async function seededStore(extra: readonly LedgerEvent[] = []) {
  const events = await seedEvents();
  const batches = events.map(
    (event) =>
      [
        { occurredAt: event.occurredAt ?? '2016-10-27' } satisfies Recording,
        [{ type: event.type, data: event.data } as unknown as LedgerEvent],
      ] as const,
  );
  return storeWith(...batches, [{ occurredAt: '2016-10-27' }, extra]);
}

let db: Database.Database;
beforeAll(async () => {
  db = await project(await seededStore([hancockOnKpmg]), [peopleProjection, actionTrackerProjection]);
});

describe('the people directory', () => {
  it('is one person for Cllr Christopher Hancock (2016) and Cllr Chris Hancock (2016 item 5, 2018)', () => {
    expect(minutes('lg-2016-10-27.txt')).toContain('Cllr Christopher Hancock Christine Gore\tCotswold DC');
    expect(minutes('lg-2016-10-27.txt')).toContain(
      'Cllr Chris Hancock recognised that the picture was complex and went beyond district ' +
        'planning issues. He believed that dedicated resources would need to be made available for ' +
        'both planning and economic development.',
    );
    expect(minutes('lg-2018-06-14.txt')).toContain('Cllr Chris Hancock Christine Gore\tCotswold District Council');
    const found = listPeople(db, { q: 'hancock' }).people;
    expect(found.map((p) => p.personId)).toEqual(['chris-hancock']);
    expect(found[0]).toMatchObject({
      name: 'Cllr Chris Hancock',
      registered: true,
      otherNames: ['Cllr Christopher Hancock'],
      organisationIds: ['cotswold-district-council'],
      attended: 2,
      apologies: 0,
      positionsStated: 1,
    });
    const hancock = findPerson(db, 'chris-hancock')!;
    expect(hancock.meetings.map((m) => [m.meetingId, m.asWritten])).toEqual([
      ['lg-2016-10-27', 'Cllr Christopher Hancock'],
      ['lg-2018-06-14', 'Cllr Chris Hancock'],
    ]);
    expect(hancock.positions).toEqual([
      expect.objectContaining({ proposalId: KPMG, item: '5', itemTitle: expect.stringMatching(/KPMG/i) }),
    ]);
  });

  it('finds a person by any form of the name, in any case, with or without a title', () => {
    for (const q of ['Christopher Hancock', 'CLLR CHRIS HANCOCK', 'chris hancock'])
      expect(
        listPeople(db, { q }).people.map((p) => p.personId),
        q,
      ).toEqual(['chris-hancock']);
    expect(listPeople(db, { q: 'Tanya Richards' }).people.map((p) => p.personId)).toEqual(['tanya-richardson']);
    expect(listPeople(db, { q: 'Nobody Of That Name' }).people).toEqual([]);
  });

  it("lists the actions a person owns, under the action tracker's own owner filter", () => {
    expect(minutes('lg-2018-06-14.txt')).toContain('Action – ACC Julian Moss and Tanya Richards');
    const tanya = findPerson(db, 'tanya-richardson')!;
    const owned = listActions(db, { owner: 'Tanya Richards' }).actions.map((a) => a.actionId);
    expect(tanya.actions.map((a) => a.actionId).sort()).toEqual(owned.sort());
    expect(owned).toContain('lg-2018-06-14-4-a');
  });

  it('records apologies per person and who took their place, and the substitute as substitute', () => {
    const paulJames = findPerson(db, unlistedPersonId('Cllr Paul James'))!;
    expect(paulJames).toMatchObject({ name: 'Cllr Paul James', registered: false, apologies: 1 });
    expect(paulJames.meetings[0]).toMatchObject({
      meetingId: 'lg-2016-10-27',
      outcome: 'apologies',
      substitutedBy: 'Cllr Dave Norman',
    });
    const daveNorman = findPerson(db, unlistedPersonId('Cllr Dave Norman'))!;
    expect(daveNorman).toMatchObject({ asSubstitute: 1 });
    expect(daveNorman.meetings[0]).toMatchObject({ substituteFor: 'Cllr Paul James', outcome: 'present' });
  });

  it('shows the roles the directory appoints, such as the principal advisers', () => {
    const adviser = listPeople(db, { q: 'County Council Chief Executive' }).people[0]!;
    expect(findPerson(db, adviser.personId)!.roles).toEqual([
      expect.objectContaining({ role: 'adviser', organisationId: 'gloucestershire-county-council' }),
    ]);
  });

  it('narrows to the people of one organisation', () => {
    const cotswold = listPeople(db, { organisationId: 'cotswold-district-council' }).people;
    expect(cotswold.map((p) => p.name)).toContain('Cllr Chris Hancock');
    expect(cotswold.every((p) => p.organisationIds.includes('cotswold-district-council'))).toBe(true);
  });

  it('knows no one by an id it has never seen', () => {
    expect(findPerson(db, 'no-such-person')).toBeUndefined();
  });

  it('rebuilds to the same tables', async () => {
    const store = await seededStore([hancockOnKpmg]);
    expect(dumpTables(await project(store, [peopleProjection]), peopleProjection)).toBe(
      dumpTables(await project(store, [peopleProjection]), peopleProjection),
    );
  });
});
