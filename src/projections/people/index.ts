/** The people directory: every person the ledger names, with their roles, attendance, positions and actions. */
import { z } from 'zod';
import { Slug } from '../../domain/shared/identifiers.js';
import type { ReadModel } from '../read.js';
import { peopleProjection } from './projection.js';
import { findPerson, listPeople } from './query.js';
import { PeopleFilters, PeopleList, PersonView } from './view.js';

export { peopleDirectory, type PeopleDirectory, type Person } from './directory.js';
export { peopleProjection } from './projection.js';
export { findPerson, listPeople, unlistedPersonId } from './query.js';
export { PeopleFilters, PeopleList, PersonSummary, PersonView } from './view.js';

export const people: ReadModel<typeof PeopleFilters, typeof PeopleList> = {
  projection: peopleProjection,
  filters: PeopleFilters,
  view: PeopleList,
  read: listPeople,
};

export const PersonKey = z.object({
  personId: Slug.describe('The person, e.g. chris-hancock; GET /reports/people lists them'),
});

/** One person across the ledger; undefined when no one is known by that id. */
export const person: ReadModel<typeof PersonKey, typeof PersonView, PersonView | undefined> = {
  projection: peopleProjection,
  filters: PersonKey,
  view: PersonView,
  read: (db, { personId }) => findPerson(db, personId),
};
