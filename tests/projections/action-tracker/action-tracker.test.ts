/** Given the seed meetings' actions, then the action tracker. */
import { beforeAll, describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3';
import type { LedgerEvent } from '../../../src/domain/index.js';
import {
  actionTrackerProjection,
  ActionList,
  ActionView,
  findAction,
  listActions,
  type ActionFilters,
} from '../../../src/projections/action-tracker/index.js';
import { peopleProjection } from '../../../src/projections/people/index.js';
import { dumpTables, project, storeWith } from '../given.js';
import {
  ACE_FOREST,
  ACE_SCHOOLS,
  december2016Progress,
  ESTABLISH_CSP,
  july2018Changes,
  june2018Actions,
  october2016Actions,
  OFFICER_GROUP,
  REFER_SOCIAL_MOBILITY,
  VISION_2050,
} from '../seed/actions.js';
import { december2016 } from '../seed/between.js';
import { GLOUCESTER, LG, PCC } from '../seed/directory.js';
import { june2018 } from '../seed/june-2018.js';
import { COMMUNITY_SAFETY, october2016Meeting } from '../seed/october-2016.js';

let db: Database.Database;

beforeAll(async () => {
  const store = await storeWith(
    [{ occurredAt: '2016-10-27' }, [...october2016Meeting, ...october2016Actions]],
    [{ occurredAt: '2016-12-15' }, [...december2016, ...december2016Progress]],
    [{ occurredAt: '2018-06-14' }, [...june2018, ...june2018Actions]],
    [{ occurredAt: '2018-07-26' }, july2018Changes],
  );
  // The owner filter matches names through the directory's people, held by the partner profile.
  db = await project(store, [actionTrackerProjection, peopleProjection]);
});

const ids = (filters: ActionFilters) =>
  ActionList.parse(listActions(db, filters)).actions.map((action) => action.actionId);

describe('an action in the tracker', () => {
  it('has its owners, its origin in the meeting, item and decision, its due date and its progress', () => {
    const action = ActionView.parse(findAction(db, ESTABLISH_CSP));
    expect(action).toMatchObject({
      owners: [{ kind: 'person', name: 'Richard Bradley', id: null, organisationId: PCC }],
      origin: {
        bodyId: LG,
        meetingId: 'lg-2016-10-27',
        meetingDate: '2016-10-27',
        item: '3',
        itemTitle: 'Community Safety Review',
        decision: { proposalId: COMMUNITY_SAFETY, resolution: 'a' },
      },
      // The minutes set no date for it.
      dueOn: null,
      status: 'open',
      rag: 'amber',
      overdue: null,
    });
    expect(action.history).toEqual([
      {
        event: 'progress',
        on: '2016-12-01',
        rag: 'amber',
        note: 'Terms of reference for the county partnership drafted',
        meetingId: null,
        owners: null,
        dueOn: null,
        source: null,
      },
    ]);
  });

  it("records a review at a later meeting with that meeting's date, and completion", () => {
    const action = findAction(db, OFFICER_GROUP)!;
    expect(action.status).toBe('completed');
    expect(action.completedOn).toBe('2016-12-15');
    expect(action.history.map((entry) => [entry.event, entry.on, entry.meetingId])).toEqual([
      ['reviewed', '2016-12-15', 'lg-2016-12-15'],
      ['completed', '2016-12-15', null],
    ]);
  });

  it('holds the four ACE actions a) to d) as the minutes list them, each with its own status', () => {
    // "a) To make a presentation on ACE to members of the Forest of Dean DC ... d) To look for
    // opportunities to engage directly with schools."
    const ace = ['a', 'b', 'c', 'd'].map((letter) => findAction(db, `lg-2018-06-14-4-${letter}`)!);
    expect(ace.map((action) => action.owners.map((owner) => owner.name))).toEqual(
      Array(4).fill(['Julian Moss', 'Dr Tanya Richardson']),
    );
    expect(ace.map((action) => action.status)).toEqual(['open', 'open', 'open', 'cancelled']);
    expect(ace[3]).toMatchObject({ actionId: ACE_SCHOOLS, cancelledOn: '2018-07-26', parentActionId: null });
  });

  it('shows reassignment and extension in the history and in the current owners and due date', () => {
    expect(findAction(db, REFER_SOCIAL_MOBILITY)!.owners).toEqual([
      { kind: 'organisation', name: null, id: GLOUCESTER, organisationId: null },
    ]);
    const vision = findAction(db, VISION_2050)!;
    expect(vision.dueOn).toBe('2018-12-06');
    expect(vision.history).toEqual([
      expect.objectContaining({ event: 'due-date-extended', on: '2018-07-26', dueOn: '2018-12-06' }),
    ]);
  });

  it('is undefined for an action never assigned', () => {
    expect(findAction(db, 'lg-2016-10-27-9-9')).toBeUndefined();
  });
});

describe('filtering the tracker', () => {
  it('lists every action by meeting date and item, sub-actions under their parent', () => {
    expect(ids({})).toEqual([
      ESTABLISH_CSP,
      OFFICER_GROUP,
      VISION_2050,
      ACE_FOREST,
      'lg-2018-06-14-4-b',
      'lg-2018-06-14-4-c',
      ACE_SCHOOLS,
      REFER_SOCIAL_MOBILITY,
      'lg-2018-06-14-8-1',
    ]);
  });

  it('filters by status', () => {
    expect(ids({ status: 'completed' })).toEqual([OFFICER_GROUP]);
    expect(ids({ status: 'cancelled' })).toEqual([ACE_SCHOOLS]);
  });

  it('filters by owner: a person as minuted, in any case, or an organisation', () => {
    expect(ids({ owner: 'richard bradley' })).toEqual([ESTABLISH_CSP]);
    expect(ids({ owner: GLOUCESTER })).toEqual([REFER_SOCIAL_MOBILITY]);
    expect(ids({ owner: 'Nobody Minuted' })).toEqual([]);
  });

  it('lists what is overdue on a date: open, due before it, not cancelled or due that day', () => {
    // The minutes date none of these actions; the Vision 2050 action's date is the fixture's extension
    // to 6 December 2018.
    const overdue = ActionList.parse(listActions(db, { overdueOn: '2019-01-01' })).actions;
    expect(overdue.map((action) => action.actionId)).toEqual([VISION_2050]);
    expect(overdue.every((action) => action.overdue === true)).toBe(true);
    expect(ids({ overdueOn: '2018-12-06' })).toEqual([]);
  });

  it('filters by body', () => {
    expect(ids({ bodyId: LG })).toHaveLength(9);
    expect(ids({ bodyId: 'district-chief-executives-group' })).toEqual([]);
  });
});

describe('a sub-action of a sub-action', () => {
  it('is listed under the top action, straight after its own parent, naming that parent', async () => {
    const slides: LedgerEvent = {
      type: 'ActionAssigned',
      data: {
        actionId: `${ACE_FOREST}-1`,
        title: 'Fixture: prepare the ACE slides for Forest of Dean members',
        owners: [{ kind: 'person', name: 'Dr Tanya Richardson' }],
        meetingId: 'lg-2018-06-14',
        item: '4',
        parentActionId: ACE_FOREST,
      },
    };
    const handout: LedgerEvent = {
      type: 'ActionAssigned',
      data: {
        actionId: `${ACE_FOREST}-1-1`,
        title: 'Fixture: print the handout for the slides',
        owners: [{ kind: 'person', name: 'Dr Tanya Richardson' }],
        meetingId: 'lg-2018-06-14',
        item: '4',
        parentActionId: `${ACE_FOREST}-1`,
      },
    };
    const store = await storeWith([{ occurredAt: '2018-06-14' }, [...june2018, ...june2018Actions, slides, handout]]);
    const ace = ActionView.parse(
      findAction(await project(store, [actionTrackerProjection, peopleProjection]), ACE_FOREST),
    );
    expect(ace.subActions.map((sub) => [sub.actionId, sub.parentActionId])).toEqual([
      [`${ACE_FOREST}-1`, ACE_FOREST],
      [`${ACE_FOREST}-1-1`, `${ACE_FOREST}-1`],
    ]);
  });
});

describe('rebuilding the tracker', () => {
  it('gives byte-identical tables', async () => {
    const store = await storeWith([
      { occurredAt: '2018-06-14' },
      [...june2018, ...june2018Actions, ...july2018Changes],
    ]);
    const first = dumpTables(await project(store, [actionTrackerProjection]), actionTrackerProjection);
    expect(dumpTables(await project(store, [actionTrackerProjection]), actionTrackerProjection)).toBe(first);
  });
});
