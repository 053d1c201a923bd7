/**
 * Leadership Gloucestershire, 27 October 2016 (seed 003), as fixtures/02-lg-2016-10-27.yaml records
 * it: attendance, items 3 (community safety) and 5 (the KPMG review), the money they authorised and
 * the actions they set. The meetings the fixture schedules either side are in ./between.ts.
 */
import type { LedgerEvent } from '../../../src/domain/index.js';
import type { Apology, Attendee } from '../../../src/domain/meetings/events.js';
import { field, fromFixture, OCTOBER_2016_FIXTURE } from './fixtures.js';

export const OCT_2016 = 'lg-2016-10-27';
export const COMMUNITY_SAFETY = 'lg-2016-10-27-item-3';
export const KPMG = 'lg-2016-10-27-item-5';

/** The events of the fixture about the meeting of 27 October 2016 itself (not the meetings it schedules). */
const ofOctober = fromFixture(
  OCTOBER_2016_FIXTURE,
  (event) => event.type !== 'MeetingScheduled' || field(event, 'meetingId') === OCT_2016,
);

const recorded = ofOctober.find((event) => event.type === 'AttendanceRecorded');
const attendance = recorded!.data;

/** Section 1 of the minutes: who was present and who sent apologies. */
export const october2016Present: Attendee[] = attendance.present;
export const october2016Apologies: Apology[] = attendance.apologies;

/** The meeting, its attendance, its items and the earlier minutes it confirmed. */
export const october2016Meeting: LedgerEvent[] = ofOctober.filter((event) => field(event, 'meetingId') === OCT_2016);

/** The minutes' collective sentence the nine supporters' positions are inferred from. */
export const NINE_OF_TEN = 'Nine of the 10 partners around the table broadly supported option 3.';

const about = (proposalId: string) => (event: LedgerEvent) =>
  event.type !== 'ActionAssigned' && field(event, 'proposalId') === proposalId;

export const communitySafetyDecisions: LedgerEvent[] = ofOctober.filter(about(COMMUNITY_SAFETY));
export const kpmgDecisions: LedgerEvent[] = ofOctober.filter(about(KPMG));
export const october2016Funding: LedgerEvent[] = ofOctober.filter((event) => field(event, 'fundId') !== undefined);

/** Everything the meeting recorded but its actions (./actions.ts), in the fixture's order. */
export const october2016: LedgerEvent[] = ofOctober.filter((event) => event.type !== 'ActionAssigned');
