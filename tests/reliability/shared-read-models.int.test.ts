/**
 * Issue 13.1: `ledger serve` runs while another process (`ledger import`, as the README allows)
 * records meetings and receipts on the same files, round after round. Both processes fold the same
 * events into the same read-model file; each event must count once. At the end every read model
 * equals a clean rebuild, and the server shows each £10,000 receipt as £10,000, not £20,000.
 */
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, removeFiles, seedLedger, type LedgerServerFiles } from '../../bench/lib/http-server.js';
import { serve, sleep, type LedgerProcess } from '../../bench/lib/ledger-process.js';
import { run } from '../cli/run.js';
import { fixture } from '../import/helpers.js';
import { compareWithRebuild } from './ledger-checks.js';

const ROUNDS = 24;
const WORKER = fileURLToPath(new URL('../../dist/tests/reliability/import-worker.js', import.meta.url));

let files: LedgerServerFiles;
let server: LedgerProcess;

const flags = () => ['--store', `sqlite:${files.store}`, '--read-db', files.readDb, '--tokens-db', files.tokensDb];

function dateOf(round: number): string {
  return new Date(Date.UTC(2017, 0, 2 + round * 7)).toISOString().slice(0, 10);
}

/** A meeting at which Stroud pledges £10,000 to a pot of its own, and the receipt of that money. */
function roundFiles(round: number): string[] {
  const meeting = `kind: Meeting
id: lg-round-${round}
body: leadership-gloucestershire
date: ${dateOf(round)}
attendance:
  - {person: Cllr Mark Hawthorne, organisation: gloucestershire-county-council, role: chair}
  - {person: Cllr Steve Lydon, organisation: stroud-district-council}
apologies:
  - {person: Cllr Paul James, organisation: gloucester-city-council}
items:
  - number: "1"
    title: Round ${round} pot
    decisions:
      - ref: a
        text: Stroud to contribute £10,000 to the round ${round} pot.
        fund: {id: round-${round}, name: Round ${round} pot, type: pooled-pot,
               holder: gloucestershire-county-council, perPartner: "£10,000"}
        pledges:
          - {organisation: stroud-district-council, amount: "£10,000"}
`;
  const receipts =
    'date,fund,organisation,amount,reference\n' +
    `${dateOf(round)},round-${round},stroud-district-council,"£10,000",SDC-R${round}\n`;
  const yaml = join(files.directory, `round-${round}.yaml`);
  const csv = join(files.directory, `round-${round}.csv`);
  writeFileSync(yaml, meeting);
  writeFileSync(csv, receipts);
  return [yaml, csv];
}

function importInAnotherProcess(paths: readonly string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [WORKER, files.store, files.readDb, files.tokensDb, ...paths],
      (error, stdout, stderr) =>
        error ? reject(new Error(`the importing process failed: ${stderr}`)) : resolve(stdout),
    );
  });
}

async function ready(): Promise<void> {
  for (let tries = 0; tries < 400; tries++) {
    const response = await fetch(`${server.url}/ready`);
    if (response.status === 200) return;
    await sleep(50);
  }
  throw new Error(`the server did not catch up: ${server.stderr()}`);
}

beforeAll(async () => {
  files = (await seedLedger([])).files;
  const directory = await run(['import', fixture('01-directory.yaml'), ...flags()]);
  if (directory.code !== 0) throw new Error(directory.stderr);
  server = await serve(files, { port: await freePort() });
});
afterAll(async () => {
  await server?.kill('SIGTERM');
  removeFiles(files);
});

describe('a server following while another process imports', () => {
  it(`counts every event once over ${ROUNDS} rounds, and its read models equal a clean rebuild`, async () => {
    // The first rounds as a clerk runs them, one `ledger import` each; the rest from one process that
    // stays open, whose own checkpoints in memory fall behind the server's between its rounds.
    for (let round = 1; round <= 4; round++) {
      const imported = await run(['import', ...roundFiles(round), ...flags()]);
      expect(imported.code, imported.stderr).toBe(0);
    }
    const rest = Array.from({ length: ROUNDS - 4 }, (_, index) => roundFiles(index + 5)).flat();
    const importing = importInAnotherProcess(rest);
    let reads = 0;
    let done = false;
    void importing.finally(() => (done = true));
    // Reads keep the server catching up (it also follows the store on its own) while the rounds run.
    while (!done) {
      await fetch(`${server.url}/reports/commitments?fundId=round-${1 + (reads++ % ROUNDS)}`).then((r) => r.text());
      await sleep(20);
    }
    await importing;
    await ready();
    const fund = (await (await fetch(`${server.url}/reports/commitments?fundId=round-${ROUNDS}`)).json()) as Record<
      string,
      unknown
    >;
    expect(JSON.stringify(fund)).toContain('"receivedPence":1000000');
    expect(JSON.stringify(fund)).toContain('"overpaidPence":0');
    const attendance = await run(['report', 'attendance', '--format', 'json', ...flags()]);
    expect(attendance.code, attendance.stderr).toBe(0);
    await server.kill('SIGTERM');
    const comparison = await compareWithRebuild(files.store, files.readDb, files.directory);
    expect(comparison.differences).toEqual([]);
    expect(comparison.rows).toBeGreaterThan(ROUNDS * 5);
  }, 120_000);
});
