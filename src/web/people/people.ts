/** The people directory's pages: everyone the minutes name, with a search; one person across the ledger. */
import type Database from 'better-sqlite3';
import { z } from 'zod';
import {
  findPerson,
  listPeople,
  PeopleFilters,
  peopleDirectory,
  unlistedPersonId,
} from '../../projections/people/index.js';
import type { PageDefinition, PageRequest } from '../shared/page.js';
import type { FieldError } from '../shared/query.js';
import { withReadModels } from '../shared/read-models.js';

/** The id of the person behind a name as written, for a link to their page (the meeting and decision pages use it). */
export function personIds(db: Database.Database): (name: string) => string {
  const directory = peopleDirectory(db);
  return (name) => directory.personOf(name)?.personId ?? unlistedPersonId(name);
}

async function filterForm(request: PageRequest<Record<string, string>>, errors: FieldError[]) {
  const names = await withReadModels(request.ledger, request.asAt, (models) => models.names);
  return { title: 'People', names, filters: request.query, people: [], errors };
}

export const peoplePage: PageDefinition<typeof PeopleFilters> = {
  url: '/people',
  template: 'people/list.njk',
  query: PeopleFilters,
  form: filterForm,
  async load({ ledger, asAt, query, link }) {
    const { names, people } = await withReadModels(ledger, asAt, ({ db, names }) => ({
      names,
      people: listPeople(db, query).people,
    }));
    const filters = query as Record<string, string | undefined>;
    return {
      title: 'People',
      names,
      filters,
      people,
      alternates: [{ text: 'JSON', href: link('/reports/people', filters) }],
    };
  },
};

export const personPage: PageDefinition<z.ZodObject> = {
  url: '/people/:personId',
  template: 'people/person.njk',
  query: z.object({}),
  async load({ ledger, asAt, params, link }) {
    const personId = params.personId!;
    const found = await withReadModels(ledger, asAt, ({ db, names }) => {
      const person = findPerson(db, personId);
      return person ? { person, names } : undefined;
    });
    if (!found)
      return {
        notFound: `No one is recorded as ${personId}${asAt ? ` as at ${asAt}` : ''}.`,
        lookIn: { text: 'the people directory, which you can search by name', href: link('/people') },
      };
    return {
      title: found.person.name,
      ...found,
      alternates: [
        { text: 'JSON', href: link(`/reports/people/${personId}`) },
        ...(found.person.registered ? [{ text: 'History (JSON)', href: link(`/history/person-${personId}`) }] : []),
      ],
    };
  },
};
