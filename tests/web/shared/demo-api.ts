/** The app over the demo ledger: the seed fixtures, then the illustrative ones (a scrutiny panel, a third meeting). */
import { importFixtures } from '../../../src/cli/fixtures.js';
import { openLedger } from '../../../src/compose.js';
import { Config } from '../../../src/config.js';
import { apiFor, type TestApi } from '../../api/test-ledger.js';

export async function demoApi(): Promise<TestApi> {
  const ledger = await openLedger(Config.parse({ store: 'memory:' }));
  await importFixtures(ledger, { illustrative: true });
  return apiFor(ledger);
}
