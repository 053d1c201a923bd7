/**
 * The read cache (src/api/read-cache.ts): a report answered again while the read models stand still
 * is the same bytes with the same ETag; sending the ETag back gets 304; a write moves the position,
 * and with it the ETag and the answer; roles do not share entries; as-at requests are not cached.
 */
import { afterEach, describe, expect, it } from 'vitest';
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

  it('keeps roles apart and leaves as-at answers alone', async () => {
    api = await seededApi();
    const anonymous = await get('/reports/decisions');
    const clerk = await get('/reports/decisions', api.bearer('clerk'));
    expect(clerk.headers.etag).not.toBe(anonymous.headers.etag);
    const asAt = await get('/reports/decisions?asAt=2017-01-01');
    expect(asAt.statusCode).toBe(200);
    expect(asAt.headers.etag).toBeUndefined();
  });
});
