/** What the attendance read model answers, and the filters it takes. */
import { z } from 'zod';
import { IsoDate } from '../../domain/shared/dates.js';

const PersonAtMeeting = z.object({
  person: z.string().describe('The person as the minutes name them'),
  organisationId: z.string().nullable().describe('The organisation they came from or sent apologies for'),
  description: z
    .string()
    .nullable()
    .describe('How the minutes describe someone with no organisation, e.g. Independent Adviser, Community Safety'),
  capacity: z
    .enum(['member', 'officer', 'adviser', 'guest'])
    .nullable()
    .describe('Why they were at the table; null for apologies'),
  chair: z.boolean().describe('True for the person who chaired'),
  substituteFor: z.string().nullable().describe('The colleague who sent apologies and whose place they took'),
  nominatedDeputy: z
    .boolean()
    .describe("True for a substitute who is the organisation's nominated deputy on the body (the directory's deputy)"),
});

export const MeetingAttendance = z.object({
  meetingId: z.string().describe('The meeting, e.g. lg-2016-10-27'),
  bodyId: z.string().describe('The body that met'),
  date: z.string().describe('The day of the meeting'),
  venue: z.string().nullable().describe('Where it met'),
  status: z
    .enum(['scheduled', 'held', 'minutes-confirmed', 'cancelled'])
    .describe(
      'scheduled; held once attendance is recorded; minutes-confirmed once a later meeting agreed ' +
        'its minutes; cancelled',
    ),
  minutesConfirmed: z
    .object({
      atMeetingId: z.string().describe('The later meeting that agreed the minutes, e.g. lg-2016-10-27'),
      on: z.string().describe('The date they were agreed'),
    })
    .nullable()
    .describe('When and by which meeting the minutes were agreed; null until then'),
  papersPublishedOn: z.string().nullable().describe('The day the agenda and papers were published, if recorded'),
  noticeDays: z
    .number()
    .int()
    .nullable()
    .describe("The body's notice for papers in days, from its terms of reference (7 in the 2011 terms)"),
  papersLate: z
    .boolean()
    .describe('True when the papers were published fewer days before the meeting than the notice requires'),
  present: z.array(PersonAtMeeting).describe('The people present, as listed in the minutes'),
  apologies: z.array(PersonAtMeeting).describe('The people who sent apologies'),
  organisationsPresent: z
    .array(z.string())
    .describe(
      'Organisations with someone present other than a guest (a substitute counts for the ' +
        'organisation they stood in for)',
    ),
  organisationsWithApologies: z.array(z.string()).describe('Organisations that sent apologies and had no one present'),
  membersAbsent: z.array(z.string()).describe('Member organisations with no one present and no apologies'),
});
export type MeetingAttendance = z.infer<typeof MeetingAttendance>;

export const OrganisationAttendance = z.object({
  organisationId: z.string().describe('The organisation, e.g. stroud-district-council'),
  bodyId: z.string().describe('The body whose meetings are counted'),
  meetings: z
    .number()
    .int()
    .describe('Held meetings that count: those while a member, and any it attended or sent apologies to'),
  attended: z
    .number()
    .int()
    .describe('Of those, meetings with someone present for it (not a guest), a substitute included'),
  apologies: z.number().int().describe('Of those, meetings it sent apologies to with no one present'),
  absent: z.number().int().describe('Of those, meetings with no one present and no apologies'),
  substitutes: z.number().int().describe('People it sent in place of a colleague who sent apologies'),
  attendanceRate: z.number().nullable().describe('attended / meetings, to three places'),
});
export type OrganisationAttendance = z.infer<typeof OrganisationAttendance>;
/** One substitution, the person named as the people directory names them. */
const Substitution = z.object({
  person: z.string().describe('The other person, e.g. ACC Julian Moss'),
  meetingId: z.string().describe('The meeting, e.g. lg-2018-06-14'),
  date: z.string().describe('The date of the meeting, e.g. 2018-06-14'),
});

export const PersonAttendance = z.object({
  bodyId: z.string().describe('The body whose meetings are counted'),
  person: z
    .string()
    .describe("The person: the directory's name when it lists them (whatever form the minutes used), else as minuted"),
  personId: z.string().nullable().describe('The person in the directory, e.g. chris-hancock; null when not listed'),
  organisationIds: z.array(z.string()).describe('The organisations they came for or sent apologies for'),
  attended: z.number().int().describe('Held meetings they were present at'),
  apologies: z.number().int().describe('Held meetings they sent apologies to'),
  apologiesTo: z.array(z.string()).describe('The meetings they sent apologies to'),
  substituteFor: z
    .array(Substitution)
    .describe('Whose place they took, and at which meeting, e.g. Rod Hansen on 14 June 2018'),
  substitutedBy: z.array(Substitution).describe('Who took their place when they sent apologies, and at which meeting'),
});
export type PersonAttendance = z.infer<typeof PersonAttendance>;

export const AttendanceFilters = z.object({
  bodyId: z.string().min(1).optional().describe("Only this body's meetings, e.g. leadership-gloucestershire"),
  organisationId: z
    .string()
    .min(1)
    .optional()
    .describe('Only this organisation: its counts, and the meetings it was expected at or came to'),
  from: IsoDate.optional().describe('Only meetings on or after this date (YYYY-MM-DD)'),
  to: IsoDate.optional().describe('Only meetings on or before this date (YYYY-MM-DD)'),
});
export type AttendanceFilters = z.infer<typeof AttendanceFilters>;

export const AttendanceReport = z
  .object({
    meetings: z.array(MeetingAttendance).describe('Each meeting, by date'),
    organisations: z
      .array(OrganisationAttendance)
      .describe("Each organisation's record at each body, by body and organisation"),
    people: z
      .array(PersonAttendance)
      .describe(
        "Each person's record at each body: meetings attended, apologies sent, substitutions; by body and name",
      ),
  })
  .describe('Attendance per meeting and per organisation');
export type AttendanceReport = z.infer<typeof AttendanceReport>;

export const MissedMeetingsFilters = z.object({
  bodyId: z.string().min(1).optional().describe('Only this body, e.g. leadership-gloucestershire'),
  organisationId: z.string().min(1).optional().describe('Only this organisation'),
});
export type MissedMeetingsFilters = z.infer<typeof MissedMeetingsFilters>;

export const MissedRunView = z.object({
  bodyId: z.string().describe('The body'),
  organisationId: z.string().describe('The member organisation no one attended for'),
  limit: z.number().int().describe("The body's limit: its terms of reference, or 3 as in the 2010 recommendations"),
  missed: z.number().int().describe('How many meetings in a row no one attended for it'),
  ongoing: z.boolean().describe('True when the run reaches the latest meeting held: it has not attended since'),
  meetings: z
    .array(
      z.object({
        meetingId: z.string().describe('A meeting missed'),
        date: z.string().describe('Its date'),
        sentApologies: z.boolean().describe('Whether it sent apologies'),
      }),
    )
    .describe('The meetings missed, oldest first'),
});

export const MissedMeetingsReport = z
  .object({
    runs: z
      .array(MissedRunView)
      .describe(
        'Members that missed the limit or more meetings in a row (apologies or not), by body, organisation and date',
      ),
  })
  .describe('The three-missed-meetings rule: when a member should be asked for a new representative');
export type MissedMeetingsReport = z.infer<typeof MissedMeetingsReport>;
