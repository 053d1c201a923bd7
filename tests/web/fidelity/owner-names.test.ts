/**
 * Owner filters match a person as people write them. 14 June 2018, item 4: "Assistant Chief
 * Constable Julian Moss and Dr Tanya Richardson ... made a presentation", and the actions are hers
 * and his ("Action – ACC Julian Moss and Tanya Richards"). Case and titles do not matter.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFixtures } from '../../../src/cli/fixtures.js';
import { personKey } from '../../../src/domain/directory/person-key.js';
import { testApi, type TestApi } from '../../api/test-ledger.js';

let api: TestApi;
beforeAll(async () => {
  api = await testApi();
  await importFixtures(api.ledger);
});
afterAll(() => api.close());

async function owned(owner: string): Promise<string[]> {
  const response = await api.app.inject({ method: 'GET', url: `/reports/actions?owner=${encodeURIComponent(owner)}` });
  expect(response.statusCode).toBe(200);
  return response.json<{ actions: Array<{ actionId: string }> }>().actions.map((action) => action.actionId);
}

describe('the owner filter', () => {
  it("finds Dr Tanya Richardson's actions with or without her title, in any case", async () => {
    const titled = await owned('Dr Tanya Richardson');
    expect(titled).toContain('lg-2018-06-14-4-a');
    expect(await owned('Tanya Richardson')).toEqual(titled);
    expect(await owned('tanya richardson')).toEqual(titled);
    expect(await owned('Dr. Tanya Richardson')).toEqual(titled);
  });

  it('finds Julian Moss as ACC Julian Moss too', async () => {
    expect(await owned('ACC Julian Moss')).toEqual(await owned('Julian Moss'));
    expect(await owned('Julian Moss')).toContain('lg-2018-06-14-4-a');
  });

  it('does not confuse two people who share a surname', async () => {
    expect(await owned('Tanya Moss')).toEqual([]);
    expect(personKey('Cllr Mark Hawthorne')).toBe('mark hawthorne');
    expect(personKey('Dr')).toBe('dr');
  });
});
