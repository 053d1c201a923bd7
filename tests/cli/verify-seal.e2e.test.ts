/**
 * Issue 13.9: what `verify` proves, said honestly. Someone holding the files edits a £10,000
 * contribution to £1, recomputes every hash after it, drops the seal, and loads the forged history
 * with import-history. Plain verify cannot tell (every chain holds), so it must not say "nothing was
 * altered"; it says what would prove it, and verify against the digest published earlier fails.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashEvent } from '../../src/store/envelope.js';
import { seedCounts } from '../audit/seed-counts.js';
import { LedgerFolder } from './run.js';

/** The position sealed: the seed ledger's last, counted from the fixtures (tests/audit/seed-counts.ts). */
const SEALED = (await seedCounts()).all.events;

interface Line {
  eventId: string;
  type: string;
  streamId: string;
  revision: number;
  position: number;
  data: Record<string, unknown>;
  metadata: Record<string, unknown> & { prevHash: string; hash: string };
}

const folder = new LedgerFolder();
let digest: string;
let sealOutput: string;
let forged: LedgerFolder;

/**
 * The export with the County Council's £10,000 contribution made £1, every hash after it recomputed, and the seal
 * dropped.
 */
function forge(history: string): string {
  const lines = history
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line) as Line);
  const target = lines.find(
    (line) => line.type === 'ContributionRecorded' && line.data['organisation'] === 'gloucestershire-county-council',
  )!;
  expect(target.data['amountPence']).toBe(1_000_000);
  target.data['amountPence'] = 100;
  let prevHash = target.metadata.prevHash;
  for (const line of lines.filter((l) => l.streamId === target.streamId && l.revision >= target.revision)) {
    const metadata = { ...line.metadata, prevHash };
    const { hash: _old, ...unhashed } = metadata;
    prevHash = hashEvent({
      eventId: line.eventId,
      type: line.type,
      streamId: line.streamId,
      revision: BigInt(line.revision),
      data: line.data,
      metadata: unhashed as never,
    });
    line.metadata = { ...metadata, hash: prevHash };
  }
  return `${lines
    .filter((line) => line.type !== 'LedgerSealed')
    .map((line) => JSON.stringify(line))
    .join('\n')}\n`;
}

beforeAll(async () => {
  await folder.importFixtures();
  const sealed = await folder.ledger('seal');
  expect(sealed.code, sealed.stderr).toBe(0);
  sealOutput = sealed.stdout;
  digest = /[0-9a-f]{64}/.exec(sealOutput)![0];
  const history = join(folder.dir, 'history.ndjson');
  expect(await folder.ledger('export', '--format', 'ndjson', '--output', history)).toMatchObject({ code: 0 });
  const forgery = join(folder.dir, 'forged.ndjson');
  writeFileSync(forgery, forge(readFileSync(history, 'utf8')));
  forged = new LedgerFolder('forged', folder.dir);
  const loaded = await forged.ledger('import-history', forgery);
  expect(loaded.code, loaded.stderr).toBe(0);
});
afterAll(() => folder.remove());

describe('ledger verify without a seal', () => {
  it('says the chains and rules hold, not that nothing was altered, and how to prove it', async () => {
    const { code, stdout } = await forged.ledger('verify');
    expect(code).toBe(0);
    expect(stdout).not.toMatch(/nothing was altered/i);
    expect(stdout).toMatch(/hash chains, revisions, event schemas and stream rules hold/);
    expect(stdout).toMatch(/does not prove the history was not rewritten/);
    expect(stdout).toContain('ledger verify --seal DIGEST');
  });
});

describe('ledger verify --seal', () => {
  it('fails on the forged history against the digest published before the forgery', async () => {
    const { code, stdout, stderr } = await forged.ledger('verify', '--seal', digest);
    expect(code).toBe(1);
    expect(stderr).toContain(digest);
    expect(stdout).not.toMatch(/^OK/m);
  });

  it('passes on the genuine ledger, saying what the seal proves', async () => {
    const { code, stdout } = await folder.ledger('verify', '--seal', digest);
    expect(code).toBe(0);
    const sealedWith = String.raw`is the one sealed with 1 published digest\(s\)`;
    expect(stdout).toMatch(new RegExp(`^OK: the history up to position ${SEALED} ${sealedWith}`, 'm'));
  });

  it('takes several digests, and fails when any is not in the ledger', async () => {
    const other = 'ab'.repeat(32);
    const { code, stderr } = await folder.ledger('verify', '--seal', digest, other);
    expect(code).toBe(1);
    expect(stderr).toContain(other);
  });

  it('takes a file of digests, as copied from the minutes', async () => {
    const file = join(folder.dir, 'published.txt');
    writeFileSync(file, `Minutes of 14 June 2018, item 2: ledger seal ${digest} (position ${SEALED})\n`);
    const { code, stdout } = await folder.ledger('verify', '--seal-file', file);
    expect(code).toBe(0);
    expect(stdout).toMatch(/1 published digest/);
    writeFileSync(file, 'no digest here\n');
    const empty = await folder.ledger('verify', '--seal-file', file);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/--seal-file: .* holds no seal digest/);
  });
});

describe('ledger seal', () => {
  it('prints the digest as a sentence to paste into the minutes', () => {
    expect(sealOutput).toMatch(new RegExp(`The ledger was sealed at position ${SEALED} .* digest ${digest}`));
    expect(sealOutput).toContain(`ledger verify --seal ${digest}`);
  });
});
