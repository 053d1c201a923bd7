/**
 * Every read model in the registry keeps to the Projection contract: its own prefixed tables, all of them named for
 * rebuilds.
 */
import { describe, expect, it } from 'vitest';
import { allProjections } from '../../src/projections/index.js';
import { openReadModelDb } from '../../src/projections/read-model-db.js';
import { ProjectionRunner } from '../../src/projections/runner.js';
import { dumpTables, storeWith } from './given.js';
import { december2016Progress, july2018Changes, june2018Actions, october2016Actions } from './seed/actions.js';
import { december2016, december2016Changes, september2016 } from './seed/between.js';
import { directoryEvents } from './seed/directory.js';
import { june2018 } from './seed/june-2018.js';
import { october2016 } from './seed/october-2016.js';

/** Tables a projection's DDL creates, less the shadow tables SQLite makes for an FTS5 table. */
function createdTables(tables: string): string[] {
  const db = openReadModelDb(':memory:');
  db.exec(tables);
  const names = db
    .prepare<[], { name: string }>(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name <> 'projection_checkpoints' ORDER BY name",
    )
    .all()
    .map((row) => row.name);
  return names.filter(
    (name) =>
      !names.some(
        (other) => other !== name && name.startsWith(`${other}_`) && /_(data|idx|content|docsize|config)$/.test(name),
      ),
  );
}

describe('the registry of read models', () => {
  it('names each projection once', () => {
    const names = allProjections.map((projection) => projection.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(
      expect.arrayContaining([
        'commitments',
        'decision_register',
        'action_tracker',
        'attendance',
        'partner_profile',
        'audit_trail',
      ]),
    );
  });

  it.each(allProjections.map((projection) => [projection.name, projection] as const))(
    '%s prefixes its tables with its name and lists every one for a rebuild',
    (name, projection) => {
      const created = createdTables(projection.tables);
      expect(created.every((table) => table.startsWith(`${name}_`))).toBe(true);
      expect([...projection.tableNames].sort()).toEqual(created);
    },
  );

  it('rebuilds every read model from the seed meetings to byte-identical tables', async () => {
    const store = await storeWith(
      [{ occurredAt: '2011-07-01' }, directoryEvents],
      [{ occurredAt: '2016-09-08' }, september2016],
      [{ occurredAt: '2016-10-27' }, [...october2016, ...october2016Actions]],
      [{ occurredAt: '2016-12-15' }, [...december2016, ...december2016Changes, ...december2016Progress]],
      [{ occurredAt: '2018-06-14' }, [...june2018, ...june2018Actions]],
      [{ occurredAt: '2018-07-26' }, july2018Changes],
    );
    const runner = new ProjectionRunner(store, openReadModelDb(':memory:'), allProjections);
    await runner.catchUp();
    const before = allProjections.map((projection) => dumpTables(runner.db, projection));
    await runner.rebuild();
    expect(allProjections.map((projection) => dumpTables(runner.db, projection))).toEqual(before);
    expect(runner.position).toBe(await store.headPosition());
  });
});
