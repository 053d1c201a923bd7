import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { readAsAt } from '../../src/projections/read.js';
import type { Projection } from '../../src/projections/projection.js';
import { openReadModelDb } from '../../src/projections/read-model-db.js';
import { ProjectionRunner } from '../../src/projections/runner.js';
import { InMemoryEventStore } from '../../src/store/in-memory/index.js';
import { CommandRunner } from '../../src/store/runner.js';

/** A small read model of organisation names, enough to watch the runner fold. */
function namesProjection(version = 1): Projection {
  return {
    name: 'test_names',
    version,
    tables:
      'CREATE TABLE IF NOT EXISTS test_names (organisation_id TEXT PRIMARY KEY, name TEXT NOT ' +
      'NULL, position INTEGER NOT NULL)',
    tableNames: ['test_names'],
    prepare(db: Database.Database) {
      const upsert = db.prepare(
        'INSERT INTO test_names VALUES (?, ?, ?) ON CONFLICT (organisation_id) DO UPDATE SET name = ' +
          'excluded.name, position = excluded.position',
      );
      return (event) => {
        if (event.type === 'OrganisationRegistered' || event.type === 'OrganisationRenamed') {
          upsert.run(event.data.organisationId, event.data.name, Number(event.position));
        }
      };
    },
  };
}

const names = (db: Database.Database) =>
  db.prepare('SELECT organisation_id, name FROM test_names ORDER BY organisation_id').all();

async function seeded(clockTimes: string[]) {
  const store = new InMemoryEventStore();
  let tick = 0;
  const runner = new CommandRunner(store, {
    clock: () => new Date(clockTimes[Math.min(tick++, clockTimes.length - 1)]!),
  });
  const actor = { id: 'clerk', role: 'clerk' as const };
  await runner.run(
    {
      type: 'RegisterOrganisation',
      data: { organisationId: 'stroud-district-council', name: 'Stroud DC', type: 'district-council' },
    },
    { commandId: 'c1', actor },
  );
  await runner.run(
    {
      type: 'RegisterOrganisation',
      data: { organisationId: 'cotswold-district-council', name: 'Cotswold DC', type: 'district-council' },
    },
    { commandId: 'c2', actor },
  );
  await runner.run(
    {
      type: 'RenameOrganisation',
      data: { organisationId: 'stroud-district-council', name: 'Stroud District Council', renamedOn: '2018-06-14' },
    },
    { commandId: 'c3', actor },
  );
  return store;
}

describe('ProjectionRunner', () => {
  it('folds every event once and keeps its checkpoint with the rows', async () => {
    const store = await seeded(['2016-10-27T10:00:00Z']);
    const db = openReadModelDb(':memory:');
    const runner = new ProjectionRunner(store, db, [namesProjection()]);
    expect(await runner.catchUp()).toBe(2n);
    expect(await runner.catchUp()).toBe(2n);
    expect(names(db)).toEqual([
      { organisation_id: 'cotswold-district-council', name: 'Cotswold DC' },
      { organisation_id: 'stroud-district-council', name: 'Stroud District Council' },
    ]);
    expect(db.prepare('SELECT name, version, position FROM projection_checkpoints').all()).toEqual([
      { name: 'test_names', version: 1, position: 2 },
    ]);
  });

  it('resumes from its checkpoint in a new runner over the same database', async () => {
    const store = await seeded(['2016-10-27T10:00:00Z']);
    const db = openReadModelDb(':memory:');
    await new ProjectionRunner(store, db, [namesProjection()]).catchUp();
    const progress: bigint[] = [];
    await new ProjectionRunner(store, db, [namesProjection()]).catchUp((p) => progress.push(p.position));
    expect(progress).toEqual([]);
  });

  it('rebuilds a projection whose version changed', async () => {
    const store = await seeded(['2016-10-27T10:00:00Z']);
    const db = openReadModelDb(':memory:');
    await new ProjectionRunner(store, db, [namesProjection(1)]).catchUp();
    db.prepare("UPDATE test_names SET name = 'tampered'").run();
    const runner = new ProjectionRunner(store, db, [namesProjection(2)]);
    expect(runner.position).toBe(-1n);
    await runner.catchUp();
    expect(names(db)).not.toContainEqual(expect.objectContaining({ name: 'tampered' }));
  });

  it('shares one pass between concurrent callers and sees every event appended before each call', async () => {
    const store = await seeded(['2016-10-27T10:00:00Z']);
    const runner = new ProjectionRunner(store, openReadModelDb(':memory:'), [namesProjection()]);
    const results = await Promise.all([runner.catchUp(), runner.catchUp(), runner.catchUp()]);
    expect(results).toEqual([2n, 2n, 2n]);
  });

  it('answers as at a knowledge time from the live read model, which it leaves untouched', async () => {
    const store = await seeded(['2016-10-27T10:00:00Z', '2016-10-27T10:00:01Z', '2018-06-14T12:00:00Z']);
    const live = openReadModelDb(':memory:');
    await new ProjectionRunner(store, live, [namesProjection()]).catchUp();
    expect(readAsAt(live, '2017-03-31', ({ db }) => names(db))).toContainEqual({
      organisation_id: 'stroud-district-council',
      name: 'Stroud DC',
    });
    expect(names(live)).toContainEqual({ organisation_id: 'stroud-district-council', name: 'Stroud District Council' });
    expect(readAsAt(live, '2016-10-26', ({ db }) => names(db))).toEqual([]);
  });
});
