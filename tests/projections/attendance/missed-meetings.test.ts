/**
 * The terms-of-reference rule of the 2010 recommendations: "No attendance at three meetings
 * results in a new member being asked to represent that organisation." Apologies are not attendance.
 */
import { describe, expect, it } from 'vitest';
import type { LedgerEvent } from '../../../src/domain/index.js';
import {
  attendanceProjection,
  missedMeetings,
  MissedMeetingsReport,
} from '../../../src/projections/attendance/index.js';
import { project, storeWith } from '../given.js';
import { december2016, september2016 } from '../seed/between.js';
import { BIS, directoryEvents, LG } from '../seed/directory.js';
import { october2016Meeting } from '../seed/october-2016.js';

async function missedAfter(...events: LedgerEvent[][]) {
  const store = await storeWith([{ occurredAt: '2016-12-15' }, events.flat()]);
  return MissedMeetingsReport.parse(missedMeetings(await project(store, [attendanceProjection])));
}

const autumn2016 = [september2016, october2016Meeting, december2016];

/**
 * Fixture: the directory does not make the government representative's department a member; the
 * rule is shown on it as if it were one (it sent apologies to all three 2016 meetings).
 */
const directory: LedgerEvent[] = [
  ...directoryEvents,
  { type: 'MemberAdmitted', data: { bodyId: LG, organisationId: BIS, admittedOn: '2011-07-01' } },
];

/** Fixture: a later meeting the department's representative came to. */
const march2017: LedgerEvent[] = [
  { type: 'MeetingScheduled', data: { meetingId: 'lg-2017-03-09', bodyId: LG, date: '2017-03-09' } },
  {
    type: 'AttendanceRecorded',
    data: {
      meetingId: 'lg-2017-03-09',
      present: [{ person: 'Fixture Representative', organisationId: BIS, capacity: 'member', chair: false }],
      apologies: [],
    },
  },
];

describe('members that missed three meetings in a row', () => {
  it(
    'flags the government representative, who sent apologies to three meetings running and has ' + 'not attended since',
    async () => {
      const { runs } = await missedAfter(directory, ...autumn2016);
      expect(runs).toEqual([
        {
          bodyId: LG,
          organisationId: BIS,
          limit: 3,
          missed: 3,
          ongoing: true,
          meetings: [
            { meetingId: 'lg-2016-09-08', date: '2016-09-08', sentApologies: true },
            { meetingId: 'lg-2016-10-27', date: '2016-10-27', sentApologies: true },
            { meetingId: 'lg-2016-12-15', date: '2016-12-15', sentApologies: true },
          ],
        },
      ]);
    },
  );

  it('keeps the run on record, no longer ongoing, once someone attends again', async () => {
    const { runs } = await missedAfter(directory, ...autumn2016, march2017);
    expect(runs.map((run) => [run.organisationId, run.missed, run.ongoing])).toEqual([[BIS, 3, false]]);
  });

  it('does not flag two meetings missed', async () => {
    expect((await missedAfter(directory, september2016, october2016Meeting)).runs).toEqual([]);
  });

  it('does not count meetings after the organisation withdrew', async () => {
    const withdrawn: LedgerEvent = {
      type: 'MemberWithdrawn',
      data: { bodyId: LG, organisationId: BIS, withdrawnOn: '2016-12-01' },
    };
    expect((await missedAfter(directory, [withdrawn], ...autumn2016)).runs).toEqual([]);
  });

  it('does not count a cancelled meeting or one not yet held', async () => {
    const cancelled: LedgerEvent[] = [
      { type: 'MeetingScheduled', data: { meetingId: 'lg-2016-11-24', bodyId: LG, date: '2016-11-24' } },
      { type: 'MeetingCancelled', data: { meetingId: 'lg-2016-11-24', reason: 'Fixture: not quorate' } },
      { type: 'MeetingScheduled', data: { meetingId: 'lg-2017-02-09', bodyId: LG, date: '2017-02-09' } },
    ];
    expect((await missedAfter(directory, september2016, october2016Meeting, cancelled)).runs).toEqual([]);
  });

  it("uses the body's own limit from its terms of reference", async () => {
    const stricter: LedgerEvent = {
      type: 'TermsOfReferenceAdopted',
      data: { bodyId: LG, version: 'fixture', adoptedOn: '2016-01-01', missedMeetingsLimit: 2 },
    };
    const { runs } = await missedAfter(directory, [stricter], september2016, october2016Meeting);
    expect(runs.map((run) => [run.organisationId, run.limit, run.missed])).toEqual([[BIS, 2, 2]]);
  });

  it('falls back to three when the terms of reference set no limit', async () => {
    const silent: LedgerEvent = {
      type: 'TermsOfReferenceAdopted',
      data: { bodyId: LG, version: 'fixture', adoptedOn: '2016-01-01' },
    };
    const { runs } = await missedAfter(directory, [silent], ...autumn2016);
    expect(runs.map((run) => run.limit)).toEqual([3]);
  });
});
