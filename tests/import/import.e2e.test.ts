/**
 * `ledger import` through the compiled CLI, as a clerk runs it: exit 0 with a summary per file,
 * exit 2 with the message on stderr when a file is refused. Needs `npm run build` (npm test runs it).
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { fixturePaths, tempFile } from './helpers.js';

const main = fileURLToPath(new URL('../../dist/src/cli/main.js', import.meta.url));
const built = existsSync(main);
const run = promisify(execFile);

async function ledger(folder: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const stores = [
    '--store',
    `sqlite:${join(folder, 'ledger.db')}`,
    '--read-db',
    join(folder, 'read.db'),
    '--tokens-db',
    join(folder, 'tokens.db'),
  ];
  try {
    const { stdout, stderr } = await run(process.execPath, [main, 'import', ...args, ...stores]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe.skipIf(!built)(
  `ledger import (compiled CLI${built ? '' : '; skipped: dist/ is missing, run npm run build'})`,
  () => {
    it('imports the fixtures, then recognises them all on a second run', async () => {
      const folder = mkdtempSync(join(tmpdir(), 'ledger-e2e-import-'));
      const first = await ledger(folder, ...fixturePaths());
      expect(first.code).toBe(0);
      expect(first.stdout).toContain('02-lg-2016-10-27.yaml: 54 applied, 0 already recorded, 0 rejected');
      const second = await ledger(folder, ...fixturePaths());
      expect(second.code).toBe(0);
      expect(second.stdout).toContain('02-lg-2016-10-27.yaml: 0 applied, 54 already recorded, 0 rejected');
    });

    it("exits 2 with the clerk's message on stderr when a file is refused", async () => {
      const folder = mkdtempSync(join(tmpdir(), 'ledger-e2e-import-'));
      const bad = tempFile(
        'grant.yaml',
        'kind: Fund\nid: x\nname: X\ntype: grant-source\nholder: ' +
          'gloucestershire-county-council\nopeningBalance: 5000\n',
      );
      const result = await ledger(folder, bad);
      expect(result.code).toBe(2);
      expect(result.stderr).toBe(
        `ledger: ${bad}: document 1 (Fund x), line 6, openingBalance: write amounts in pounds with ` +
          `a £ sign, e.g. "£5,000" (a bare number such as 5000 is not accepted)\nNothing was written.\n`,
      );
    });
  },
);
