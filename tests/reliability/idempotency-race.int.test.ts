/**
 * Issue 13.5: an Idempotency-Key is claimed in the same transaction as the events it records. Ten
 * parallel requests carrying one key to ten different entities, over real HTTP to `ledger serve`
 * on a SQLite file: exactly one is accepted, every round, and the other nine are 409
 * IDEMPOTENCY_KEY_REUSED having recorded nothing. A key is one token's: another token replaying it
 * is refused. And the public /history shows a hash of each key, never the key.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { registerOrganisation } from './board-ledger.js';
import { post } from './client.js';
import { servedLedger } from './served-ledger.js';

const ROUNDS = 6;
const ENTITIES = 10;

const served = servedLedger();

beforeAll(async () => {
  // SQLite numbers positions from 1: one event first, so that each round's one event moves the head by one.
  expect((await post(served.server.url, served.tokens, 'first', registerOrganisation('first-charity'))).status).toBe(
    201,
  );
});

async function head(): Promise<bigint> {
  const ready = (await (await fetch(`${served.server.url}/ready`)).json()) as { headPosition: string };
  return BigInt(ready.headPosition);
}

describe('one Idempotency-Key sent to ten entities at once', () => {
  it(`is accepted exactly once, in each of ${ROUNDS} rounds`, async () => {
    for (let round = 1; round <= ROUNDS; round++) {
      const before = await head();
      const key = `race-${round}`;
      const answers = await Promise.all(
        Array.from({ length: ENTITIES }, (_, entity) =>
          post(served.server.url, served.tokens, key, registerOrganisation(`race-${round}-entity-${entity}`)),
        ),
      );
      const statuses = answers.map((answer) => answer.status).sort();
      expect(statuses, answers.map((answer) => answer.body).join('\n')).toEqual([
        201,
        ...Array<number>(ENTITIES - 1).fill(409),
      ]);
      for (const refused of answers.filter((answer) => answer.status === 409)) {
        expect(JSON.parse(refused.body)).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED' });
      }
      expect(await head()).toBe(before + 1n);
    }
  });
});

describe('a key used by one token', () => {
  it('is replayed to that token and refused to another, for the very same command', async () => {
    const command = registerOrganisation('scoped-key-charity');
    const first = await post(served.server.url, served.tokens, 'scoped-key', command);
    expect(first.status).toBe(201);
    const again = await post(served.server.url, served.tokens, 'scoped-key', command);
    expect({ status: again.status, replayed: again.headers.get('idempotent-replayed') }).toEqual({
      status: 201,
      replayed: 'true',
    });
    const other = await post(
      served.server.url,
      { ...served.tokens, clerk: served.tokens.admin },
      'scoped-key',
      command,
    );
    expect(other.status).toBe(409);
    expect(JSON.parse(other.body)).toMatchObject({
      code: 'IDEMPOTENCY_KEY_REUSED',
      detail: expect.stringContaining('another token'),
    });
  });

  it('is not shown to anonymous readers of /history, which see its SHA-256', async () => {
    const response = await fetch(`${served.server.url}/history/organisation-scoped-key-charity`);
    const text = await response.text();
    expect(response.status).toBe(200);
    expect(text).not.toContain('scoped-key"');
    expect(JSON.parse(text)).toMatchObject({ events: [{ commandId: expect.stringMatching(/^sha256:[0-9a-f]{64}$/) }] });
  });
});
