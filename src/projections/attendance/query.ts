/** Questions put to the attendance read model: per meeting, per organisation, and the missed-meetings rule. */
import type Database from 'better-sqlite3';
import { peopleDirectory } from '../people/directory.js';
import { appointments } from '../people/load.js';
import { nominatedDeputies, type IsNominatedDeputy } from './deputies.js';
import {
  loadLimits,
  loadMeetings,
  loadMemberships,
  loadNoticeDays,
  type MeetingRecord,
  type PersonRow,
} from './load.js';
import { papersNotice } from './papers.js';
import { peopleRows } from './people.js';
import {
  DEFAULT_MISSED_MEETINGS_LIMIT,
  isMemberOn,
  missedRuns,
  outcomesOf,
  summarise,
  type Membership,
} from './record.js';
import type {
  AttendanceFilters,
  AttendanceReport,
  MeetingAttendance,
  MissedMeetingsFilters,
  MissedMeetingsReport,
  OrganisationAttendance,
} from './view.js';

interface MeetingContext {
  readonly memberships: readonly Membership[];
  readonly noticeDays: ReadonlyMap<string, number>;
  readonly isDeputy: IsNominatedDeputy;
}

function personView(p: PersonRow, row: MeetingRecord['row'], isDeputy: IsNominatedDeputy) {
  const question = { bodyId: row.body_id, date: row.date, person: p.person, organisationId: p.organisation_id };
  return {
    person: p.person,
    organisationId: p.organisation_id,
    description: p.description,
    capacity: p.capacity,
    chair: p.chair === 1,
    substituteFor: p.substitute_for,
    nominatedDeputy: p.role === 'present' && isDeputy({ ...question, substituteFor: p.substitute_for }),
  };
}

function membersOf(memberships: readonly Membership[], bodyId: string): string[] {
  return [...new Set(memberships.filter((m) => m.bodyId === bodyId).map((m) => m.organisationId))].sort();
}

function meetingView(record: MeetingRecord, context: MeetingContext): MeetingAttendance {
  const { row, people, held } = record;
  const { memberships, isDeputy } = context;
  const members =
    row.status === 'held'
      ? membersOf(memberships, row.body_id).filter((id) => isMemberOn(memberships, row.body_id, id, row.date))
      : [];
  return {
    meetingId: row.meeting_id,
    bodyId: row.body_id,
    date: row.date,
    venue: row.venue,
    // A meeting whose minutes a later meeting agreed was held, whether or not its attendance is in the ledger.
    status: row.minutes_confirmed_at === null ? row.status : 'minutes-confirmed',
    minutesConfirmed:
      row.minutes_confirmed_at === null
        ? null
        : { atMeetingId: row.minutes_confirmed_at, on: row.minutes_confirmed_on! },
    ...papersNotice(row.date, row.papers_published_on, context.noticeDays.get(row.body_id)),
    present: people.filter((p) => p.role === 'present').map((p) => personView(p, row, isDeputy)),
    apologies: people.filter((p) => p.role === 'apologies').map((p) => personView(p, row, isDeputy)),
    organisationsPresent: [...held.attended].sort(),
    organisationsWithApologies: [...held.apologised].filter((id) => !held.attended.has(id)).sort(),
    membersAbsent: members.filter((id) => !held.attended.has(id) && !held.apologised.has(id)),
  };
}

function involves(record: MeetingRecord, memberships: readonly Membership[], organisationId: string): boolean {
  const { held } = record;
  return (
    held.attended.has(organisationId) ||
    held.apologised.has(organisationId) ||
    isMemberOn(memberships, held.bodyId, organisationId, held.date)
  );
}

function organisationRows(
  records: readonly MeetingRecord[],
  memberships: readonly Membership[],
  only?: string,
): OrganisationAttendance[] {
  const held = records.filter((r) => r.row.status === 'held');
  const rows: OrganisationAttendance[] = [];
  for (const bodyId of [...new Set(held.map((r) => r.row.body_id))].sort()) {
    const meetings = held.filter((r) => r.row.body_id === bodyId);
    const seen = meetings.flatMap((r) => [...r.held.attended, ...r.held.apologised]);
    const candidates = [...new Set([...membersOf(memberships, bodyId), ...seen])]
      .filter((id) => only === undefined || id === only)
      .sort();
    for (const organisationId of candidates) {
      const outcomes = outcomesOf(
        organisationId,
        meetings.map((r) => r.held),
        memberships,
      );
      if (outcomes.length === 0) continue;
      const substitutes = meetings
        .flatMap((r) => r.people)
        .filter(
          (p) => p.organisation_id === organisationId && p.role === 'present' && p.substitute_for !== null,
        ).length;
      rows.push({ organisationId, bodyId, ...summarise(outcomes), substitutes });
    }
  }
  return rows;
}

export function attendanceReport(db: Database.Database, filters: AttendanceFilters = {}): AttendanceReport {
  const memberships = loadMemberships(db);
  const records = loadMeetings(db, filters);
  const people = peopleDirectory(db);
  const context = {
    memberships,
    noticeDays: loadNoticeDays(db),
    isDeputy: nominatedDeputies(appointments(db), people),
  };
  const { organisationId } = filters;
  const shown =
    organisationId === undefined ? records : records.filter((r) => involves(r, memberships, organisationId));
  return {
    meetings: shown.map((r) => meetingView(r, context)),
    organisations: organisationRows(records, memberships, organisationId),
    people: peopleRows(records, people, organisationId),
  };
}

/** Members that no one attended for at `limit` or more meetings in a row, with or without apologies. */
export function missedMeetings(db: Database.Database, filters: MissedMeetingsFilters = {}): MissedMeetingsReport {
  const memberships = loadMemberships(db);
  const limits = loadLimits(db);
  const held = loadMeetings(db, { bodyId: filters.bodyId })
    .filter((r) => r.row.status === 'held')
    .map((r) => r.held);
  const runs: MissedMeetingsReport['runs'] = [];
  for (const bodyId of [...new Set(held.map((m) => m.bodyId))].sort()) {
    const limit = limits.get(bodyId) ?? DEFAULT_MISSED_MEETINGS_LIMIT;
    const meetings = held.filter((m) => m.bodyId === bodyId);
    for (const organisationId of membersOf(memberships, bodyId)) {
      if (filters.organisationId !== undefined && organisationId !== filters.organisationId) continue;
      for (const run of missedRuns(outcomesOf(organisationId, meetings, memberships), limit)) {
        const missed = run.meetings.map((o) => ({
          meetingId: o.meeting.meetingId,
          date: o.meeting.date,
          sentApologies: o.outcome === 'apologies',
        }));
        runs.push({ bodyId, organisationId, limit, missed: missed.length, ongoing: run.ongoing, meetings: missed });
      }
    }
  }
  return { runs };
}
