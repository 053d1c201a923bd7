/**
 * Given a body's work programme, then the report: items per body in month order, the item whose
 * meeting was held without it slipped from that day, a replanned item slipped with its replan, a
 * taken or dropped item not slipped; rebuilding gives the same tables. Illustrative: the 2011/12
 * annual report says "A new work programme will be considered at the June 2012 meeting" and
 * records no items.
 */
import { describe, expect, it } from 'vitest';
import type { LedgerEvent } from '../../../src/domain/index.js';
import { listWorkProgramme, workProgrammeProjection } from '../../../src/projections/work-programme/index.js';
import { dumpTables, project, record, storeWith } from '../given.js';

const LG = 'leadership-gloucestershire';
const JUNE = 'lg-2012-06-21';
const planned = (planItemId: string, extra: Record<string, string>): LedgerEvent => ({
  type: 'ItemPlanned',
  data: {
    planItemId,
    bodyId: LG,
    title: `Illustrative: ${planItemId}`,
    kind: 'decision',
    leadOfficer: 'Illustrative officer',
    month: '2012-06',
    ...extra,
  },
});

const history = async () =>
  storeWith(
    [
      { occurredAt: '2012-04-01' },
      [
        { type: 'MeetingScheduled', data: { meetingId: JUNE, bodyId: LG, date: '2012-06-21' } },
        planned('lg-work-programme', { meetingId: JUNE, meetingDate: '2012-06-21' }),
        planned('lg-broadband', { meetingId: JUNE, meetingDate: '2012-06-21' }),
        planned('lg-troubled-families', { month: '2012-05' }),
        planned('lg-shared-services', { month: '2012-07' }),
      ],
    ],
    [
      { occurredAt: '2012-06-01' },
      [
        {
          type: 'ItemReplanned',
          data: {
            planItemId: 'lg-broadband',
            month: '2012-09',
            fromMeetingId: JUNE,
            fromMonth: '2012-06',
            reason: 'Illustrative: the bid is not decided',
          },
        },
        { type: 'ItemDropped', data: { planItemId: 'lg-shared-services', droppedOn: '2012-06-01', reason: 'Done' } },
      ],
    ],
    [
      { occurredAt: '2012-06-21' },
      [{ type: 'AttendanceRecorded', data: { meetingId: JUNE, present: [], apologies: [] } }],
    ],
  );

describe('the work programme read model', () => {
  it('lists the items per body by month, with where each stands', async () => {
    const db = await project(await history(), [workProgrammeProjection]);
    const { items } = listWorkProgramme(db, { bodyId: LG });
    expect(items.map((i) => [i.planItemId, i.month, i.status])).toEqual([
      ['lg-troubled-families', '2012-05', 'planned'],
      ['lg-work-programme', '2012-06', 'planned'],
      ['lg-shared-services', '2012-07', 'dropped'],
      ['lg-broadband', '2012-09', 'planned'],
    ]);
    expect(listWorkProgramme(db, { bodyId: 'another-body' }).items).toEqual([]);
  });

  it('shows what slipped by a date: the meeting held without it, a month past, a replan', async () => {
    const db = await project(await history(), [workProgrammeProjection]);
    const slipped = (on: string) =>
      listWorkProgramme(db, { slippedOn: on }).items.map((i) => [i.planItemId, i.slipped]);
    expect(slipped('2012-05-31')).toEqual([['lg-broadband', ['replanned 1 time']]]);
    expect(slipped('2012-06-21')).toEqual([
      ['lg-troubled-families', ['2012-05 ended without it']],
      ['lg-work-programme', [`meeting ${JUNE} was held without it`]],
      ['lg-broadband', ['replanned 1 time']],
    ]);
  });

  it('does not count an item taken at its meeting as slipped, from the day it was taken', async () => {
    const store = await history();
    const taken: LedgerEvent = {
      type: 'ItemTaken',
      data: { planItemId: 'lg-work-programme', meetingId: JUNE, takenOn: '2012-06-21' },
    };
    await record(store, { occurredAt: '2012-06-21' }, [taken]);
    const db = await project(store, [workProgrammeProjection]);
    const slipped = listWorkProgramme(db, { slippedOn: '2012-06-21' }).items.map((i) => i.planItemId);
    expect(slipped).toEqual(['lg-troubled-families', 'lg-broadband']);
    const [item] = listWorkProgramme(db, {}).items.filter((i) => i.planItemId === 'lg-work-programme');
    expect(item).toMatchObject({ status: 'taken', takenAt: JUNE, closedOn: '2012-06-21', slipped: [] });
  });

  it("shows the body's task-and-finish groups with their remit, chair and end date", async () => {
    const store = await history();
    const setUp: LedgerEvent = {
      type: 'TaskGroupSetUp',
      data: {
        taskGroupId: 'lg-planning-task-group',
        bodyId: LG,
        setUpBy: { proposalId: 'lg-2011-11-24-item-4', resolution: 'a' },
        name: 'Illustrative: planning and infrastructure',
        remit: 'Illustrative remit',
        chair: 'Illustrative chair',
        members: ['Illustrative member'],
        setUpOn: '2011-11-24',
        endsOn: '2012-06-30',
      },
    };
    await record(store, { occurredAt: '2011-11-24' }, [setUp]);
    const db = await project(store, [workProgrammeProjection]);
    expect(listWorkProgramme(db, { bodyId: LG }).taskGroups).toEqual([
      { ...setUp.data, status: 'active', endedOn: null, endReason: null, reports: [] },
    ]);
    expect(listWorkProgramme(db, { bodyId: 'another-body' }).taskGroups).toEqual([]);
  });

  it('rebuilds to the same tables', async () => {
    const store = await history();
    const once = await project(store, [workProgrammeProjection]);
    const again = await project(store, [workProgrammeProjection]);
    expect(dumpTables(again, workProgrammeProjection)).toBe(dumpTables(once, workProgrammeProjection));
  });
});
