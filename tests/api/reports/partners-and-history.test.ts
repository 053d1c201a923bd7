/** GET /partners/:organisationId and /history/:entity: request, then response. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditTrail } from '../../../src/projections/audit-trail/index.js';
import { PartnerProfile } from '../../../src/projections/partner-profile/index.js';
import type { TestApi } from '../test-ledger.js';
import { get, seededApi } from './seeded.js';

let api: TestApi;
beforeAll(async () => {
  api = await seededApi();
});
afterAll(() => api.close());

describe('GET /partners/:organisationId', () => {
  it("answers Stroud's profile with the organisation's revision as its ETag", async () => {
    const response = await get(api, '/partners/stroud-district-council');
    expect(response.statusCode).toBe(200);
    const profile = PartnerProfile.parse(response.json());
    expect(profile).toMatchObject({
      name: 'Stroud District Council',
      totals: { pledgedPence: 1_000_000, receivedPence: 1_000_000 },
    });
    expect(profile.attendance.total).toMatchObject({ meetings: 4, attended: 4 });
    expect(response.headers.etag).toBe('"0"');
  });

  it('answers as at a date: before Stroud paid', async () => {
    const response = await get(api, '/partners/stroud-district-council?asAt=2016-12-31');
    expect(response.json().totals).toMatchObject({ pledgedPence: 1_000_000, receivedPence: 0 });
  });

  it('answers 404 for an organisation the ledger has never heard of', async () => {
    const response = await get(api, '/partners/gloucestershire-fire-and-rescue');
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({
      code: 'NOT_FOUND',
      detail: expect.stringContaining('gloucestershire-fire-and-rescue'),
    });
  });

  it('answers 400 for an id that is not a slug', async () => {
    expect((await get(api, '/partners/Stroud%20DC')).statusCode).toBe(400);
  });
});

describe('GET /history/:entity', () => {
  it(
    "answers the devolution pot's events, oldest first, who recorded them and from what source, " +
      'with its revision as the ETag',
    async () => {
      const response = await get(api, '/history/fund-devolution-capacity');
      expect(response.statusCode).toBe(200);
      const trail = AuditTrail.parse(response.json());
      expect(trail.events.map((e) => e.type)).toEqual([
        'FundOpened',
        // "Each partner to contribute £10,000": the ten partners' pledges.
        ...Array<string>(10).fill('PledgeRecorded'),
        'ContributionRecorded',
      ]);
      expect(trail.events[0]).toMatchObject({
        source: { document: 'minutes/lg-2016-10-27.yaml', section: 'item 5' },
        occurredAt: '2016-10-27',
      });
      expect(trail.events[11]!.actor).toEqual({ id: 'finance-gcc', role: 'finance' });
      expect(response.headers.etag).toBe('"11"');
    },
  );

  it('answers the history as it stood at a date', async () => {
    const response = await get(api, '/history/fund-devolution-capacity?asAt=2016-12-31');
    expect(response.json().events).toHaveLength(11);
    expect(response.headers.etag).toBe('"10"');
  });

  it.each([
    ['an entity with no events', 'fund-no-such-fund', 'No events are recorded for fund-no-such-fund'],
    ['a name that is no kind of entity', 'devolution-capacity', 'name one as <kind>-<id>'],
  ])('answers 404 with a helpful message for %s', async (_case, entity, message) => {
    const response = await get(api, `/history/${entity}`);
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ code: 'NOT_FOUND', detail: expect.stringContaining(message) });
  });

  it('answers 400 for an as-at that is not a time', async () => {
    expect((await get(api, '/history/fund-devolution-capacity?asAt=2016-02-31T25:00')).statusCode).toBe(400);
  });
});
