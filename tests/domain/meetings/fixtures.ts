/**
 * The world a meeting's rules read through `related`: Leadership Gloucestershire with its ten
 * partners, the organisations that attend, and the meetings of 8 September 2016, 27 October 2016
 * and 14 June 2018 from the seed minutes.
 */
import type { BodyEvent, OrganisationEvent } from '../../../src/domain/directory/events.js';
import type { Apology, Attendee, MeetingsEvent } from '../../../src/domain/meetings/events.js';
import { meetingDecider } from '../../../src/domain/meetings/index.js';
import { streamId } from '../../../src/domain/shared/identifiers.js';
import {
  LG,
  LG_ESTABLISHED_ON,
  PCC,
  POLICE_AUTHORITY,
  admitted,
  attendingOrganisations,
  bodyWorld,
  lgEstablished,
  organisationWorld,
  partners,
  policeAuthorityDissolved,
  registered,
  registration,
} from '../directory/fixtures.js';
import { stateOf } from '../shared/given.js';

export const SEP_2016 = 'lg-2016-09-08';
export const OCT_2016 = 'lg-2016-10-27';
export const DEC_2016 = 'lg-2016-12-15';
export const JUN_2018 = 'lg-2018-06-14';

/** Partners joined when the board was set up, except the PCC, who took office on 22 November 2012. */
export const lgHistory: BodyEvent[] = [
  lgEstablished,
  ...partners.map((partner) =>
    admitted(partner.organisationId, partner.organisationId === PCC ? '2012-11-22' : LG_ESTABLISHED_ON),
  ),
];

const organisationHistories: OrganisationEvent[][] = [
  ...[...partners, ...attendingOrganisations].map((organisation) => [registered(organisation)]),
  [registration(POLICE_AUTHORITY), policeAuthorityDissolved],
];

/** Every directory stream a meeting rule may read. */
export const directoryWorld: Record<string, unknown> = {
  ...bodyWorld(lgHistory),
  ...organisationWorld(...organisationHistories),
};

export const scheduled = (meetingId: string, date: string, bodyId = LG, venue?: string): MeetingsEvent => ({
  type: 'MeetingScheduled',
  data: { meetingId, bodyId, date, ...(venue ? { venue } : {}) },
});
export const cancelled = (meetingId: string): MeetingsEvent => ({
  type: 'MeetingCancelled',
  data: { meetingId, reason: 'Not quorate' },
});

export const member = (person: string, organisationId: string, extra: Partial<Attendee> = {}): Attendee => ({
  person,
  organisationId,
  capacity: 'member',
  chair: false,
  ...extra,
});
export const officer = (person: string, organisationId: string): Attendee => ({
  person,
  organisationId,
  capacity: 'officer',
  chair: false,
});
export const apology = (person: string, organisationId?: string): Apology => ({
  person,
  ...(organisationId ? { organisationId } : {}),
});

export const attended = (meetingId: string, present: Attendee[], apologies: Apology[] = []): MeetingsEvent => ({
  type: 'AttendanceRecorded',
  data: { meetingId, present, apologies },
});

/** A meeting's state as its stream folds, keyed by stream id, for rules that read another meeting. */
export function meetingWorld(history: MeetingsEvent[]): Record<string, unknown> {
  return { [streamId('meeting', history[0]!.data.meetingId)]: stateOf(meetingDecider, history) };
}
