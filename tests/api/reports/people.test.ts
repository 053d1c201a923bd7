/** GET /reports/people and /reports/people/{personId}, and the pages that link a name to its person. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFixtures } from '../../../src/cli/fixtures.js';
import { testApi, type TestApi } from '../test-ledger.js';

let api: TestApi;
beforeAll(async () => {
  api = await testApi();
  await importFixtures(api.ledger);
});
afterAll(() => api.close());

const get = (url: string) => api.app.inject({ method: 'GET', url });

describe('the people directory over HTTP', () => {
  it('finds Cllr Hancock by either spelling, as one person', async () => {
    for (const q of ['Cllr Christopher Hancock', 'cllr chris hancock']) {
      const response = await get(`/reports/people?q=${encodeURIComponent(q)}`);
      expect(response.statusCode).toBe(200);
      expect(response.json<{ people: Array<{ personId: string }> }>().people.map((p) => p.personId)).toEqual([
        'chris-hancock',
      ]);
    }
  });

  it('answers one person with an ETag, and 404 with where to look for an unknown one', async () => {
    const found = await get('/reports/people/chris-hancock');
    expect(found.statusCode).toBe(200);
    expect(found.headers.etag).toBe('"0"');
    expect(found.json()).toMatchObject({ name: 'Cllr Chris Hancock', otherNames: ['Cllr Christopher Hancock'] });
    const missing = await get('/reports/people/no-one-here');
    expect(missing.statusCode).toBe(404);
    expect(missing.json<{ detail: string }>().detail).toContain('GET /reports/people?q=NAME');
  });

  it(
    'narrows by organisation, refuses a malformed one with a 400 naming the field, and answers ' + 'as at a time',
    async () => {
      const cotswold = await get('/reports/people?organisationId=cotswold-district-council');
      expect(cotswold.json<{ people: Array<{ name: string }> }>().people.map((p) => p.name)).toContain(
        'Cllr Chris Hancock',
      );
      const bad = await get('/reports/people?organisationId=Cotswold%20DC');
      expect(bad.statusCode).toBe(400);
      expect(bad.body).toContain('organisationId');
      const before = await get('/reports/people?asAt=2000-01-01');
      expect(before.json<{ people: unknown[] }>().people).toEqual([]);
    },
  );

  it('links names on the meeting and decision pages to the person', async () => {
    const meeting = await get('/meetings/lg-2016-10-27');
    expect(meeting.body).toContain('href="/people/chris-hancock">Cllr Christopher Hancock</a>');
    const decision = await get('/decisions/lg-2016-10-27-item-3/a');
    expect(decision.body).toMatch(/href="\/people\/[a-z-]+">Cllr Steve Lydon<\/a>/);
    const person = await get('/people/chris-hancock');
    expect(person.statusCode).toBe(200);
    expect(person.body).toContain('Cllr Christopher Hancock');
    expect((await get('/people/no-one-here')).statusCode).toBe(404);
  });
});
