/**
 * What the directory records: organisations (councils, police, NHS, the enterprise partnership),
 * the people the minutes name, and (in events-body.ts) the bodies they sit on, with members,
 * representatives and terms of reference. Each event is declared once, with its schema (the
 * contract) and how its aggregate's state takes it.
 */
import { z } from 'zod';
import { humanText } from '../shared/human-text.js';
import { IsoDate } from '../shared/dates.js';
import {
  evolverOf,
  folding,
  schemasOf,
  type EventDataOf,
  type EventsOf,
  type EventTable,
} from '../shared/event-table.js';
import { Slug } from '../shared/identifiers.js';
import type { PersonState } from './decide-person.js';
import type { bodyEvents } from './events-body.js';
import type { OrganisationState } from './state-organisation.js';

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

export const organisationId = Slug.describe('The organisation, e.g. stroud-district-council');
export const bodyId = Slug.describe('The body, e.g. leadership-gloucestershire');
const personId = Slug.describe('The person, e.g. chris-hancock');

const onOrganisation = folding<OrganisationState>();

export const organisationEvents = {
  /** An organisation entered the directory; its id is never reused. */
  OrganisationRegistered: onOrganisation(
    z.object({
      organisationId,
      name: humanText(200).describe("The organisation's name, e.g. Stroud District Council"),
      type: OrganisationType,
      identifier: humanText(60).optional().describe('An org-id style identifier, e.g. GB-LAE-GLS'),
    }),
    (state, { organisationId, name, type, identifier }) => ({
      ...state,
      status: 'registered',
      id: organisationId,
      name,
      type,
      ...(identifier ? { identifier } : {}),
    }),
  ),
  /** An organisation took a new name; the old one is kept in the event. */
  OrganisationRenamed: onOrganisation(
    z.object({
      organisationId,
      name: humanText(200).describe('The new name'),
      previousName: z.string().describe('The name the organisation had until the rename'),
      renamedOn: IsoDate.describe('The date the new name took effect'),
    }),
    (state, data) => ({
      ...state,
      name: data.name,
      formerNames: [...state.formerNames, { name: data.previousName, until: data.renamedOn }],
    }),
  ),
  /**
   * An organisation ceased to exist, e.g. a police authority replaced by the PCC; it can join
   * nothing after this date.
   */
  OrganisationDissolved: onOrganisation(
    z.object({
      organisationId,
      dissolvedOn: IsoDate.describe('The date the organisation ceased to exist, e.g. 2022-06-30 for a CCG'),
      successorId: Slug.optional().describe('The organisation that took over its functions, e.g. an ICB after a CCG'),
      reason: humanText(500).optional().describe('Why, e.g. Health and Care Act 2022'),
    }),
    (state, { dissolvedOn, successorId }) => ({
      ...state,
      status: 'dissolved',
      dissolvedOn,
      ...(successorId ? { successorId } : {}),
    }),
  ),
} as const satisfies EventTable<OrganisationState>;

export const personEvents = {
  /**
   * A person entered the directory with every form of their name the minutes use; an id is
   * registered once. Once folded, the id is taken.
   */
  PersonRegistered: folding<PersonState>()(
    z.object({
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
    }),
    () => ({ registered: true }),
  ),
} as const satisfies EventTable<PersonState>;

/** Every directory event of each aggregate, as `{ type, data }`, from the event tables. */
export type OrganisationEvent = EventsOf<typeof organisationEvents>;
export type BodyEvent = EventsOf<typeof bodyEvents>;
export type PersonEvent = EventsOf<typeof personEvents>;
export type DirectoryEvent = OrganisationEvent | BodyEvent | PersonEvent;

/** One directory event's data, by its type. */
export type OrganisationEventData<K extends keyof typeof organisationEvents> = EventDataOf<
  typeof organisationEvents,
  K
>;
export type BodyEventData<K extends keyof typeof bodyEvents> = EventDataOf<typeof bodyEvents, K>;
export type PersonRegisteredData = EventDataOf<typeof personEvents, 'PersonRegistered'>;
export type OrganisationRegisteredData = OrganisationEventData<'OrganisationRegistered'>;
export type BodyEstablishedData = BodyEventData<'BodyEstablished'>;

/** Event type -> schema of its data. */
export const organisationEventSchemas = schemasOf(organisationEvents);
export const personEventSchemas = schemasOf(personEvents);

/** How each aggregate's state takes its events, dispatched through the tables. */
export const evolveOrganisation = evolverOf<OrganisationState, typeof organisationEvents>(organisationEvents);
export const evolvePerson = evolverOf<PersonState, typeof personEvents>(personEvents);
