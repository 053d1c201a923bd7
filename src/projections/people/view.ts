/** What the people read model answers: the directory's people with their roles, attendance, positions and actions. */
import { z } from 'zod';
import { humanText } from '../../domain/shared/human-text.js';
import { Slug } from '../../domain/shared/identifiers.js';
import { Stance } from '../../domain/decisions/events.js';
import { RepresentativeRole } from '../../domain/directory/events.js';
import { ActionStatus } from '../action-tracker/view.js';

export const PeopleFilters = z.object({
  q: humanText(200)
    .optional()
    .describe('A name or part of one, in any case, with or without a title, e.g. Chris Hancock or hancock'),
  organisationId: Slug.optional().describe(
    'Only people who came from or acted for this organisation, e.g. cotswold-district-council',
  ),
});
export type PeopleFilters = z.infer<typeof PeopleFilters>;

const personId = z
  .string()
  .describe(
    'The person: their directory id (e.g. chris-hancock), or for a name the directory does not ' +
      'list, the name as a slug',
  );

export const PersonSummary = z.object({
  personId,
  name: z.string().describe('The name the ledger shows, e.g. Cllr Chris Hancock'),
  registered: z
    .boolean()
    .describe('True when the directory lists the person (RegisterPerson); false for a name only the minutes give'),
  otherNames: z
    .array(z.string())
    .describe(
      "Other forms of the name: the directory's aliases and every other way the minutes wrote it, " +
        'e.g. Cllr Christopher Hancock',
    ),
  titles: z.array(z.string()).describe('Titles and posts the directory records, e.g. Cllr'),
  organisationIds: z.array(z.string()).describe('The organisations they came from, acted for or were appointed by'),
  attended: z.number().int().describe('Meetings held at which they were present'),
  apologies: z.number().int().describe('Meetings held to which they sent apologies'),
  asSubstitute: z.number().int().describe("Meetings at which they took a colleague's place"),
  positionsStated: z.number().int().describe('Positions the minutes record them stating for a partner'),
  actionsOwned: z.number().int().describe('Actions they own (open, completed or cancelled)'),
});
export type PersonSummary = z.infer<typeof PersonSummary>;

export const PeopleList = z.object({
  people: z.array(PersonSummary).describe('Every person matching the filters, by name'),
});
export type PeopleList = z.infer<typeof PeopleList>;

const asWritten = z
  .string()
  .describe('The name as the minutes or the clerk wrote it there, e.g. Cllr Christopher Hancock');

export const PersonRole = z.object({
  bodyId: z.string().describe('The body, e.g. leadership-gloucestershire'),
  organisationId: z.string().describe('The organisation they represent there'),
  role: RepresentativeRole,
  from: z.string().describe('The first day of the appointment'),
  to: z.string().nullable().describe('The last day, if known'),
  asWritten,
});

export const PersonAtMeeting = z.object({
  meetingId: z.string().describe('The meeting, e.g. lg-2016-10-27'),
  bodyId: z.string().describe('The body that met'),
  date: z.string().describe('The day of the meeting'),
  outcome: z.enum(['present', 'apologies']).describe('present, or sent apologies'),
  organisationId: z.string().nullable().describe('The organisation they came from or sent apologies for'),
  description: z.string().nullable().describe('How the minutes describe them where no organisation fits'),
  capacity: z
    .string()
    .nullable()
    .describe('Why they were at the table (member, officer, adviser, guest); null for apologies'),
  chair: z.boolean().describe('True when they chaired the meeting'),
  substituteFor: z.string().nullable().describe('The colleague whose place they took, by the name the ledger shows'),
  substitutedBy: z.string().nullable().describe('For apologies: who took their place, if anyone did'),
  nominatedDeputy: z
    .boolean()
    .describe("True for a substitute who was the organisation's nominated deputy on the body"),
  asWritten,
});

export const PersonPosition = z.object({
  proposalId: z.string().describe('The matter, e.g. lg-2016-10-27-item-3'),
  meetingId: z.string().describe('The meeting'),
  date: z.string().nullable().describe('The day of the meeting'),
  item: z.string().describe('The item number'),
  itemTitle: z.string().nullable().describe("The item's heading"),
  organisationId: z.string().describe('The partner they spoke for'),
  stance: Stance,
  option: z.string().nullable().describe('The option the position was taken on, if any'),
  note: z.string().nullable().describe("The minutes' words for what they said"),
  asWritten,
});

export const PersonAction = z.object({
  actionId: z.string().describe('The action, e.g. lg-2018-06-14-4-a'),
  title: z.string().describe('What is to be done, as minuted'),
  meetingId: z.string().describe('The meeting that gave it'),
  item: z.string().describe('The item number'),
  dueOn: z.string().nullable().describe('When it is due, if set'),
  status: ActionStatus,
  organisationId: z.string().nullable().describe('The organisation they own it for, if recorded'),
  asWritten,
});

export const PersonView = PersonSummary.extend({
  roles: z.array(PersonRole).describe('Appointments over time: member, nominated deputy, chair, principal adviser'),
  meetings: z.array(PersonAtMeeting).describe('Each held meeting they came to or sent apologies to, oldest first'),
  positions: z.array(PersonPosition).describe('Positions the minutes record them stating, oldest first'),
  actions: z.array(PersonAction).describe('Actions they own, oldest first'),
}).describe('One person across the ledger');
export type PersonView = z.infer<typeof PersonView>;
