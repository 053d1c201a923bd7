/**
 * Given a decision that set up a task group, the group's reports back and its end, then the
 * chain: the matter shows the group under the resolution that set it up, active until it ends,
 * with each report back to the body that set it up. The plant-closure example is the 2008
 * prospectus's ("a task group led by Gloucestershire First ... is set up to oversee it"); its
 * dates are illustrative.
 */
import { describe, expect, it } from 'vitest';
import type { LedgerEvent } from '../../../src/domain/index.js';
import { decisionLineage, lineageProjection } from '../../../src/projections/lineage/index.js';
import { dumpTables, project, storeWith } from '../given.js';

const ABG = 'accountable-bodies-group';
const MATTER = 'abg-2008-10-30-item-1';
const GROUP = 'employco-task-group';

const meeting: LedgerEvent[] = [
  { type: 'MeetingScheduled', data: { meetingId: 'abg-2008-10-30', bodyId: ABG, date: '2008-10-30' } },
  {
    type: 'ItemTabled',
    data: { meetingId: 'abg-2008-10-30', number: '1', title: 'Employco action plan', presenters: [] },
  },
  {
    type: 'ResolutionRecorded',
    data: {
      proposalId: MATTER,
      meetingId: 'abg-2008-10-30',
      item: '1',
      resolution: 'b',
      text: 'To set up a task group',
    },
  },
];
const setUp: LedgerEvent = {
  type: 'TaskGroupSetUp',
  data: {
    taskGroupId: GROUP,
    bodyId: ABG,
    setUpBy: { proposalId: MATTER, resolution: 'b' },
    name: 'Employco task group (illustrative)',
    remit: 'To oversee the action plan',
    chair: 'Gloucestershire First',
    members: [],
    setUpOn: '2008-10-30',
    endsOn: '2009-03-31',
  },
};
const reported: LedgerEvent = {
  type: 'TaskGroupReportedBack',
  data: {
    taskGroupId: GROUP,
    bodyId: ABG,
    meetingId: 'abg-2009-01-29',
    item: '1',
    reportedOn: '2009-01-29',
    summary: 'Illustrative: under way',
  },
};
const ended: LedgerEvent = { type: 'TaskGroupEnded', data: { taskGroupId: GROUP, endedOn: '2009-03-31' } };

describe('the task groups in a lineage', () => {
  it('shows the group under the resolution that set it up, active, with no reports yet', async () => {
    const db = await project(await storeWith([{ occurredAt: '2008-10-30' }, [...meeting, setUp]]), [lineageProjection]);
    expect(decisionLineage(db, MATTER, 'b')!.matters[0]!.taskGroups).toEqual([
      {
        taskGroupId: GROUP,
        name: 'Employco task group (illustrative)',
        resolution: 'b',
        chair: 'Gloucestershire First',
        endsOn: '2009-03-31',
        status: 'active',
        endedOn: null,
        reports: [],
      },
    ]);
  });

  it('adds each report back and the end', async () => {
    const store = await storeWith(
      [{ occurredAt: '2008-10-30' }, [...meeting, setUp]],
      [{ occurredAt: '2009-01-29' }, [reported]],
      [{ occurredAt: '2009-03-31' }, [ended]],
    );
    const db = await project(store, [lineageProjection]);
    const [group] = decisionLineage(db, MATTER, 'b')!.matters[0]!.taskGroups;
    expect(group).toMatchObject({ status: 'ended', endedOn: '2009-03-31' });
    expect(group!.reports).toEqual([
      { meetingId: 'abg-2009-01-29', item: '1', reportedOn: '2009-01-29', summary: 'Illustrative: under way' },
    ]);
    const again = await project(store, [lineageProjection]);
    expect(dumpTables(again, lineageProjection)).toBe(dumpTables(db, lineageProjection));
  });

  it('shows none on a matter that set no group up', async () => {
    const db = await project(await storeWith([{ occurredAt: '2008-10-30' }, meeting]), [lineageProjection]);
    expect(decisionLineage(db, MATTER, 'b')!.matters[0]!.taskGroups).toEqual([]);
  });
});
