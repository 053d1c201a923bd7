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

/** Enter an organisation in the directory, once. */
export type RegisterOrganisation = Extract<OrganisationCommand, { type: 'RegisterOrganisation' }>;
/** Record a registered organisation's new name. */
export type RenameOrganisation = Extract<OrganisationCommand, { type: 'RenameOrganisation' }>;
/** Record that an organisation ceased to exist, naming its successor where there is one. */
export type DissolveOrganisation = Extract<OrganisationCommand, { type: 'DissolveOrganisation' }>;
/** Record that a board, partnership or group was set up. */
export type EstablishBody = Extract<BodyCommand, { type: 'EstablishBody' }>;
/** Make a registered organisation a member (partner) of a body. */
export type AdmitMember = Extract<BodyCommand, { type: 'AdmitMember' }>;
/** Record that a member organisation left a body. */
export type WithdrawMember = Extract<BodyCommand, { type: 'WithdrawMember' }>;
/** Appoint a person to represent a member organisation on a body. */
export type AppointRepresentative = Extract<BodyCommand, { type: 'AppointRepresentative' }>;
/** Record that a body adopted a version of its terms of reference. */
export type AdoptTermsOfReference = Extract<BodyCommand, { type: 'AdoptTermsOfReference' }>;

/** Enter a person in the directory with the other forms of their name the minutes use. */
export type RegisterPerson = Extract<PersonCommand, { type: 'RegisterPerson' }>;

export type PersonCommand = CommandsOf<typeof personCommands>;
export type OrganisationCommand = CommandsOf<typeof organisationCommands>;
export type BodyCommand = CommandsOf<typeof bodyCommands>;
export type DirectoryCommand = OrganisationCommand | BodyCommand | PersonCommand;

export const bodyCommandTypes = [
  'EstablishBody',
  'AdmitMember',
  'WithdrawMember',
  'AppointRepresentative',
  'AdoptTermsOfReference',
] as const satisfies readonly BodyCommand['type'][];
