/** An API over the demo ledger: the fixtures imported from their YAML and CSV, as `npm start` loads them. */
import { importFixtures } from '../../src/cli/fixtures.js';
import type { Config } from '../../src/config.js';
import { testApi, type TestApi } from '../api/test-ledger.js';

export async function demoApi(overrides: Partial<Record<keyof Config, string>> = {}): Promise<TestApi> {
  const api = await testApi(overrides);
  await importFixtures(api.ledger);
  return api;
}

export async function get(api: TestApi, url: string) {
  return api.app.inject({ method: 'GET', url });
}
