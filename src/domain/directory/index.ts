/** The directory feature: organisations, the people the minutes name, and the bodies they sit on. */
import { deciderOf, type CommandTable, type Feature } from '../shared/feature.js';
import { humanText } from '../shared/human-text.js';
import { IsoDate } from '../shared/dates.js';
import { Slug, streamId } from '../shared/identifiers.js';
import {
  admit,
  adoptTerms,
  appoint,
  establish,
  establishmentStreams,
  onBody,
  organisationStreams,
  withdraw,
} from './decide-body.js';
import { dissolve, register, rename, successorStreams } from './decide-organisation.js';
import { decidePerson, initialPersonState } from './decide-person.js';
import {
  evolveOrganisation,
  evolvePerson,
  organisationEventSchemas,
  organisationEvents,
  personEventSchemas,
  personEvents,
} from './events.js';
import { bodyEvents, bodyEventSchemas, evolveBody } from './events-body.js';
import { initialBodyState } from './state-body.js';
import { initialOrganisationState } from './state-organisation.js';

const clerk = ['clerk'] as const;

/** The organisation commands: each one's schema, summary, example, URL and role, declared once. */
export const organisationCommands = {
  RegisterOrganisation: {
    schema: organisationEvents.OrganisationRegistered.schema,
    decide: register,
    url: '/organisations',
    roles: clerk,
    summary: 'Enter a partner or attending organisation in the directory; each id is registered once.',
    example: {
      organisationId: 'gloucestershire-county-council',
      name: 'Gloucestershire County Council',
      type: 'county-council',
      identifier: 'GB-LAE-GLS',
    },
  },
  RenameOrganisation: {
    schema: organisationEvents.OrganisationRenamed.schema.omit({ previousName: true }).extend({
      organisationId: Slug.describe('The organisation, e.g. office-of-the-pcc'),
      name: humanText(200).describe('The new name, e.g. Office of the Police and Crime Commissioner'),
      renamedOn: IsoDate.describe('The date the new name took effect'),
    }),
    decide: rename,
    url: '/organisations/:organisationId/renaming',
    roles: clerk,
    summary: 'Record a new name for a registered organisation; the previous name is kept.',
    example: {
      organisationId: 'office-of-the-pcc',
      name: 'Office of the Police and Crime Commissioner (OPCC)',
      renamedOn: '2018-06-14',
    },
  },
  DissolveOrganisation: {
    schema: organisationEvents.OrganisationDissolved.schema,
    decide: dissolve,
    related: successorStreams,
    url: '/organisations/:organisationId/dissolution',
    roles: clerk,
    summary: 'Record that an organisation ceased to exist and which organisation succeeded it.',
    example: {
      organisationId: 'gloucestershire-police-authority',
      dissolvedOn: '2012-11-22',
      successorId: 'office-of-the-pcc',
      reason: 'Police authorities were replaced by elected Police and Crime Commissioners',
    },
  },
} as const satisfies CommandTable;

/** The person commands, likewise: one person, every form of the name the minutes use. */
export const personCommands = {
  RegisterPerson: {
    // A clerk may leave out aliases and titles; the event always lists them, empty or not.
    schema: personEvents.PersonRegistered.schema.extend({
      aliases: personEvents.PersonRegistered.schema.shape.aliases.optional(),
      titles: personEvents.PersonRegistered.schema.shape.titles.optional(),
    }),
    decide: decidePerson,
    url: '/people',
    roles: clerk,
    summary:
      'Enter a person in the directory with the other forms of their name the minutes use; each id is registered once.',
    example: {
      personId: 'chris-hancock',
      name: 'Cllr Chris Hancock',
      aliases: ['Cllr Christopher Hancock'],
      titles: ['Cllr'],
    },
  },
} as const satisfies CommandTable;

/** The body commands, likewise. */
export const bodyCommands = {
  EstablishBody: {
    schema: bodyEvents.BodyEstablished.schema,
    decide: establish,
    related: establishmentStreams,
    url: '/bodies',
    roles: clerk,
    summary: 'Record that a partnership, board, task and finish group or officer group was set up.',
    example: {
      bodyId: 'devolution-officer-group',
      name: 'Devolution officer group',
      type: 'officer-group',
      establishedOn: '2016-10-27',
      parentBodyId: 'leadership-gloucestershire',
      establishedBy: { proposalId: 'lg-2016-10-27-item-5', resolution: 'b' },
      secretariatId: 'gloucestershire-county-council',
    },
  },
  AdmitMember: {
    schema: bodyEvents.MemberAdmitted.schema,
    decide: onBody(admit),
    related: organisationStreams,
    url: '/bodies/:bodyId/members',
    roles: clerk,
    summary: 'Make a registered organisation a member (partner) of a body from a date.',
    example: {
      bodyId: 'leadership-gloucestershire',
      organisationId: 'stroud-district-council',
      admittedOn: '2011-07-01',
    },
  },
  WithdrawMember: {
    schema: bodyEvents.MemberWithdrawn.schema,
    decide: onBody(withdraw),
    url: '/bodies/:bodyId/withdrawals',
    roles: clerk,
    summary: 'Record that a member organisation left a body; its representatives stand down the same day.',
    example: {
      bodyId: 'leadership-gloucestershire',
      organisationId: 'nhs-gloucestershire-ccg',
      withdrawnOn: '2022-06-30',
      reason: 'Clinical commissioning groups were replaced by integrated care boards',
    },
  },
  AppointRepresentative: {
    schema: bodyEvents.RepresentativeAppointed.schema,
    decide: onBody(appoint),
    related: organisationStreams,
    url: '/bodies/:bodyId/representatives',
    roles: clerk,
    summary: 'Appoint a person to represent a member organisation on a body as member, deputy, chair or adviser.',
    example: {
      bodyId: 'leadership-gloucestershire',
      organisationId: 'gloucestershire-county-council',
      person: 'Cllr Mark Hawthorne',
      role: 'chair',
      from: '2011-07-01',
    },
  },
  AdoptTermsOfReference: {
    schema: bodyEvents.TermsOfReferenceAdopted.schema,
    decide: onBody(adoptTerms),
    url: '/bodies/:bodyId/terms-of-reference',
    roles: clerk,
    summary: 'Record the terms of reference a body adopted, with its attendance rule and notice for papers.',
    example: {
      bodyId: 'leadership-gloucestershire',
      version: 'Updated July 2011',
      adoptedOn: '2011-07-01',
      noticeDays: 7,
      document: 'Leadership Gloucestershire Annual Report 2011/12, Terms of Reference',
    },
  },
} as const satisfies CommandTable;

/** The organisation aggregate: stream `organisation-<id>`. */
export const organisationDecider = deciderOf(
  {
    aggregate: 'organisation',
    initialState: initialOrganisationState,
    evolve: evolveOrganisation,
    streamIdOf: (command) => streamId('organisation', command.data.organisationId),
  },
  organisationCommands,
  organisationEventSchemas,
);

/** The body aggregate: stream `body-<id>`. */
export const bodyDecider = deciderOf(
  {
    aggregate: 'body',
    initialState: initialBodyState,
    evolve: evolveBody,
    streamIdOf: (command) => streamId('body', command.data.bodyId),
  },
  bodyCommands,
  bodyEventSchemas,
);

/** The person aggregate: stream `person-<id>`. */
export const personDecider = deciderOf(
  {
    aggregate: 'person',
    initialState: initialPersonState,
    evolve: evolvePerson,
    streamIdOf: (command) => streamId('person', command.data.personId),
  },
  personCommands,
  personEventSchemas,
);

export const directory: Feature = {
  name: 'directory',
  deciders: [organisationDecider, bodyDecider, personDecider],
  commands: { ...organisationCommands, ...bodyCommands, ...personCommands },
  events: { ...organisationEventSchemas, ...bodyEventSchemas, ...personEventSchemas },
};
