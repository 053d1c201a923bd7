/**
 * What the directory records: organisations (councils, police, NHS, the enterprise partnership)
 * and the bodies they sit on, with members, representatives and terms of reference.
 */
import { z } from 'zod';
import { humanText } from '../shared/human-text.js';
import { IsoDate } from '../shared/dates.js';
import { Slug } from '../shared/identifiers.js';
import { DecisionReference } from '../shared/references.js';

export const OrganisationType = z
  .enum([
    'county-council',
    'district-council',
    'police',
    'health',
    'enterprise-partnership',
    'university',
    'government',
    'voluntary',
    'other',
  ])
  .describe('What kind of organisation it is, e.g. district-council for Stroud District Council');
export type OrganisationType = z.infer<typeof OrganisationType>;

export const BodyType = z
  .enum(['strategic-partnership', 'board', 'task-and-finish-group', 'officer-group', 'scrutiny-committee'])
  .describe('What kind of body it is, e.g. strategic-partnership for Leadership Gloucestershire');
export type BodyType = z.infer<typeof BodyType>;

export const RepresentativeRole = z
  .enum(['member', 'deputy', 'chair', 'adviser'])
  .describe(
    'The part the person plays for the organisation on the body: member, nominated deputy, chair or principal adviser',
  );
export type RepresentativeRole = z.infer<typeof RepresentativeRole>;

export const PersonName = humanText(200).describe('The person as the minutes name them, e.g. Cllr Mark Hawthorne');

const organisationId = Slug.describe('The organisation, e.g. stroud-district-council');
const personId = Slug.describe('The person, e.g. chris-hancock');
const bodyId = Slug.describe('The body, e.g. leadership-gloucestershire');

export const OrganisationRegisteredData = z.object({
  organisationId,
  name: humanText(200).describe("The organisation's name, e.g. Stroud District Council"),
  type: OrganisationType,
  identifier: humanText(60).optional().describe('An org-id style identifier, e.g. GB-LAE-GLS'),
});
export const OrganisationRenamedData = z.object({
  organisationId,
  name: humanText(200).describe('The new name'),
  previousName: z.string().describe('The name the organisation had until the rename'),
  renamedOn: IsoDate.describe('The date the new name took effect'),
});
export const OrganisationDissolvedData = z.object({
  organisationId,
  dissolvedOn: IsoDate.describe('The date the organisation ceased to exist, e.g. 2022-06-30 for a CCG'),
  successorId: Slug.optional().describe('The organisation that took over its functions, e.g. an ICB after a CCG'),
  reason: humanText(500).optional().describe('Why, e.g. Health and Care Act 2022'),
});
export const BodyEstablishedData = z.object({
  bodyId,
  name: humanText(200).describe("The body's name, e.g. Leadership Gloucestershire"),
  type: BodyType,
  establishedOn: IsoDate.optional().describe(
    'The date the body was established, when known; leave it out if the records do not say',
  ),
  parentBodyId: Slug.optional().describe('The body it reports to, for groups set up by a board'),
  establishedBy: DecisionReference.optional(),
  secretariatId: Slug.optional().describe(
    'The organisation that provides the secretariat, e.g. gloucestershire-county-council',
  ),
  councilId: Slug.optional().describe(
    'For a scrutiny committee, the council whose committee it is, e.g. gloucestershire-county-council',
  ),
});
export const MemberAdmittedData = z.object({
  bodyId,
  organisationId,
  admittedOn: IsoDate.describe('The date membership began'),
});
export const MemberWithdrawnData = z.object({
  bodyId,
  organisationId,
  withdrawnOn: IsoDate.describe('The date membership ended'),
  reason: humanText(500).optional().describe('Why the organisation left'),
});
export const RepresentativeAppointedData = z.object({
  bodyId,
  organisationId: organisationId.describe('The member organisation the person represents'),
  person: PersonName,
  role: RepresentativeRole,
  from: IsoDate.describe('The first day of the appointment'),
  to: IsoDate.optional().describe('The last day of the appointment, if known'),
});
export const TermsOfReferenceAdoptedData = z.object({
  bodyId,
  version: humanText(60).describe('How the terms name themselves, e.g. updated July 2011'),
  adoptedOn: IsoDate.describe('The date the body adopted these terms'),
  missedMeetingsLimit: z
    .number()
    .int()
    .positive()
    .optional()
    .describe(
      'After this many meetings missed in a row the organisation is asked for a new representative (3 in the 2010 recommendations)',
    ),
  noticeDays: z
    .number()
    .int()
    .nonnegative()
    .optional()
    .describe('Days before a meeting that agenda and papers are published (7 in the 2011 terms)'),
  document: humanText(500).optional().describe('Where the terms are published'),
});

export const PersonRegisteredData = z.object({
  personId,
  name: PersonName.describe('The name the ledger shows, with the title the minutes use, e.g. Cllr Chris Hancock'),
  aliases: z
    .array(PersonName)
    .max(20, 'name at most 20 other forms of the name')
    .describe('Other ways the minutes write the same person, e.g. Cllr Christopher Hancock'),
  titles: z
    .array(humanText(60))
    .max(10, 'name at most 10 titles')
    .describe('Titles and posts the minutes put before the name, e.g. Cllr, Dr, ACC or Chief Constable'),
});
export type PersonRegisteredData = z.infer<typeof PersonRegisteredData>;
export type OrganisationRegisteredData = z.infer<typeof OrganisationRegisteredData>;
export type OrganisationRenamedData = z.infer<typeof OrganisationRenamedData>;
export type OrganisationDissolvedData = z.infer<typeof OrganisationDissolvedData>;
export type BodyEstablishedData = z.infer<typeof BodyEstablishedData>;
export type MemberAdmittedData = z.infer<typeof MemberAdmittedData>;
export type MemberWithdrawnData = z.infer<typeof MemberWithdrawnData>;
export type RepresentativeAppointedData = z.infer<typeof RepresentativeAppointedData>;
export type TermsOfReferenceAdoptedData = z.infer<typeof TermsOfReferenceAdoptedData>;

/** An organisation entered the directory; its id is never reused. */
export type OrganisationRegistered = { type: 'OrganisationRegistered'; data: OrganisationRegisteredData };
/** An organisation took a new name; the old one is kept in the event. */
export type OrganisationRenamed = { type: 'OrganisationRenamed'; data: OrganisationRenamedData };
/**
 * An organisation ceased to exist, e.g. a police authority replaced by the PCC; it can join nothing after this date.
 */
export type OrganisationDissolved = { type: 'OrganisationDissolved'; data: OrganisationDissolvedData };
/** A board, partnership or group came into being. */
export type BodyEstablished = { type: 'BodyEstablished'; data: BodyEstablishedData };
/** A registered organisation became a member (partner) of a body. */
export type MemberAdmitted = { type: 'MemberAdmitted'; data: MemberAdmittedData };
/** A member organisation left a body; its representatives' appointments end that day. */
export type MemberWithdrawn = { type: 'MemberWithdrawn'; data: MemberWithdrawnData };
/** A person was appointed to represent a member organisation on a body. */
export type RepresentativeAppointed = { type: 'RepresentativeAppointed'; data: RepresentativeAppointedData };
/** A body adopted a version of its terms of reference, which replaces the earlier one. */
export type TermsOfReferenceAdopted = { type: 'TermsOfReferenceAdopted'; data: TermsOfReferenceAdoptedData };

/** A person entered the directory with every form of their name the minutes use; an id is registered once. */
export type PersonRegistered = { type: 'PersonRegistered'; data: PersonRegisteredData };

export type PersonEvent = PersonRegistered;
export type OrganisationEvent = OrganisationRegistered | OrganisationRenamed | OrganisationDissolved;
export type BodyEvent =
  BodyEstablished | MemberAdmitted | MemberWithdrawn | RepresentativeAppointed | TermsOfReferenceAdopted;
export type DirectoryEvent = OrganisationEvent | BodyEvent | PersonEvent;

export const organisationEventSchemas = {
  OrganisationRegistered: OrganisationRegisteredData,
  OrganisationRenamed: OrganisationRenamedData,
  OrganisationDissolved: OrganisationDissolvedData,
} as const satisfies Record<OrganisationEvent['type'], z.ZodType>;

export const bodyEventSchemas = {
  BodyEstablished: BodyEstablishedData,
  MemberAdmitted: MemberAdmittedData,
  MemberWithdrawn: MemberWithdrawnData,
  RepresentativeAppointed: RepresentativeAppointedData,
  TermsOfReferenceAdopted: TermsOfReferenceAdoptedData,
} as const satisfies Record<BodyEvent['type'], z.ZodType>;

export const personEventSchemas = {
  PersonRegistered: PersonRegisteredData,
} as const satisfies Record<PersonEvent['type'], z.ZodType>;

export const directoryEventSchemas = {
  ...organisationEventSchemas,
  ...bodyEventSchemas,
  ...personEventSchemas,
} as const satisfies Record<DirectoryEvent['type'], z.ZodType>;
