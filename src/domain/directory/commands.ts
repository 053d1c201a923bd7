/**
 * What a clerk asks the directory to record. Where a command carries exactly what its event will
 * say, it shares the event's schema, so the two cannot drift apart.
 */
import { z } from 'zod';
import type { CommandsOf } from '../shared/feature.js';
import type { bodyCommands, organisationCommands, personCommands } from './index.js';
import { humanText } from '../shared/human-text.js';
import { IsoDate } from '../shared/dates.js';
import { Slug } from '../shared/identifiers.js';
import {
  BodyEstablishedData,
  MemberAdmittedData,
  MemberWithdrawnData,
  OrganisationDissolvedData,
  OrganisationRegisteredData,
  PersonRegisteredData,
  RepresentativeAppointedData,
  TermsOfReferenceAdoptedData,
} from './events.js';

export const RegisterOrganisationData = OrganisationRegisteredData;
export const RenameOrganisationData = z.object({
  organisationId: Slug.describe('The organisation, e.g. office-of-the-pcc'),
  name: humanText(200).describe('The new name, e.g. Office of the Police and Crime Commissioner'),
  renamedOn: IsoDate.describe('The date the new name took effect'),
});
export const DissolveOrganisationData = OrganisationDissolvedData;
export const EstablishBodyData = BodyEstablishedData;
export const AdmitMemberData = MemberAdmittedData;
export const WithdrawMemberData = MemberWithdrawnData;
export const AppointRepresentativeData = RepresentativeAppointedData;
export const AdoptTermsOfReferenceData = TermsOfReferenceAdoptedData;
/** A clerk may leave out aliases and titles; the event always lists them, empty or not. */
export const RegisterPersonData = PersonRegisteredData.extend({
  aliases: PersonRegisteredData.shape.aliases.optional(),
  titles: PersonRegisteredData.shape.titles.optional(),
});

/** Each command's data as `decide` reads it. */
export type RegisterOrganisationData = z.output<typeof RegisterOrganisationData>;
export type RenameOrganisationData = z.output<typeof RenameOrganisationData>;
export type DissolveOrganisationData = z.output<typeof DissolveOrganisationData>;
export type EstablishBodyData = z.output<typeof EstablishBodyData>;
export type AdmitMemberData = z.output<typeof AdmitMemberData>;
export type WithdrawMemberData = z.output<typeof WithdrawMemberData>;
export type AppointRepresentativeData = z.output<typeof AppointRepresentativeData>;
export type AdoptTermsOfReferenceData = z.output<typeof AdoptTermsOfReferenceData>;
export type RegisterPersonData = z.output<typeof RegisterPersonData>;

export type PersonCommand = CommandsOf<typeof personCommands>;
export type OrganisationCommand = CommandsOf<typeof organisationCommands>;
export type BodyCommand = CommandsOf<typeof bodyCommands>;
export type DirectoryCommand = OrganisationCommand | BodyCommand | PersonCommand;
