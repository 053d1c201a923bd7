/** The demo's fixture loading: every seed file imported once into a fresh ledger, nothing the second time. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { importFixtures, fixtureFiles } from '../../src/cli/fixtures.js';
import { openLedger, type Ledger } from '../../src/compose.js';
import { Config } from '../../src/config.js';

let ledger: Ledger;

beforeAll(async () => {
  ledger = await openLedger(Config.parse({ store: 'memory:' }));
});
afterAll(() => ledger.close());

it('finds the fixtures from the source tree, minutes before receipts', () => {
  expect(fixtureFiles().map((path) => path.replace(/^.*\//, ''))).toEqual([
    '01-directory.yaml',
    '02-lg-2016-10-27.yaml',
    '03-lg-2018-06-14.yaml',
    '04-prospectus-2008.yaml',
    'receipts-2016-17.csv',
  ]);
});

it('imports them into an empty ledger and counts the commands applied, then none on a second run', async () => {
  expect(await importFixtures(ledger)).toBe(205);
  const head = await ledger.store.headPosition();
  expect(await importFixtures(ledger)).toBe(0);
  expect(await ledger.store.headPosition()).toBe(head);
});
