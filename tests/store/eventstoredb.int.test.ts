/**
 * The contract suite against a real EventStoreDB 24.10.4 in a container (the image the compose files pin)
 * (testcontainers 11). Where no
 * container runtime answers (no Docker engine, as in CI), the suite is skipped and says why.
 */
import { GenericContainer, getContainerRuntimeClient, Wait, type StartedTestContainer } from 'testcontainers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EventStoreDbEventStore } from '../../src/store/eventstoredb/index.js';
import { eventStoreContract } from './contract.js';
import { collect, pledgeEvent, uniqueStream } from './fixtures.js';

const IMAGE = 'eventstore/eventstore:24.10.4-jammy';
const PORT = 2113;
const PROBE_TIMEOUT_MS = 10_000;
/** The server's default MaxAppendSize is 1 MiB. */
const OVERSIZED_EVENT_BYTES = 1_100_000;

async function probeContainerRuntime(): Promise<string | undefined> {
  const timeout = new Promise<never>((_, reject) =>
    setTimeout(() => reject(new Error(`no answer within ${PROBE_TIMEOUT_MS} ms`)), PROBE_TIMEOUT_MS).unref(),
  );
  try {
    await Promise.race([getContainerRuntimeClient(), timeout]);
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

const missingRuntime = await probeContainerRuntime();
if (missingRuntime) console.warn(`EventStoreDB contract suite skipped: no container runtime (${missingRuntime})`);

describe.skipIf(missingRuntime !== undefined)(`EventStoreDB server (${IMAGE})`, () => {
  let container: StartedTestContainer | undefined;
  let connectionString = '';

  beforeAll(async () => {
    container = await new GenericContainer(IMAGE)
      .withEnvironment({
        EVENTSTORE_INSECURE: 'true',
        EVENTSTORE_CLUSTER_SIZE: '1',
        EVENTSTORE_RUN_PROJECTIONS: 'None',
        EVENTSTORE_MEM_DB: 'true',
      })
      .withExposedPorts(PORT)
      // The image's own HEALTHCHECK polls /health/live, which answers once the node accepts requests.
      .withWaitStrategy(Wait.forHealthCheck())
      .withStartupTimeout(120_000)
      .start();
    connectionString = `esdb://${container.getHost()}:${container.getMappedPort(PORT)}?tls=false`;
  }, 180_000);

  afterAll(async () => {
    await container?.stop();
  });

  eventStoreContract(
    'EventStoreDB 24.10',
    async () => {
      const store = EventStoreDbEventStore.connect(connectionString);
      return { store, cleanup: () => store.close() };
    },
    { refusesIdsAlreadyStored: false, startsEmpty: false },
  );

  it('refuses an append larger than the server accepts, recording nothing', async () => {
    const store = EventStoreDbEventStore.connect(connectionString);
    const stream = uniqueStream();
    const oversized = pledgeEvent(0, { data: { note: 'x'.repeat(OVERSIZED_EVENT_BYTES) } });
    await expect(
      store.append(stream, [pledgeEvent(1), oversized], { expectedRevision: 'no_stream' }),
    ).rejects.toMatchObject({ code: 'INVALID_EVENT' });
    expect(await collect(store.readStream(stream))).toEqual([]);
    await store.close();
  });
});
