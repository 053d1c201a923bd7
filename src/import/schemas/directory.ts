/**
 * The directory documents of a minutes YAML file: Organisation, Person, Body and Fund. Each schema covers
 * the fields after `kind`, which the reader of the file has already used to choose the schema.
 */
import { z } from 'zod';
import { BodyType, OrganisationType, PersonName, RepresentativeRole } from '../../domain/directory/events.js';
import { Amount, DateText, DecisionCitation, Id, Text } from './common.js';

export const OrganisationDocument = z.strictObject({
  id: Id,
  name: Text,
  type: OrganisationType,
  identifier: Text.optional(),
  /** Police authorities gave way to the PCC, primary care trusts to CCGs: the successor must come first. */
  dissolved: z.strictObject({ on: DateText, successor: Id.optional(), reason: Text.optional() }).optional(),
});
export type OrganisationDocument = z.infer<typeof OrganisationDocument>;

/** One person and every other form of their name the minutes use (aliases), e.g. Chris for Christopher. */
export const PersonDocument = z.strictObject({
  id: Id,
  name: PersonName,
  aliases: z.array(PersonName).optional(),
  titles: z.array(Text).optional(),
});
export type PersonDocument = z.infer<typeof PersonDocument>;

/** A member is an organisation id (admitted when the body was established) or the id with dates. */
const Member = z.union([Id, z.strictObject({ organisation: Id, from: DateText.optional(), to: DateText.optional() })]);

const Representative = z.strictObject({
  person: PersonName,
  organisation: Id,
  role: RepresentativeRole,
  from: DateText.optional(),
  to: DateText.optional(),
});

const TermsOfReference = z.strictObject({
  version: Text,
  adopted: DateText,
  noticeDays: z.number().int().nonnegative().optional(),
  missedMeetingsLimit: z.number().int().positive().optional(),
  document: Text.optional(),
});

/** A clerk often does not know when a body was set up: then each member and representative says from when. */
export const BodyDocument = z
  .strictObject({
    id: Id,
    name: Text,
    type: BodyType,
    established: DateText.optional(),
    parent: Id.optional(),
    establishedBy: DecisionCitation.optional(),
    secretariat: Id.optional(),
    council: Id.optional(),
    members: z.array(Member).optional(),
    representatives: z.array(Representative).optional(),
    termsOfReference: TermsOfReference.optional(),
  })
  .superRefine((body, context) => {
    if (body.established !== undefined) return;
    const undated = "give the date it began (from), or the body's established date";
    body.members?.forEach((member, index) => {
      if (typeof member === 'string' || member.from === undefined)
        context.addIssue({ code: 'custom', path: ['members', index], message: undated });
    });
    body.representatives?.forEach((representative, index) => {
      if (representative.from === undefined)
        context.addIssue({ code: 'custom', path: ['representatives', index], message: undated });
    });
  });
export type BodyDocument = z.infer<typeof BodyDocument>;

const fundBasics = {
  id: Id,
  name: Text,
  holder: Id,
  /** What the fund is for, in the minutes' words where they give them. */
  purpose: Text.optional(),
  decision: DecisionCitation.optional(),
  /** The business date of opening, when known; it becomes the events' occurredAt. */
  opened: DateText.optional(),
  /** The fund's figures are not from the minutes (made up for the demo): its events carry source kind illustrative. */
  illustrative: z.boolean().optional(),
};

/** A fund's fields by its type; also used for a fund opened by a decision inside a meeting. */
export const FundFields = z.discriminatedUnion('type', [
  z.strictObject({ ...fundBasics, type: z.literal('pooled-pot'), perPartner: Amount, asked: z.array(Id).optional() }),
  z.strictObject({ ...fundBasics, type: z.literal('grant-source'), openingBalance: Amount }),
  z.strictObject({ ...fundBasics, type: z.literal('external-award'), funder: Id, award: Amount }),
]);
export type FundFields = z.infer<typeof FundFields>;
