/**
 * The read cache (src/api/read-cache.ts): a report answered again while the read models stand still
 * is the same bytes with the same ETag; sending the ETag back gets 304; a write moves the position,
 * and with it the ETag and the answer; roles do not share entries; as-at requests are not cached.
 */
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { acceptsGzip } from '../../src/api/read-cache.js';
import { send } from './commands/http.js';
import { seededApi } from './reports/seeded.js';
import type { TestApi } from './test-ledger.js';

let api: TestApi | undefined;
afterEach(async () => {
  await api?.close();
  api = undefined;
});

const get = (url: string, headers: Record<string, string> = {}) => api!.app.inject({ method: 'GET', url, headers });

describe('the read cache', () => {
  it(
    'sends the same answer and ETag while the position stands, 304 for the ETag sent back, a ' +
      'new answer after a write',
    async () => {
      api = await seededApi();
      const first = await get('/reports/actions?limit=100');
      const again = await get('/reports/actions?limit=100');
      expect(first.statusCode).toBe(200);
      expect(first.headers.etag).toMatch(/^W\/"\d+\./);
      expect(again.headers.etag).toBe(first.headers.etag);
      expect(again.body).toBe(first.body);
      expect(again.headers['content-type']).toBe(first.headers['content-type']);

      const unchanged = await get('/reports/actions?limit=100', { 'if-none-match': String(first.headers.etag) });
      expect(unchanged.statusCode).toBe(304);
      expect(unchanged.body).toBe('');

      const other = await get('/reports/actions?limit=5');
      expect(other.headers.etag).not.toBe(first.headers.etag);

      const body = {
        organisationId: 'nhs-gloucestershire-icb',
        name: 'NHS Gloucestershire Integrated Care Board',
        type: 'health',
      };
      expect((await send(api, 'clerk', '/organisations', body)).response.statusCode).toBe(201);
      const after = await get('/reports/actions?limit=100', { 'if-none-match': String(first.headers.etag) });
      expect(after.statusCode).toBe(200);
      expect(after.headers.etag).not.toBe(first.headers.etag);
      expect(after.json()).toMatchObject({ projectedPosition: String(api.ledger.projections.position) });
      expect(after.body).not.toBe(first.body);
    },
  );

  it('answers afresh on a new day (what is overdue depends on it), and when the clock is set back', async () => {
    api = await seededApi();
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-12-03T23:59:59.000Z') });
    try {
      const late = await get('/reports/actions?limit=100');
      expect(late.headers.etag).toContain('.2026-12-03.');
      vi.setSystemTime(new Date('2026-12-04T00:00:01.000Z'));
      const nextDay = await get('/reports/actions?limit=100', { 'if-none-match': String(late.headers.etag) });
      expect(nextDay.statusCode).toBe(200);
      expect(nextDay.headers.etag).toContain('.2026-12-04.');
      vi.setSystemTime(new Date('2026-12-03T12:00:00.000Z'));
      expect((await get('/reports/actions?limit=100')).headers.etag).toBe(late.headers.etag);
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps roles apart and leaves as-at answers alone', async () => {
    api = await seededApi();
    const anonymous = await get('/reports/decisions');
    const clerk = await get('/reports/decisions', api.bearer('clerk'));
    expect(clerk.headers.etag).not.toBe(anonymous.headers.etag);
    const asAt = await get('/reports/decisions?asAt=2017-01-01');
    expect(asAt.statusCode).toBe(200);
    expect(asAt.headers.etag).toBeUndefined();
  });

  it('gzips a long answer for a client that accepts gzip, the first time and from the cache alike', async () => {
    api = await seededApi();
    const plain = await get('/reports/decisions?limit=100');
    expect(plain.headers['content-encoding']).toBeUndefined();
    for (let i = 0; i < 2; i++) {
      const zipped = await get('/reports/decisions?limit=100', { 'accept-encoding': 'gzip, deflate, br' });
      expect(zipped.headers['content-encoding']).toBe('gzip');
      expect(zipped.headers.vary).toBe('authorization, accept-encoding');
      expect(zipped.headers.etag).toBe(plain.headers.etag);
      expect(zipped.rawPayload.length).toBeLessThan(plain.rawPayload.length / 4);
      expect(gunzipSync(zipped.rawPayload).toString('utf8')).toBe(plain.body);
    }
    const fresh = await get('/reports/actions?limit=100', { 'accept-encoding': 'gzip' });
    expect(gunzipSync(fresh.rawPayload).toString('utf8')).toBe((await get('/reports/actions?limit=100')).body);
  });

  it('sends the answer as it is when gzip is refused or the answer is short', async () => {
    api = await seededApi();
    const refused = await get('/reports/decisions?limit=100', { 'accept-encoding': 'gzip;q=0, identity' });
    expect(refused.headers['content-encoding']).toBeUndefined();
    expect(refused.json()).toHaveProperty('decisions');
    const short = await get('/reports/actions?limit=100&owner=Nobody%20At%20All', { 'accept-encoding': 'gzip' });
    expect(short.statusCode).toBe(200);
    expect(short.headers['content-encoding']).toBeUndefined();
  });
});

describe('acceptsGzip', () => {
  it.each([
    ['gzip', true],
    ['gzip, deflate, br', true],
    ['br;q=1.0, gzip;q=0.8', true],
    ['*', true],
    ['GZIP', true],
    ['gzip;q=0', false],
    ['deflate, br', false],
    ['', false],
  ])('%j: %s', (header, expected) => {
    expect(acceptsGzip(header)).toBe(expected);
  });
});
