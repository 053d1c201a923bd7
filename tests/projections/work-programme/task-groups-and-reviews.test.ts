/**
 * Given a task group set up, reporting back and ending, and a body's work programme reviewed at
 * its meetings, then the work programme view: the group's reports (oldest first) and its end, and
 * per body the latest review by meeting date, whatever order the reviews were recorded in. The
 * 14 June 2018 review is the minutes' item 10; the rest is illustrative.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { LedgerEvent } from '../../../src/domain/index.js';
import { listWorkProgramme, workProgrammeProjection } from '../../../src/projections/work-programme/index.js';
import { dumpTables, project, storeWith } from '../given.js';

const LG = 'leadership-gloucestershire';
const ABG = 'accountable-bodies-group';
const GROUP = 'employco-task-group';
const NOTED = 'The work programme attached to the meeting papers was noted.';

const setUp: LedgerEvent = {
  type: 'TaskGroupSetUp',
  data: {
    taskGroupId: GROUP,
    bodyId: ABG,
    setUpBy: { proposalId: 'abg-2008-10-30-item-1', resolution: 'b' },
    name: 'Employco task group (illustrative)',
    remit: 'To oversee the action plan',
    chair: 'Gloucestershire First',
    members: ['Gloucestershire First'],
    setUpOn: '2008-10-30',
    endsOn: '2009-03-31',
  },
};
const reported = (meetingId: string, reportedOn: string, summary: string): LedgerEvent => ({
  type: 'TaskGroupReportedBack',
  data: { taskGroupId: GROUP, bodyId: ABG, meetingId, item: '1', reportedOn, summary },
});
const reviewed = (bodyId: string, meetingId: string, reviewedOn: string, note?: string): LedgerEvent => ({
  type: 'WorkProgrammeReviewed',
  data: { bodyId, meetingId, item: '10', reviewedOn, ...(note ? { note } : {}) },
});

const history = () =>
  storeWith(
    [{ occurredAt: '2008-10-30' }, [setUp]],
    [{ occurredAt: '2009-01-29' }, [reported('abg-2009-01-29', '2009-01-29', 'Illustrative: under way')]],
    [
      { occurredAt: '2009-03-31' },
      [
        { type: 'TaskGroupEnded', data: { taskGroupId: GROUP, endedOn: '2009-03-31', reason: 'Illustrative: done' } },
        reported('abg-2009-04-30', '2009-04-30', 'Illustrative: closing report'),
      ],
    ],
    // Recorded out of order: the June 2018 review is entered before the clerk catches up on 2016.
    [{ occurredAt: '2018-06-14' }, [reviewed(LG, 'lg-2018-06-14', '2018-06-14', NOTED)]],
    [{ occurredAt: '2016-10-27' }, [reviewed(LG, 'lg-2016-10-27', '2016-10-27')]],
    [{ occurredAt: '2009-01-29' }, [reviewed(ABG, 'abg-2009-01-29', '2009-01-29')]],
  );

describe('the work programme view after a task group was set up', () => {
  it('shows its reports back, oldest first, and its end with the reason', async () => {
    const db = await project(await history(), [workProgrammeProjection]);
    const [group] = listWorkProgramme(db, { bodyId: ABG }).taskGroups;
    expect(group).toMatchObject({
      taskGroupId: GROUP,
      status: 'ended',
      endedOn: '2009-03-31',
      endReason: 'Illustrative: done',
    });
    expect(group!.reports).toEqual([
      { meetingId: 'abg-2009-01-29', item: '1', reportedOn: '2009-01-29', summary: 'Illustrative: under way' },
      { meetingId: 'abg-2009-04-30', item: '1', reportedOn: '2009-04-30', summary: 'Illustrative: closing report' },
    ]);
  });

  it('shows an active group before its end is recorded', async () => {
    const store = await storeWith([{ occurredAt: '2008-10-30' }, [setUp]]);
    const db = await project(store, [workProgrammeProjection]);
    expect(listWorkProgramme(db, {}).taskGroups[0]).toMatchObject({ status: 'active', endedOn: null, reports: [] });
  });
});

describe("each body's last work programme review", () => {
  it('is the latest by meeting date, with how many were recorded, per body', async () => {
    const db = await project(await history(), [workProgrammeProjection]);
    expect(listWorkProgramme(db, {}).reviews).toEqual([
      { bodyId: ABG, lastReviewedOn: '2009-01-29', meetingId: 'abg-2009-01-29', item: '10', note: null, reviews: 1 },
      { bodyId: LG, lastReviewedOn: '2018-06-14', meetingId: 'lg-2018-06-14', item: '10', note: NOTED, reviews: 2 },
    ]);
    expect(listWorkProgramme(db, { bodyId: ABG }).reviews.map((r) => r.bodyId)).toEqual([ABG]);
  });

  it('is none for a body that has not reviewed its programme', async () => {
    const db = await project(await history(), [workProgrammeProjection]);
    expect(listWorkProgramme(db, { bodyId: 'gloucestershire-strategic-partnership' }).reviews).toEqual([]);
  });

  it("the June 2018 note is the minutes' own sentence", () => {
    const minutes = readFileSync(new URL('../../../fixtures/minutes/lg-2018-06-14.txt', import.meta.url), 'utf8');
    expect(minutes.replace(/\s+/g, ' ')).toContain(`10 Future meetings and work programme ${NOTED}`);
  });

  it('rebuilds to the same tables', async () => {
    const store = await history();
    const once = await project(store, [workProgrammeProjection]);
    const again = await project(store, [workProgrammeProjection]);
    expect(dumpTables(again, workProgrammeProjection)).toBe(dumpTables(once, workProgrammeProjection));
  });
});
