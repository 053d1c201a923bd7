/**
 * Read-your-writes under group commit, on the SQLite store: commands sent together share one
 * transaction and one catch-up of the read models, and each 201 is sent only once the read models
 * hold the position it names, so the client's next read sees its own write.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { testApi, type TestApi } from './test-ledger.js';

let api: TestApi | undefined;
let dir: string;
afterEach(async () => {
  await api?.close();
  api = undefined;
  rmSync(dir, { recursive: true, force: true });
});

const DISTRICTS = ['cheltenham', 'cotswold', 'forest-of-dean', 'gloucester-city', 'stroud', 'tewkesbury'];

describe('read-your-writes with commands answered together', () => {
  it('answers each command once the read models hold its position, so the next read shows it', async () => {
    dir = mkdtempSync(join(tmpdir(), 'ledger-ryw-'));
    api = await testApi({
      store: `sqlite:${join(dir, 'ledger.db')}`,
      readDb: join(dir, 'read-models.db'),
      tokensDb: join(dir, 'tokens.db'),
    });
    const { app, ledger } = api;
    const clerk = api.bearer('clerk');
    const seen = await Promise.all(
      DISTRICTS.map(async (district) => {
        const organisationId = `${district}-council`;
        const response = await app.inject({
          method: 'POST',
          url: '/organisations',
          headers: { 'content-type': 'application/json', ...clerk },
          payload: { organisationId, name: `${district} council`, type: 'district-council' },
        });
        const projected = ledger.projections.position;
        const read = await app.inject({ method: 'GET', url: `/partners/${organisationId}` });
        return { status: response.statusCode, position: BigInt(response.json().position), projected, read };
      }),
    );
    expect(seen.map((s) => s.status)).toEqual(DISTRICTS.map(() => 201));
    expect(new Set(seen.map((s) => s.position)).size).toBe(DISTRICTS.length);
    for (const { position, projected, read } of seen) {
      expect(projected).toBeGreaterThanOrEqual(position);
      expect(read.statusCode).toBe(200);
    }
  });
});
