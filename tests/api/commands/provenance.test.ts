/**
 * Business time and source on every command over HTTP. The issue: a condition satisfied through the
 * API showed "happened 2026-12-01 ... no source recorded". A body may now carry `occurredAt` (when the
 * board or officer acted) and `source` (document and section); without them the ledger records the
 * time of the request and every history says "recorded without a source".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFixtures } from '../../../src/cli/fixtures.js';
import { testApi, type TestApi } from '../test-ledger.js';

let api: TestApi;
beforeAll(async () => {
  api = await testApi();
  await importFixtures(api.ledger);
});
afterAll(() => api.close());

type Trail = {
  events: Array<{
    type: string;
    occurredAt: string;
    recordedAt: string;
    source: { document: string; section: string | null; kind: string | null } | null;
  }>;
};

async function post(url: string, body: object, key: string) {
  const headers = { ...api.bearer('admin'), 'content-type': 'application/json', 'idempotency-key': key };
  return api.app.inject({ method: 'POST', url, headers, payload: body });
}

async function lastEvent(entity: string) {
  const trail = (await api.app.inject({ method: 'GET', url: `/history/${entity}` })).json<Trail>();
  return trail.events.at(-1)!;
}

const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

describe('occurredAt and source over HTTP', () => {
  it("records a condition met at a meeting with that meeting's date and its minutes as source", async () => {
    const source = {
      document: 'Minutes of Leadership Gloucestershire, 15 December 2016',
      section: 'item 4',
      kind: 'minutes',
    };
    const url = '/funds/devolution-capacity/pledges/office-of-the-pcc/condition-satisfied';
    const sent = await post(
      url,
      { note: 'Community safety is part of public service reform', occurredAt: '2016-12-15', source },
      'provenance-1',
    );
    expect(sent.statusCode, sent.body).toBe(201);
    expect(await lastEvent('fund-devolution-capacity')).toMatchObject({
      type: 'PledgeConditionSatisfied',
      occurredAt: '2016-12-15',
      source,
    });
  });

  it(
    'without them, records the time of the request and shows "recorded without a source" in ' + 'every history',
    async () => {
      const sent = await post(
        '/actions/lg-2016-10-27-3-1/progress',
        { note: 'Terms of reference drafted', rag: 'green', asOf: '2016-12-01' },
        'provenance-2',
      );
      expect(sent.statusCode, sent.body).toBe(201);
      const event = await lastEvent('action-lg-2016-10-27-3-1');
      expect(event.source).toBeNull();
      expect(event.occurredAt).toBe(event.recordedAt);
      const audit = text((await api.app.inject({ method: 'GET', url: '/audit/action-lg-2016-10-27-3-1' })).body);
      expect(audit).toContain('Recorded without a source');
      const action = text((await api.app.inject({ method: 'GET', url: '/actions/lg-2016-10-27-3-1' })).body);
      expect(action).toMatch(/Terms of reference drafted Recorded without a source/);
    },
  );

  it('refuses a business date that is not a date, saying how to write one, and records nothing', async () => {
    const before = await api.eventCount();
    const sent = await post(
      '/actions/lg-2016-10-27-3-1/progress',
      { note: 'x', rag: 'green', asOf: '2016-12-01', occurredAt: '15/12/2016' },
      'provenance-3',
    );
    expect(sent.statusCode).toBe(400);
    expect(sent.body).toContain('occurredAt');
    expect(sent.body).toContain('YYYY-MM-DD');
    expect(await api.eventCount()).toBe(before);
  });

  it('refuses a source without a document, or of a kind the ledger does not know', async () => {
    const url = '/actions/lg-2016-10-27-3-1/progress';
    const body = { note: 'x', rag: 'green', asOf: '2016-12-01' };
    expect((await post(url, { ...body, source: { section: 'item 4' } }, 'provenance-4')).statusCode).toBe(400);
    const rumour = await post(url, { ...body, source: { document: 'a', kind: 'rumour' } }, 'provenance-5');
    expect(rumour.statusCode).toBe(400);
    expect(rumour.body).toContain('source.kind');
  });
});
