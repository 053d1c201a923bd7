/**
 * Input a client can send that used to give a 500 or a wrong answer (issue 13, points 6 and 11):
 * each is a 400 problem that names what is wrong, or is accepted as the standards say.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { send } from './commands/http.js';
import { recordSeed } from './commands/seed/index.js';
import { OFFICER_GROUP_ACTION } from './commands/seed/october-2016.js';
import { testApi, type TestApi } from './test-ledger.js';

let api: TestApi;
beforeAll(async () => {
  api = await testApi();
  await recordSeed(api);
});
afterAll(() => api.close());

const get = (url: string) => api.app.inject({ method: 'GET', url });

describe('control characters in queries and paths', () => {
  it.each([
    ['a NUL in the search', '/reports/decisions?q=a%00b', 'q', /control character U\+0000/],
    ['a bell in a filter', '/reports/actions?owner=Richard%07Bradley', 'owner', /control character U\+0007/],
    [
      'a right-to-left override in a filter',
      '/reports/attendance?bodyId=%E2%80%AEx',
      'bodyId',
      /bidirectional override U\+202E/,
    ],
    ['a NUL in a path', '/history/fund-devolution%00-capacity', 'entity', /control character U\+0000/],
    ['an escape in a path', '/reports/actions/lg%1b', 'actionId', /control character U\+001B/],
  ])('answers %s with a 400 naming the parameter', async (_name, url, parameter, message) => {
    const response = await get(url);
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.json()).toMatchObject({
      code: 'INVALID_INPUT',
      errors: [{ path: parameter, message: expect.stringMatching(message) }],
    });
  });
});

describe('asAt', () => {
  const routes = [
    '/reports/decisions',
    '/reports/actions',
    '/reports/attendance',
    '/reports/attendance/missed',
    '/reports/commitments',
    '/partners/stroud-district-council',
    '/history/fund-devolution-capacity',
  ];

  it.each(routes)('%s refuses a day that is not in the calendar, saying so', async (route) => {
    const response = await get(`${route}?asAt=2016-02-30`);
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([
      { path: 'asAt', message: expect.stringMatching(/2016-02-30 is not a day of the calendar/) },
    ]);
  });

  it.each(routes)("%s refuses a date-time without a time zone rather than read it in the server's", async (route) => {
    const response = await get(`${route}?asAt=2017-01-01T10:00:00`);
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].message).toMatch(/has no time zone; add Z for UTC or an offset/);
  });

  it('accepts 29 February in a leap year, and a date-time with an offset', async () => {
    expect((await get('/reports/decisions?asAt=2016-02-29')).statusCode).toBe(200);
    expect((await get('/reports/decisions?asAt=2017-01-01T10:00:00%2B01:00')).statusCode).toBe(200);
  });
});

const progress = (headers: Record<string, string>) =>
  send(
    api,
    'clerk',
    `/actions/${OFFICER_GROUP_ACTION}/progress`,
    { note: 'Terms of reference drafted', rag: 'green', asOf: '2016-12-01' },
    headers,
  );

describe('If-Match', () => {
  it.each(['"1', '1"', 'W/"1', '""'])('refuses the unbalanced or empty %j', async (value) => {
    const { response, appended } = await progress({ 'if-match': value });
    expect(response.statusCode).toBe(400);
    expect(appended).toEqual([]);
  });

  it('advises, in a 412, a value that is then accepted', async () => {
    const { response } = await progress({ 'if-match': '"999"' });
    expect(response.statusCode).toBe(412);
    const advised = /If-Match: (\S+?)\.?$/.exec(response.json().detail)![1]!;
    expect((await progress({ 'if-match': advised })).response.statusCode).toBe(201);
  });

  it('advises a value that is then accepted when the entity does not exist yet', async () => {
    const open = (headers: Record<string, string>) =>
      send(api, 'clerk', '/organisations', { organisationId: 'ubico', name: 'Ubico Ltd', type: 'other' }, headers);
    const { response } = await open({ 'if-match': '"4"' });
    expect(response.statusCode).toBe(412);
    const advised = /If-Match: (\S+?)\.?$/.exec(response.json().detail)![1]!;
    expect((await open({ 'if-match': advised })).response.statusCode).toBe(201);
  });
});

describe('the Authorization scheme', () => {
  it.each(['bearer', 'BEARER', 'Bearer'])(
    'accepts "%s <token>" (RFC 9110: the scheme is case-insensitive)',
    async (scheme) => {
      const { response } = await send(
        api,
        'nobody',
        `/actions/${OFFICER_GROUP_ACTION}/progress`,
        { note: `Checked by ${scheme}`, rag: 'green', asOf: '2016-12-02' },
        { authorization: `${scheme} ${api.tokens.clerk}` },
      );
      expect(response.statusCode).toBe(201);
    },
  );
});

describe('a __proto__ key', () => {
  it('is refused with a message that says what is wrong with it', async () => {
    const { response, appended } = await send(
      api,
      'clerk',
      '/organisations',
      '{"organisationId":"ubico-2","name":"Ubico","type":"other","__proto__":{"admin":true}}',
    );
    expect(response.statusCode).toBe(400);
    expect(response.json().detail).toMatch(/__proto__/);
    expect(response.json().detail).not.toMatch(/not valid JSON/);
    expect(appended).toEqual([]);
  });
});
