/**
 * Issue 6, the write side through HTTP: the minutes of 27 October 2016 and 14 June 2018 recorded
 * command by command, in the order a clerk and a finance officer would send them. Each step is
 * checked for its status, body and ETag, and against the events the store actually appended.
 * The steps run in order and build on each other, as the real recording does.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandRoutes } from '../../../src/api/routes/command-routes.js';
import * as id from '../../domain/directory/fixtures.js';
import { testApi, type TestApi } from '../test-ledger.js';
import { pathParameters, routeOf, send, streamEvents } from './http.js';
import { CSP_ALLOCATION, LAA_GRANT } from './seed/funding-2016.js';
import { seedKey, seedSteps } from './seed/index.js';
import { ITEM_3, STROUD_CONCERNS } from './seed/october-2016.js';

let api: TestApi;
beforeAll(async () => {
  api = await testApi();
});
afterAll(() => api.close());

const revisions = new Map<string, bigint>();
const steps = seedSteps.map((step, index) => ({
  ...step,
  index,
  name: `${index} ${routeOf(step.url).command} ${step.url} as ${step.as}`,
}));

describe('recording the seed meetings through the command routes', () => {
  it('has a step for every command route', () => {
    const used = new Set(seedSteps.map((step) => routeOf(step.url).command));
    expect(commandRoutes.map((route) => route.command).filter((command) => !used.has(command))).toEqual([]);
  });

  it.each(steps)('$name', async (step) => {
    const before = await api.ledger.store.headPosition();
    const { response, appended } = await send(api, step.as, step.url, step.body, {
      'idempotency-key': seedKey(step.index),
    });
    const revision = (revisions.get(step.stream) ?? -1n) + BigInt(step.recorded.length);
    revisions.set(step.stream, revision);

    expect({ status: response.statusCode, body: response.json() }).toEqual({
      status: 201,
      body: {
        streamId: step.stream,
        revision: revision.toString(),
        position: (before + BigInt(step.recorded.length)).toString(),
        events: appended.map((event) => ({
          eventId: event.eventId,
          type: event.type,
          revision: event.revision.toString(),
          position: event.position.toString(),
        })),
      },
    });
    expect(response.headers.etag).toBe(`"${revision}"`);
    expect(api.ledger.projections.position, 'read models include the write when it is answered').toBe(
      before + BigInt(step.recorded.length),
    );
    expect(response.headers['idempotent-replayed']).toBeUndefined();
    expect(appended.map((event) => [event.streamId, event.type])).toEqual(
      step.recorded.map((type) => [step.stream, type]),
    );
    for (const event of appended) {
      expect(event.metadata).toMatchObject({
        commandType: routeOf(step.url).command,
        commandId: seedKey(step.index),
        actor: { id: `${step.as}-token`, role: step.as },
      });
      expect(event.data).toMatchObject(pathParameters(step.url));
    }
  });
});

describe('what the recorded events say', () => {
  it("holds Stroud's concerns about option 3, as Cllr Steve Lydon put them", async () => {
    const positions = (await streamEvents(api, `proposal-${ITEM_3}`)).filter(
      (event) => event.type === 'PositionRecorded',
    );
    expect(positions).toHaveLength(10);
    expect(
      positions.find((event) => (event.data as { organisationId: string }).organisationId === id.STROUD)?.data,
    ).toEqual({
      proposalId: ITEM_3,
      organisationId: id.STROUD,
      stance: 'concerns',
      option: '3',
      note: STROUD_CONCERNS,
      spokenBy: 'Cllr Steve Lydon',
    });
  });

  it('holds the £35,000 allocation under resolution 3 b) and the first £17,500 paid, in pence', async () => {
    const events = await streamEvents(api, `fund-${LAA_GRANT}`);
    expect(events.map((event) => event.type)).toEqual(['FundOpened', 'FundingAllocated', 'PaymentRecorded']);
    expect(events[1]!.data).toMatchObject({
      allocationId: CSP_ALLOCATION,
      amountPence: 3_500_000,
      decision: { proposalId: ITEM_3, resolution: 'b' },
    });
    expect(events[2]!.data).toMatchObject({
      allocationId: CSP_ALLOCATION,
      amountPence: 1_750_000,
      paidOn: '2016-12-15',
    });
  });
});
