/** Given the seed meetings' attendance, then the attendance report per meeting and per organisation. */
import { beforeAll, describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3';
import type { LedgerEvent } from '../../../src/domain/index.js';
import { attendanceProjection, attendanceReport, AttendanceReport } from '../../../src/projections/attendance/index.js';
import { peopleProjection } from '../../../src/projections/people/index.js';
import { dumpTables, project, storeWith } from '../given.js';
import { december2016, september2016 } from '../seed/between.js';
import { BIS, CONSTABULARY, directoryEvents, FOREST, GLOUCESTER, LG, PARTNERS, UNIVERSITY } from '../seed/directory.js';
import { june2018 } from '../seed/june-2018.js';
import { october2016Meeting, OCT_2016 } from '../seed/october-2016.js';

let db: Database.Database;

beforeAll(async () => {
  const store = await storeWith(
    [{ occurredAt: '2011-07-01' }, directoryEvents],
    [{ occurredAt: '2016-09-08' }, september2016],
    [{ occurredAt: '2016-10-27' }, october2016Meeting],
    [{ occurredAt: '2016-12-15' }, december2016],
    [{ occurredAt: '2018-06-14' }, june2018],
    [
      { occurredAt: '2018-06-14' },
      [
        {
          type: 'MeetingScheduled',
          data: { meetingId: 'lg-2018-07-26', bodyId: LG, date: '2018-07-26', venue: 'Ebley Mill, Stroud' },
        },
      ],
    ],
  );
  // The partner profile holds the directory's people, which the attendance report matches names by.
  db = await project(store, [attendanceProjection, peopleProjection]);
});

const report = (filters: Parameters<typeof attendanceReport>[1]) =>
  AttendanceReport.parse(attendanceReport(db, filters));

describe('attendance per meeting', () => {
  it('lists the 27 October 2016 meeting with its chair, substitute, apologies and the organisations present', () => {
    const [meeting] = report({ from: '2016-10-27', to: '2016-10-27' }).meetings;
    // The minutes of 27 October 2016 give no venue.
    expect(meeting).toMatchObject({ meetingId: OCT_2016, status: 'held', venue: null });
    expect(meeting!.present[0]).toEqual({
      person: 'Cllr Mark Hawthorne',
      organisationId: 'gloucestershire-county-council',
      description: null,
      capacity: 'member',
      chair: true,
      substituteFor: null,
      nominatedDeputy: false,
    });
    expect(meeting!.present.find((p) => p.person === 'Cllr Dave Norman')!.substituteFor).toBe('Cllr Paul James');
    expect(meeting!.organisationsPresent).toEqual([...PARTNERS, CONSTABULARY].sort());
    expect(meeting!.organisationsWithApologies).toEqual([BIS]);
    expect(meeting!.membersAbsent).toEqual([]);
  });

  it('lists a meeting scheduled but not yet held without counting anyone absent', () => {
    const [meeting] = report({ from: '2018-07-01' }).meetings;
    expect(meeting).toMatchObject({ meetingId: 'lg-2018-07-26', status: 'scheduled', present: [], membersAbsent: [] });
  });

  it("shows an organisation's meetings: those it was a member for or came to", () => {
    // The constabulary is not a member (fixtures/01-directory.yaml) but its officers came: Suzette Davenport
    // in October 2016 and "Assistant Chief Constable Julian Moss" in June 2018; September and December
    // repeat October's attendance. The government representative sent apologies to the three 2016 meetings.
    expect(report({ organisationId: CONSTABULARY }).meetings.map((m) => m.meetingId)).toEqual([
      'lg-2016-09-08',
      OCT_2016,
      'lg-2016-12-15',
      'lg-2018-06-14',
    ]);
    expect(report({ organisationId: BIS }).meetings).toHaveLength(3);
  });
});

describe('attendance per organisation', () => {
  const row = (organisationId: string) =>
    report({ bodyId: LG }).organisations.find((o) => o.organisationId === organisationId);

  it('counts apologies as not attending, for the rate', () => {
    expect(row(BIS)).toEqual({
      organisationId: BIS,
      bodyId: LG,
      meetings: 3,
      attended: 0,
      apologies: 3,
      absent: 0,
      substitutes: 0,
      attendanceRate: 0,
    });
  });

  it('counts a substitute as attendance and counts the substitutes sent', () => {
    // Two a meeting: in October 2016 Cllr Dave Norman stood in for Cllr Paul James and Anne Brinkhoff for
    // Jon McGinty (fixtures/02-lg-2016-10-27.yaml); September and December repeat October's attendance.
    expect(row(GLOUCESTER)).toMatchObject({ meetings: 4, attended: 4, substitutes: 6, attendanceRate: 1 });
    expect(row(FOREST)).toMatchObject({ attended: 4, substitutes: 1 });
  });

  it('counts a non-member only at the meetings it came to', () => {
    expect(row(CONSTABULARY)).toMatchObject({ meetings: 4, attended: 4, absent: 0 });
    // Stephen Marston came from the University of Gloucestershire as a guest, not for a member.
    expect(row(UNIVERSITY)).toBeUndefined();
  });

  it('counts only the meetings in the date range', () => {
    expect(
      report({ bodyId: LG, from: '2017-01-01' }).organisations.find((o) => o.organisationId === CONSTABULARY),
    ).toMatchObject({ meetings: 1, attended: 1 });
  });
});

describe('rebuilding attendance', () => {
  it('gives byte-identical tables', async () => {
    const store = await storeWith([
      { occurredAt: '2016-10-27' },
      [...directoryEvents, ...october2016Meeting, ...june2018],
    ]);
    const first = dumpTables(await project(store, [attendanceProjection, peopleProjection]), attendanceProjection);
    expect(dumpTables(await project(store, [attendanceProjection, peopleProjection]), attendanceProjection)).toBe(
      first,
    );
  });
});

describe('attendance per person', () => {
  const people = () => report({ bodyId: LG }).people;

  it('lists each person who sent apologies, and who took their place', () => {
    expect(people().find((p) => p.person === 'Cllr Paul James')).toMatchObject({
      organisationIds: [GLOUCESTER],
      apologies: 1,
      apologiesTo: [OCT_2016],
    });
    expect(people().find((p) => p.person === 'Rod Hansen')).toMatchObject({
      organisationIds: [CONSTABULARY],
      attended: 0,
      apologies: 1,
      substitutedBy: [{ person: 'ACC Julian Moss', meetingId: 'lg-2018-06-14', date: '2018-06-14' }],
    });
    expect(people().find((p) => p.person === 'ACC Julian Moss')).toMatchObject({
      attended: 1,
      apologies: 0,
      substituteFor: [{ person: 'Rod Hansen', meetingId: 'lg-2018-06-14', date: '2018-06-14' }],
    });
  });

  it("narrows to one organisation's people", () => {
    expect(report({ organisationId: CONSTABULARY }).people.map((p) => p.person)).toEqual(
      expect.arrayContaining(['ACC Julian Moss', 'Rod Hansen', 'Suzette Davenport']),
    );
    expect(report({ organisationId: CONSTABULARY }).people.every((p) => p.organisationIds.includes(CONSTABULARY))).toBe(
      true,
    );
  });
});

describe('a substitute attending as a guest', () => {
  it('still counts as attendance for the organisation they stood in for', async () => {
    const attendance: LedgerEvent = {
      type: 'AttendanceRecorded',
      data: {
        meetingId: 'lg-2018-06-14',
        present: [
          {
            person: 'ACC Julian Moss',
            organisationId: CONSTABULARY,
            capacity: 'guest',
            chair: false,
            substituteFor: 'Rod Hansen',
          },
        ],
        apologies: [{ person: 'Rod Hansen', organisationId: CONSTABULARY }],
      },
    };
    const scheduled: LedgerEvent = {
      type: 'MeetingScheduled',
      data: { meetingId: 'lg-2018-06-14', bodyId: LG, date: '2018-06-14' },
    };
    const store = await storeWith([{ occurredAt: '2018-06-14' }, [...directoryEvents, scheduled, attendance]]);
    const view = attendanceReport(await project(store, [attendanceProjection, peopleProjection]), {
      organisationId: CONSTABULARY,
    });
    expect(view.organisations).toEqual([
      expect.objectContaining({ organisationId: CONSTABULARY, meetings: 1, attended: 1, apologies: 0, substitutes: 1 }),
    ]);
    expect(view.meetings[0]!.organisationsPresent).toContain(CONSTABULARY);
  });
});

describe('a meeting whose minutes were confirmed', () => {
  it(
    'shows as minutes confirmed, by which meeting and when, and still counts the attendance ' + 'recorded at it',
    async () => {
      const confirmed: LedgerEvent = {
        type: 'MinutesConfirmed',
        data: { meetingId: 'lg-2016-09-08', confirmedAtMeetingId: OCT_2016, confirmedOn: '2016-10-27' },
      };
      const store = await storeWith(
        [{ occurredAt: '2011-07-01' }, directoryEvents],
        [{ occurredAt: '2016-09-08' }, september2016],
        [{ occurredAt: '2016-10-27' }, [...october2016Meeting, confirmed]],
      );
      const view = attendanceReport(await project(store, [attendanceProjection, peopleProjection]), {
        bodyId: LG,
      });
      expect(view.meetings.find((m) => m.meetingId === 'lg-2016-09-08')).toMatchObject({
        status: 'minutes-confirmed',
        minutesConfirmed: { atMeetingId: OCT_2016, on: '2016-10-27' },
        membersAbsent: [],
      });
      expect(view.meetings.find((m) => m.meetingId === OCT_2016)).toMatchObject({
        status: 'held',
        minutesConfirmed: null,
      });
      expect(view.organisations.find((o) => o.organisationId === GLOUCESTER)).toMatchObject({
        meetings: 2,
        attended: 2,
      });
    },
  );
});
