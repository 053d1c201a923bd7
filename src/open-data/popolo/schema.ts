/**
 * The Popolo document this ledger publishes (popoloproject.com schemas: organization, person, post,
 * membership, event, motion, vote_event, count, vote, link, identifier). One zod schema for the
 * type, the HTTP response and the OpenAPI document.
 */
import { z } from 'zod';

const Link = z.object({ url: z.string().describe('A page'), note: z.string().describe('What the page is') });

export const PopoloOrganization = z.object({
  id: z.string().describe("The ledger's id of the organisation or body, e.g. stroud-district-council"),
  name: z.string(),
  classification: z.string().describe('The kind of organisation, e.g. district-council, or body for a board or group'),
  identifiers: z
    .array(z.object({ identifier: z.string(), scheme: z.string() }))
    .describe('Its org-id identifier, where recorded'),
  dissolution_date: z.string().optional().describe('When it ceased to exist'),
  links: z.array(Link),
});
export type PopoloOrganization = z.infer<typeof PopoloOrganization>;

export const PopoloPerson = z.object({
  id: z.string().describe('person- and the name as a slug'),
  name: z.string().describe('As the minutes name them'),
});
export type PopoloPerson = z.infer<typeof PopoloPerson>;

export const PopoloPost = z.object({
  id: z.string(),
  label: z.string(),
  role: z.string().describe('member, deputy, chair or adviser'),
  organization_id: z.string().describe('The body the post is on'),
});
export type PopoloPost = z.infer<typeof PopoloPost>;

export const PopoloMembership = z.object({
  id: z.string(),
  role: z.string(),
  person_id: z.string().optional().describe('For a representative: the person'),
  member: z
    .object({ '@type': z.literal('Organization'), id: z.string() })
    .optional()
    .describe('For a partner: the member organisation'),
  organization_id: z.string().describe('The body'),
  on_behalf_of_id: z.string().optional().describe('For a representative: the organisation represented'),
  post_id: z.string().optional(),
  start_date: z.string(),
  end_date: z.string().optional(),
});
export type PopoloMembership = z.infer<typeof PopoloMembership>;

export const PopoloEvent = z.object({
  id: z.string().describe('The meeting, e.g. lg-2016-10-27'),
  name: z.string(),
  classification: z.literal('meeting'),
  organization_id: z.string().describe('The body that met'),
  start_date: z.string().describe('The day of the meeting (YYYY-MM-DD)'),
  location: z.string().nullable(),
  status: z.string().describe('scheduled, held or cancelled'),
  sources: z.array(Link),
});
export type PopoloEvent = z.infer<typeof PopoloEvent>;

export const PopoloMotion = z.object({
  id: z.string().describe('An option tabled (proposal/option-N) or a resolution (proposal/resolution-a)'),
  organization_id: z.string().nullable(),
  legislative_session_id: z.string().describe('The meeting (an event in this document)'),
  identifier: z.string().describe('As the minutes number it, e.g. item 3 option 3, or minute 3 a)'),
  classification: z.enum(['option', 'resolution']),
  text: z.string(),
  result: z.string().describe('For an option: agreed or not agreed; for a resolution: in-force, amended or rescinded'),
  sources: z.array(Link),
});
export type PopoloMotion = z.infer<typeof PopoloMotion>;

export const PopoloVoteEvent = z.object({
  id: z.string(),
  motion_id: z.string().describe('The motion the positions were taken on'),
  organization_id: z.string().nullable(),
  legislative_session_id: z.string().describe('The meeting'),
  result: z.string().describe('What the board agreed'),
  counts: z
    .array(z.object({ option: z.string().describe('A stance, e.g. support'), value: z.number().int() }))
    .describe('How many partners took each stance'),
  votes: z.array(
    z.object({
      vote_event_id: z.string(),
      voter_id: z.string().describe('The organisation'),
      option: z.string().describe('Its stance'),
      note: z.string().optional(),
    }),
  ),
});
export type PopoloVoteEvent = z.infer<typeof PopoloVoteEvent>;

export const PopoloDocument = z
  .object({
    organizations: z.array(PopoloOrganization),
    persons: z.array(PopoloPerson),
    posts: z.array(PopoloPost),
    memberships: z.array(PopoloMembership),
    events: z.array(PopoloEvent).describe('Meetings'),
    motions: z.array(PopoloMotion).describe('Options tabled and resolutions'),
    vote_events: z.array(PopoloVoteEvent).describe("The partners' positions on each matter, with counts"),
    projectedPosition: z
      .string()
      .describe("The position in the ledger's global order this answer includes events up to (-1 before the first)"),
    asAt: z
      .string()
      .nullable()
      .describe('The knowledge time asked for, as an ISO instant, or null for everything recorded'),
  })
  .describe("The partnership's directory, meetings, motions and positions as Popolo JSON");
export type PopoloDocument = z.infer<typeof PopoloDocument>;
