/**
 * The Atom feeds of decisions on the demo ledger: entries link the decision pages and follow amendments and
 * rescissions.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApi } from '../api/test-ledger.js';
import { demoApi, get } from './demo.js';

let api: TestApi;
beforeAll(async () => {
  api = await demoApi();
});
afterAll(() => api.close());

interface Entry {
  readonly id: string;
  readonly link: string;
  readonly title: string;
  readonly updated: string;
  readonly published: string;
}

/** The entries of an Atom document, read from its XML (RFC 4287 element names). */
function entries(xml: string): Entry[] {
  const field = (entry: string, pattern: RegExp) => pattern.exec(entry)?.[1] ?? '';
  return [...xml.matchAll(/<entry>([\s\S]*?)<\/entry>/g)].map(([, entry]) => ({
    id: field(entry!, /<id>([^<]*)<\/id>/),
    link: field(entry!, /<link href="([^"]*)"/),
    title: field(entry!, /<title[^>]*><!\[CDATA\[([\s\S]*?)\]\]><\/title>/),
    updated: field(entry!, /<updated>([^<]*)<\/updated>/),
    published: field(entry!, /<published>([^<]*)<\/published>/),
  }));
}

async function post(url: string, payload: object) {
  const response = await api.app.inject({ method: 'POST', url, headers: api.bearer('clerk'), payload });
  expect(response.statusCode, response.body).toBe(201);
}

describe('GET /decisions.atom', () => {
  it('has one entry per decision, each linking its page', async () => {
    const response = await get(api, '/decisions.atom');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
    expect(response.body).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    const register = (await get(api, '/reports/decisions')).json().decisions as Array<{
      proposalId: string;
      resolution: string;
    }>;
    const feed = entries(response.body);
    expect(feed.map((e) => e.link).sort()).toEqual(
      register.map((d) => `http://localhost:3000/decisions/${d.proposalId}/${d.resolution}`).sort(),
    );
    const b = feed.find((e) => e.link.endsWith('/decisions/lg-2016-10-27-item-3/b'))!;
    expect(b.title).toBe('Minute 3 b) of Leadership Gloucestershire, 2016-10-27: Community Safety Review');
    expect(b.id).toBe(b.link);
  });

  it('moves an amended or rescinded decision to the top with a later updated time, and says so', async () => {
    const before = entries((await get(api, '/decisions.atom')).body);
    const was = before.find((e) => e.link.endsWith('/lg-2016-10-27-item-3/c'))!;
    await post('/proposals/lg-2016-10-27-item-3/amendments', {
      resolution: 'c',
      meetingId: 'lg-2018-06-14',
      reason: 'The partnership now runs itself',
      text: 'To thank the Office of the Police and Crime Commissioner for managing the new partnership.',
    });
    const amended = entries((await get(api, '/decisions.atom')).body);
    expect(amended[0]).toMatchObject({
      link: was.link,
      published: was.published,
      title: expect.stringContaining('(amended)'),
    });
    expect(amended[0]!.updated > was.updated).toBe(true);
    await post('/proposals/lg-2016-10-27-item-5/rescissions', {
      resolution: 'b',
      meetingId: 'lg-2018-06-14',
      reason: 'The officer group has finished its work',
    });
    const rescinded = entries((await get(api, '/bodies/leadership-gloucestershire/decisions.atom')).body);
    expect(rescinded[0]).toMatchObject({
      link: 'http://localhost:3000/decisions/lg-2016-10-27-item-5/b',
      title: expect.stringContaining('(rescinded)'),
    });
  });

  it('gives the same feed twice, and answers as at a date', async () => {
    expect((await get(api, '/decisions.atom')).body).toBe((await get(api, '/decisions.atom')).body);
    const past = await get(api, '/decisions.atom?asAt=2000-01-01');
    expect(entries(past.body)).toEqual([]);
    expect(past.body).toContain('As the ledger stood at 2000-01-01T23:59:59.999Z');
  });

  it('answers 404 for a body not in the directory', async () => {
    expect((await get(api, '/bodies/no-such-board/decisions.atom')).statusCode).toBe(404);
  });
});
