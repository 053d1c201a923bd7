/**
 * Several ledger servers on one EventStoreDB (issue 19): two servers, each with its own read models,
 * on one stand-in server; twenty clients write through both at once with idempotency keys and
 * If-Match, and resend every command they made to the other server, as a client does after a lost
 * reply behind a load balancer. In the end no command is applied twice, every resend is answered
 * with the original result, and both servers' read models equal a clean rebuild from the store.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { allProjections } from '../../src/projections/index.js';
import { diffDumps, dumpReadModels } from '../../src/projections/dump.js';
import { ledgerServerOn, type LedgerServer } from './eventstoredb-ledger.js';
import { FakeEventStoreDb } from './fake-eventstoredb.js';
import { collect } from './fixtures.js';

const ORGANISATIONS = [
  'cheltenham-borough-council',
  'cotswold-district-council',
  'forest-of-dean-district-council',
  'gloucester-city-council',
  'stroud-district-council',
];
const CLIENTS = 20;
const RENAMES_PER_CLIENT = 3;

const opened: LedgerServer[] = [];
afterAll(async () => {
  for (const server of opened) await server.close();
});

async function post(server: LedgerServer, url: string, body: object, headers: Record<string, string>) {
  const response = await server.app.inject({
    method: 'POST',
    url,
    payload: body,
    headers: { ...server.bearer('clerk'), 'content-type': 'application/json', ...headers },
  });
  return {
    status: response.statusCode,
    etag: response.headers.etag,
    body: response.json<Record<string, unknown>>(),
    replayed: response.headers['idempotent-replayed'] === 'true',
  };
}

/**
 * One client: renames its organisation a few times through one server, following 412s, then resends each command to the
 * other server.
 */
async function client(
  index: number,
  servers: readonly LedgerServer[],
): Promise<Array<{ key: string; replayed: boolean; same: boolean }>> {
  const here = servers[index % 2]!;
  const there = servers[(index + 1) % 2]!;
  const organisationId = ORGANISATIONS[index % ORGANISATIONS.length]!;
  const url = `/organisations/${organisationId}/renaming`;
  const resends = [];
  let revision = '0';
  for (let rename = 0; rename < RENAMES_PER_CLIENT; rename++) {
    const key = `client-${index}-rename-${rename}`;
    const body = { name: `Council ${organisationId} (client ${index}, rename ${rename})`, renamedOn: '2018-06-14' };
    for (;;) {
      const sent = await post(here, url, body, { 'idempotency-key': key, 'if-match': `"${revision}"` });
      revision = (sent.etag ?? '"0"').replace(/"/g, '');
      if (sent.status === 412) continue;
      expect(sent.status).toBe(201);
      const again = await post(there, url, body, { 'idempotency-key': key, 'if-match': '"0"' });
      resends.push({
        key,
        replayed: again.replayed,
        same: again.status === 201 && JSON.stringify(again.body) === JSON.stringify(sent.body),
      });
      break;
    }
  }
  return resends;
}

describe('two ledger servers on one EventStoreDB', () => {
  it('apply each command once under concurrent clients and keep read models equal to a clean rebuild', async () => {
    const store = new FakeEventStoreDb();
    const servers = [await ledgerServerOn(store), await ledgerServerOn(store)];
    opened.push(...servers);
    for (const organisationId of ORGANISATIONS) {
      const created = await post(
        servers[0]!,
        '/organisations',
        { organisationId, name: `Council ${organisationId}`, type: 'district-council' },
        { 'idempotency-key': `register-${organisationId}` },
      );
      expect(created.status).toBe(201);
    }

    const resends = (await Promise.all(Array.from({ length: CLIENTS }, (_, index) => client(index, servers)))).flat();
    expect(resends).toHaveLength(CLIENTS * RENAMES_PER_CLIENT);
    expect(resends.filter((resend) => !resend.replayed || !resend.same)).toEqual([]);

    const events = await collect(servers[0]!.ledger.store.readAll());
    const byCommand = new Map<string, number>();
    for (const event of events)
      byCommand.set(event.metadata.commandId, (byCommand.get(event.metadata.commandId) ?? 0) + 1);
    expect(events).toHaveLength(ORGANISATIONS.length + CLIENTS * RENAMES_PER_CLIENT);
    expect([...byCommand.values()].every((count) => count === 1)).toBe(true);

    const rebuilt = await ledgerServerOn(store);
    opened.push(rebuilt);
    const dumps = [];
    for (const server of [...servers, rebuilt]) {
      await server.ledger.projections.catchUp();
      dumps.push(dumpReadModels(server.ledger.readDb, allProjections));
    }
    expect(diffDumps(dumps[2]!, dumps[0]!)).toEqual([]);
    expect(diffDumps(dumps[2]!, dumps[1]!)).toEqual([]);
  }, 60_000);
});
