/**
 * Idempotency-Key over HTTP: a client that retries (its connection dropped, it never saw the
 * answer) gets the first response again, marked `idempotent-replayed: true`, and nothing more is
 * recorded; a key already used for another kind of command is refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as id from '../../domain/directory/fixtures.js';
import { testApi, type TestApi } from '../test-ledger.js';
import { expectProblem, send } from './http.js';
import { DEVOLUTION_POT } from './seed/funding-2016.js';
import { recordSeed, seedKey, seedSteps } from './seed/index.js';

let api: TestApi;
beforeAll(async () => {
  api = await testApi();
  await recordSeed(api);
});
afterAll(() => api.close());

const contributions = `/funds/${DEVOLUTION_POT}/contributions`;
const pccMoney = {
  organisation: id.PCC,
  amount: '£10,000',
  receivedOn: '2017-01-16',
  remittanceReference: 'OPCC-BACS-0116',
};
const tewkesburyMoney = {
  organisation: id.TEWKESBURY,
  amount: '£10,000',
  receivedOn: '2017-01-20',
  remittanceReference: 'TBC-0120',
};

describe('a repeated Idempotency-Key', () => {
  it('returns the first response, marked as replayed, and records nothing more', async () => {
    const key = 'opcc-remittance-2017-01-16';
    const first = await send(api, 'finance', contributions, pccMoney, { 'idempotency-key': key });
    expect(first.response.statusCode).toBe(201);
    expect(first.appended.map((event) => event.metadata.commandId)).toEqual([key]);
    expect(first.response.headers['idempotent-replayed']).toBeUndefined();

    await send(api, 'finance', contributions, tewkesburyMoney, { 'idempotency-key': 'tbc-remittance-2017-01-20' });
    const again = await send(api, 'finance', contributions, pccMoney, { 'idempotency-key': key });
    expect(again.response.statusCode).toBe(201);
    expect(again.response.json()).toEqual(first.response.json());
    expect(again.response.headers.etag).toBe(first.response.headers.etag);
    expect(again.response.headers['idempotent-replayed']).toBe('true');
    expect(again.appended).toEqual([]);
  });

  it('replays a step of the recorded minutes rather than refusing it as already registered', async () => {
    const [step] = seedSteps;
    const again = await send(api, step!.as, step!.url, step!.body, { 'idempotency-key': seedKey(0) });
    expect({
      status: again.response.statusCode,
      replayed: again.response.headers['idempotent-replayed'],
      appended: again.appended,
    }).toEqual({
      status: 201,
      replayed: 'true',
      appended: [],
    });
    expect(again.response.json()).toMatchObject({
      streamId: step!.stream,
      revision: '0',
      events: [{ type: 'OrganisationRegistered' }],
    });
  });

  it('replays even when the If-Match sent the first time is no longer current', async () => {
    const key = 'ccg-remittance-2017-02-01';
    const ccgMoney = {
      organisation: id.CCG,
      amount: '£10,000',
      receivedOn: '2017-02-01',
      remittanceReference: 'CCG-0201',
    };
    const first = await send(api, 'finance', contributions, ccgMoney, { 'idempotency-key': key });
    const revision = BigInt(first.response.json().revision) - 1n;
    const retried = await send(api, 'finance', contributions, ccgMoney, {
      'idempotency-key': key,
      'if-match': `"${revision}"`,
    });
    expect(retried.response.statusCode).toBe(201);
    expect(retried.response.json()).toEqual(first.response.json());
    expect(retried.appended).toEqual([]);
  });

  it('is refused with 409 IDEMPOTENCY_KEY_REUSED for a different command on the same entity', async () => {
    const key = 'gloucester-remittance-2017-02-03';
    const gloucesterMoney = {
      organisation: id.GLOUCESTER,
      amount: '£10,000',
      receivedOn: '2017-02-03',
      remittanceReference: 'GCITY-0203',
    };
    expect(
      (await send(api, 'finance', contributions, gloucesterMoney, { 'idempotency-key': key })).response.statusCode,
    ).toBe(201);
    const reused = await send(
      api,
      'finance',
      `/funds/${DEVOLUTION_POT}/pledges/${id.GLOUCESTER}/amendment`,
      { amount: '£12,000', reason: 'Top-up' },
      { 'idempotency-key': key },
    );
    expect(expectProblem(reused, 409, 'IDEMPOTENCY_KEY_REUSED').detail).toContain('RecordContribution');
  });
});

describe('an Idempotency-Key that cannot be one', () => {
  it.each([
    ['empty', ''],
    ['with spaces', 'remittance 2017 01 16'],
    ['longer than 200 characters', 'k'.repeat(201)],
    ['with a character outside printable ASCII', 'remittance-£10,000'],
  ])('is refused with 400 when %s', async (_name, key) => {
    const sent = await send(api, 'finance', contributions, pccMoney, { 'idempotency-key': key });
    const errors = expectProblem(sent, 400, 'INVALID_INPUT').errors as Array<{ path: string }>;
    expect(new Set(errors.map((error) => error.path))).toEqual(new Set(['idempotency-key']));
  });
});

describe('a key reused for something else', () => {
  const lepMoney = {
    organisation: id.LEP,
    amount: '£5,000',
    receivedOn: '2017-02-10',
    remittanceReference: 'LEP-0210',
  };
  beforeAll(async () => {
    const growthHub = { organisationId: 'gfirst-lep-growth-hub', name: 'GFirst LEP Growth Hub', type: 'other' };
    for (const [role, url, body, key] of [
      ['clerk', '/organisations', growthHub, 'reused-across-entities'],
      ['finance', contributions, lepMoney, 'reused-with-another-body'],
    ] as const) {
      const { response } = await send(api, role, url, body, { 'idempotency-key': key });
      if (response.statusCode !== 201) throw new Error(`Setting up: ${url} answered ${response.body}`);
    }
  });

  it('refuses a key reused for a command on another entity', async () => {
    const reused = await send(
      api,
      'finance',
      contributions,
      { ...pccMoney, organisation: id.COTSWOLD },
      { 'idempotency-key': 'reused-across-entities' },
    );
    expectProblem(reused, 409, 'IDEMPOTENCY_KEY_REUSED');
  });

  it('refuses a key reused for the same kind of command with a different body', async () => {
    const reused = await send(
      api,
      'finance',
      contributions,
      { ...lepMoney, remittanceReference: 'LEP-0211' },
      { 'idempotency-key': 'reused-with-another-body' },
    );
    expectProblem(reused, 409, 'IDEMPOTENCY_KEY_REUSED');
  });
});
