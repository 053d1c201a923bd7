/**
 * The auditor's toolkit from the built CLI on the seed meetings: verify, tampering found and named,
 * seal and verify --seal, export and import-history round trip, rebuild and rebuild --compare.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedCounts } from '../audit/seed-counts.js';
import { LedgerFolder, runAndCloseEarly } from './run.js';

/** The seed ledger's size, counted from the fixtures (tests/audit/seed-counts.ts), not written down. */
const { events: EVENTS, streams: STREAMS } = (await seedCounts()).all;

const folder = new LedgerFolder();
let n = 0;
beforeAll(() => folder.importFixtures());
afterAll(() => folder.remove());

function sql(file: string, statement: string, ...params: unknown[]): void {
  const db = new Database(file);
  db.prepare(statement).run(...params);
  db.close();
}

function eventIdAt(file: string, stream: string, revision: number): string {
  const db = new Database(file, { readonly: true });
  const row = db.prepare('SELECT event_id FROM events WHERE stream_id = ? AND revision = ?').get(stream, revision) as {
    event_id: string;
  };
  db.close();
  return row.event_id;
}

describe('ledger verify', () => {
  it('exits 0 on the untouched ledger, saying what it checked', async () => {
    const { code, stdout } = await folder.ledger('verify');
    expect(code).toBe(0);
    expect(stdout).toMatch(
      new RegExp(
        String.raw`^Verified ${EVENTS} events in ${STREAMS} streams, up to position ${EVENTS}: ` +
          String.raw`hash chains, revisions, ` +
          String.raw`event schemas and stream rules hold, and 0 seal\(s\) recorded in the ledger match it\.$`,
        'm',
      ),
    );
    expect(stdout).not.toContain('nothing was altered');
  });

  it('exits 1 when an event was changed in the SQLite file, naming the event', async () => {
    const copy = folder.copy(`tampered-${++n}`);
    sql(
      copy.storeFile,
      `UPDATE events SET data = json_set(data, '$.amountPence', 100000) WHERE stream_id = ` +
        `'fund-devolution-capacity' AND revision = 4`,
    );
    const eventId = eventIdAt(copy.storeFile, 'fund-devolution-capacity', 4);
    const { code, stdout, stderr } = await copy.ledger('verify');
    expect(code).toBe(1);
    expect(stderr).toMatch(
      new RegExp(
        `^ledger: verify failed at stream fund-devolution-capacity, revision 4 \\(event ${eventId}, ` +
          `PledgeRecorded, position \\d+\\): content altered: expected hash [0-9a-f]{64} `,
      ),
    );
    expect(stdout).toContain('BROKEN (chain): stream fund-devolution-capacity, revision 4');
  });

  it('exits 1 when a row is not JSON any more, without a stack trace', async () => {
    const copy = folder.copy(`garbled-${++n}`);
    sql(copy.storeFile, "UPDATE events SET data = '{garbled' WHERE position = 7");
    const { code, stderr } = await copy.ledger('verify');
    expect(code).toBe(1);
    expect(stderr).toMatch(/^ledger: verify failed: an event in the store is not readable JSON/);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});

describe('ledger seal and verify --seal', () => {
  it('prints a digest that verify --seal accepts after more events, and rejects after a change before it', async () => {
    const copy = folder.copy(`sealed-${++n}`);
    const sealed = await copy.ledger('seal', '--format', 'json');
    expect(sealed.code).toBe(0);
    const { digest, position } = JSON.parse(sealed.stdout) as { digest: string; position: string };
    expect(position).toBe(String(EVENTS));
    expect(await copy.ledger('token', 'create', '--role', 'clerk', '--name', 'Clerk')).toMatchObject({ code: 0 });
    expect(await copy.ledger('verify', '--seal', digest)).toMatchObject({ code: 0 });
    sql(copy.storeFile, "DELETE FROM events WHERE stream_id = 'meeting-lg-2018-06-14' AND revision = 12");
    const { code, stderr } = await copy.ledger('verify', '--seal', digest);
    expect(code).toBe(1);
    expect(stderr).toContain(`seal mismatch: expected ${digest}, found `);
  });
});

describe('ledger export and import-history', () => {
  it('round-trips the history byte for byte through an empty store', async () => {
    const first = join(folder.dir, 'first.ndjson');
    const second = join(folder.dir, 'second.ndjson');
    expect(await folder.ledger('export', '--format', 'ndjson', '--output', first)).toMatchObject({
      code: 0,
      stderr: `Exported ${EVENTS} events to ${first}.\n`,
    });
    const restored = new LedgerFolder('restored', folder.dir);
    const imported = await restored.ledger('import-history', first);
    expect(imported).toMatchObject({
      code: 0,
      stdout:
        `Imported ${EVENTS} events in ${STREAMS} streams from ${first}: hashes identical, every ` +
        `position as in the file.\n`,
    });
    expect(await restored.ledger('export', '--format', 'ndjson', '--output', second)).toMatchObject({ code: 0 });
    expect(readFileSync(second, 'utf8')).toBe(readFileSync(first, 'utf8'));
    expect((await restored.ledger('export', '--format', 'ndjson')).stdout).toBe(readFileSync(first, 'utf8'));
  });

  it('stops quietly when the reader goes away, as `ledger export ... | head` does', async () => {
    const { code, stdout, stderr } = await runAndCloseEarly(['export', '--format', 'ndjson', ...folder.flags()]);
    expect(stdout.startsWith('{"data":')).toBe(true);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
  });

  it('recognises a history the store already holds, writing nothing more (a re-run completes an import)', async () => {
    const file = join(folder.dir, `again-${++n}.ndjson`);
    await folder.ledger('export', '--format', 'ndjson', '--output', file);
    const { code, stdout } = await folder.ledger('import-history', file);
    expect(code).toBe(0);
    const completed = String.raw`\(${EVENTS} were already stored by an earlier run, which this one completed\)`;
    expect(stdout).toMatch(
      new RegExp(String.raw`^Imported ${EVENTS} events in ${STREAMS} streams from .* ` + completed),
    );
    expect((await folder.ledger('export', '--format', 'ndjson')).stdout).toBe(readFileSync(file, 'utf8'));
  });

  it('refuses to load a history into a store that holds another ledger, exit 2', async () => {
    const file = join(folder.dir, `other-${++n}.ndjson`);
    await folder.ledger('export', '--format', 'ndjson', '--output', file);
    const other = new LedgerFolder();
    try {
      await other.importFixtures();
      const { code, stderr } = await other.ledger('import-history', file);
      expect(code).toBe(2);
      expect(stderr).toMatch(
        new RegExp(
          String.raw`^ledger: The store already holds events \(up to position ${EVENTS}\) that are not from this file`,
        ),
      );
    } finally {
      other.remove();
    }
  });
});

describe('ledger rebuild', () => {
  it('rebuilds every read model, and one by name', async () => {
    const copy = folder.copy(`rebuilt-${++n}`);
    expect((await copy.ledger('rebuild')).stdout).toMatch(
      new RegExp(
        String.raw`^Rebuilt \d+ read model\(s\) \(.*commitments.*\) from ${EVENTS} events, up to position ${EVENTS}\.$`,
        'm',
      ),
    );
    expect((await copy.ledger('rebuild', '--projection', 'commitments')).stdout).toBe(
      `Rebuilt 1 read model(s) (commitments) from ${EVENTS} events, up to position ${EVENTS}.\n`,
    );
  });

  it('--compare exits 0 when the read models match, and 1 listing a row changed by SQL', async () => {
    const copy = folder.copy(`compared-${++n}`);
    expect(await copy.ledger('rebuild', '--compare')).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('They match.'),
    });
    sql(copy.readFile, "UPDATE audit_trail_events SET actor_id = 'mallory' WHERE position = 95");
    const { code, stdout, stderr } = await copy.ledger('rebuild', '--compare');
    expect(code).toBe(1);
    expect(stdout).toMatch(/^ {2}audit_trail_events, live only: {4}\{.*"actor_id":"mallory"/m);
    expect(stdout).toMatch(/^ {2}audit_trail_events, rebuilt only: \{.*"actor_id":"importer"/m);
    expect(stderr).toBe(
      'ledger: the live read models differ from a fresh rebuild in 2 rows; run ledger rebuild to replace them\n',
    );
  });
});

describe('ledger verify --read-models', () => {
  it('exits 0 when the read models equal a rebuild, and 1 naming a doubled receipt', async () => {
    const copy = folder.copy(`read-models-${++n}`);
    const clean = await copy.ledger('verify', '--read-models');
    expect(clean).toMatchObject({ code: 0, stdout: expect.stringContaining('They match.') });
    // What a second process applying the same event used to do: the County Council's £10,000 counted twice.
    sql(
      copy.readFile,
      `INSERT INTO commitments_entries (fund_id, organisation, allocation_id, figure, amount_pence, event_id,
        event_type, position, recorded_at, occurred_on)
       SELECT fund_id, organisation, allocation_id, figure, amount_pence, event_id, event_type, position,
         recorded_at, occurred_on FROM commitments_entries
       WHERE event_type = 'ContributionRecorded' AND organisation = 'gloucestershire-county-council'`,
    );
    const { code, stdout, stderr } = await copy.ledger('verify', '--read-models');
    expect(code).toBe(1);
    expect(stdout).toMatch(
      /^ {2}commitments_entries, live only: {4}\{"allocation_id":null,"amount_pence":1000000,.*"organisation":"gloucestershire-county-council"/m,
    );
    expect(stderr).toMatch(/^ledger: the read models differ from a rebuild of them in 1 rows/);
  });
});
