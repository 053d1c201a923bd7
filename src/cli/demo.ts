/**
 * The demo behind `npm start`: on an empty store, import the seed meetings from fixtures/ and the
 * illustrative follow-up meeting from fixtures/illustrative/; on a
 * ledger with no tokens, create an admin token and write it to a file only its owner can read.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Ledger } from '../compose.js';
import { importFixtures } from './fixtures.js';

export interface Demo {
  lines(base: string): string[];
}

export async function prepareDemo(ledger: Ledger): Promise<Demo> {
  const imported = (await ledger.store.headPosition()) < 0n ? await importFixtures(ledger, { illustrative: true }) : 0;
  let tokenFile: string | undefined;
  if (ledger.tokens.count() === 0) {
    tokenFile = resolve(join(dirname(ledger.config.tokensDb), 'admin-token.txt'));
    writeFileSync(tokenFile, `${ledger.tokens.create('demo-admin', 'admin', new Date())}\n`, { mode: 0o600 });
  }
  return {
    lines: (base) => [
      imported > 0
        ? `Loaded the seed meetings from fixtures/ and the ILLUSTRATIVE (invented) meeting of 20 ` +
          `September 2018 (${imported} commands).`
        : 'The store already holds events; nothing was imported.',
      tokenFile
        ? `An admin token was written to ${tokenFile} (create others with \`ledger token create\`).`
        : 'Tokens: see `ledger token list`.',
      'Try:',
      `  curl '${base}/reports/decisions?q=option%203'`,
      `  curl '${base}/reports/commitments?fundId=devolution-capacity'`,
      `  curl '${base}/reports/actions?status=open'`,
    ],
  };
}
