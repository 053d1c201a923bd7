/**
 * An organisation's attendance record, worked out from held meetings and memberships. Pure, so
 * the attendance report and the partner profile count the same way. "Attended" means someone
 * other than a guest, or a substitute, was there for the organisation (`attendsForOrganisation`); apologies do not
 * count as attendance, since
 * the terms-of-reference rule (2010 recommendations) is about no one attending.
 */

/** "No attendance at three meetings results in a new member being asked to represent that organisation." */
export const DEFAULT_MISSED_MEETINGS_LIMIT = 3;

export interface HeldMeeting {
  readonly meetingId: string;
  readonly bodyId: string;
  readonly date: string;
  /** Organisations with someone present other than a guest. */
  readonly attended: ReadonlySet<string>;
  /** Organisations with someone who sent apologies. */
  readonly apologised: ReadonlySet<string>;
}

export interface Membership {
  readonly bodyId: string;
  readonly organisationId: string;
  readonly admittedOn: string;
  readonly withdrawnOn: string | null;
}

export type Outcome = 'attended' | 'apologies' | 'absent';

export interface MeetingOutcome {
  readonly meeting: HeldMeeting;
  /** Whether the organisation was a member of the body that day, so was expected. */
  readonly member: boolean;
  readonly outcome: Outcome;
}

export function isMemberOn(
  memberships: readonly Membership[],
  bodyId: string,
  organisationId: string,
  date: string,
): boolean {
  return memberships.some(
    (m) =>
      m.bodyId === bodyId &&
      m.organisationId === organisationId &&
      m.admittedOn <= date &&
      (m.withdrawnOn === null || date < m.withdrawnOn),
  );
}

/**
 * The meetings that count for the organisation, in the given (date) order: those held while it was a member, and any it
 * came to or sent apologies to.
 */
export function outcomesOf(
  organisationId: string,
  meetings: readonly HeldMeeting[],
  memberships: readonly Membership[],
): MeetingOutcome[] {
  const outcomes: MeetingOutcome[] = [];
  for (const meeting of meetings) {
    const member = isMemberOn(memberships, meeting.bodyId, organisationId, meeting.date);
    const outcome: Outcome = meeting.attended.has(organisationId)
      ? 'attended'
      : meeting.apologised.has(organisationId)
        ? 'apologies'
        : 'absent';
    if (member || outcome !== 'absent') outcomes.push({ meeting, member, outcome });
  }
  return outcomes;
}

export interface AttendanceSummary {
  readonly meetings: number;
  readonly attended: number;
  readonly apologies: number;
  readonly absent: number;
  /** attended / meetings, to three places; null when there were no meetings to count. */
  readonly attendanceRate: number | null;
}

export function summarise(outcomes: readonly MeetingOutcome[]): AttendanceSummary {
  const count = (outcome: Outcome) => outcomes.filter((o) => o.outcome === outcome).length;
  const attended = count('attended');
  return {
    meetings: outcomes.length,
    attended,
    apologies: count('apologies'),
    absent: count('absent'),
    attendanceRate: outcomes.length === 0 ? null : Math.round((attended / outcomes.length) * 1000) / 1000,
  };
}

export interface MissedRun {
  readonly meetings: readonly MeetingOutcome[];
  /** The run reaches the latest meeting held while the organisation was a member: it has not attended since. */
  readonly ongoing: boolean;
}

/**
 * Runs of at least `limit` consecutive meetings of one body, held while a member, at which no one attended for the
 * organisation.
 */
export function missedRuns(outcomes: readonly MeetingOutcome[], limit: number): MissedRun[] {
  const expected = outcomes.filter((o) => o.member);
  const runs: MissedRun[] = [];
  let current: MeetingOutcome[] = [];
  const close = (ongoing: boolean) => {
    if (current.length >= limit) runs.push({ meetings: current, ongoing });
    current = [];
  };
  for (const outcome of expected) {
    if (outcome.outcome === 'attended') close(false);
    else current.push(outcome);
  }
  close(true);
  return runs;
}
