/**
 * The importer validates by deciding: three meetings imported together through `ledger import` on
 * real SQLite files, the third amending a decision the ledger does not hold. The deciders refuse
 * it, the clerk reads the file, the line and the rule, and nothing is written: not the first two
 * meetings, not the read models. `--dry-run` refuses the same files with the same words.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Command } from 'commander';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { registerImport } from '../../src/cli/commands/import.js';
import { UsageError } from '../../src/cli/output.js';
import { SqliteEventStore } from '../../src/store/sqlite/index.js';
import { fixture, tempFile } from './helpers.js';

const folder = mkdtempSync(join(tmpdir(), 'ledger-third-meeting-'));

async function ledger(...args: string[]): Promise<void> {
  const program = new Command('ledger').exitOverride();
  registerImport(program);
  const stores = ['--store', `sqlite:${join(folder, 'ledger.db')}`, '--read-db', join(folder, 'read.db')];
  await program.parseAsync(['import', ...args, ...stores, '--tokens-db', join(folder, 'tokens.db')], {
    from: 'user',
  });
}

async function eventCount(): Promise<number> {
  const store = new SqliteEventStore(join(folder, 'ledger.db'));
  try {
    let count = 0;
    for await (const _event of store.readAll()) count++;
    return count;
  } finally {
    await store.close();
  }
}

/** Every row of every read-model table, so any change to any view shows. */
function readModels(): Record<string, unknown[]> {
  const db = new Database(join(folder, 'read.db'), { readonly: true });
  try {
    const tables = db
      .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .all();
    return Object.fromEntries(
      tables.map(({ name }) => [
        name,
        db
          .prepare(`SELECT * FROM "${name}"`)
          .all()
          .map((row) => JSON.stringify(row))
          .sort(),
      ]),
    );
  } finally {
    db.close();
  }
}

// The illustrative meeting of 20 September 2018 amends resolution b) of 27 October 2016 item 5; the
// broken copy amends a resolution g) that no meeting recorded.
const third = readFileSync(fixture('illustrative/04-lg-2018-09-20.yaml'), 'utf8');
const CITED = '- decision: {proposal: lg-2016-10-27-item-5, resolution: b}';
const broken = tempFile('04-lg-2018-09-20.yaml', third.replace(CITED, CITED.replace('resolution: b', 'resolution: g')));
const brokenLine = third.slice(0, third.indexOf(CITED)).split('\n').length;
const meetings = [fixture('02-lg-2016-10-27.yaml'), fixture('03-lg-2018-06-14.yaml')];

describe('three meetings imported together, the third citing a decision that does not exist', () => {
  let events: number;
  let views: Record<string, unknown[]>;

  beforeAll(async () => {
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    await ledger(fixture('01-directory.yaml'));
    events = await eventCount();
    views = readModels();
    vi.restoreAllMocks();
  });

  const refusal = new UsageError(
    [
      `${broken}: document 1 (Meeting lg-2018-09-20), line ${brokenLine}, items.1.amends.0.decision.resolution: ` +
        ('DECISION_NOT_FOUND: There is no resolution g) of lg-2016-10-27-item-5 in the ledger; ' +
          'record the decision before citing or changing it.'),
      'Nothing was written.',
    ].join('\n'),
  );

  it(
    'the directory is in, and the files are whole but for the one citation (a dry run of the ' + 'true copy passes)',
    async () => {
      expect(events).toBe(68);
      expect(Object.values(views).some((rows) => rows.length > 0)).toBe(true);
      const stdout = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
      await ledger(...meetings, fixture('illustrative/04-lg-2018-09-20.yaml'), '--dry-run');
      expect(String(stdout.mock.calls.at(-1)?.[0])).toContain('04-lg-2018-09-20.yaml: dry run');
      vi.restoreAllMocks();
    },
  );

  it(
    "is refused with the third file's line and the decider's rule, writing no event and " + 'changing no view',
    async () => {
      await expect(ledger(...meetings, broken)).rejects.toThrow(refusal);
      expect(await eventCount()).toBe(events);
      expect(readModels()).toEqual(views);
    },
  );

  it('is refused by --dry-run with the same file, line and rule', async () => {
    await expect(ledger(...meetings, broken, '--dry-run')).rejects.toThrow(refusal);
    expect(await eventCount()).toBe(events);
    expect(readModels()).toEqual(views);
  });
});
