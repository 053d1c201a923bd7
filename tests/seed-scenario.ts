/**
 * The seed meetings as the tests record them: planned from fixtures/*.yaml, the one transcription of
 * the minutes, by the importer's own planner. The API scenario sends these commands over HTTP; the
 * domain and projection tests run them through the deciders. No test writes a seed meeting out again.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { prepare, type ReadyCommand } from '../src/import/ready.js';
import { readUnits } from '../src/import/read-units.js';
import { recipientKinds } from '../src/import/recipients.js';
import { InMemoryEventStore } from '../src/store/in-memory/index.js';
import { ScenarioLedger } from './domain/decisions/ledger.js';

/** The directory and the two sets of minutes, in the order the demo imports them. */
export const SEED_FIXTURES = ['01-directory.yaml', '02-lg-2016-10-27.yaml', '03-lg-2018-06-14.yaml'] as const;

const fixturesDir = fileURLToPath(new URL('../fixtures/', import.meta.url));

/** Every command the importer would run for the seed fixtures, in order; throws if a fixture does not plan. */
export async function seedCommands(files: readonly string[] = SEED_FIXTURES): Promise<ReadyCommand[]> {
  const read = readUnits(files.map((name) => ({ name, text: readFileSync(`${fixturesDir}${name}`, 'utf8') })));
  const units = read.files.flatMap((file) => file.units);
  if (read.issues.length > 0) throw new Error(`The seed fixtures do not plan: ${JSON.stringify(read.issues)}`);
  const recipientKind = await recipientKinds(units, new InMemoryEventStore());
  return units.flatMap((unit) => prepare(unit, unit.plan(recipientKind)));
}

/** A seed event as the deciders decide it, with the business date of the command that recorded it. */
export interface SeedEvent {
  readonly type: string;
  readonly data: Record<string, unknown>;
  readonly occurredAt?: string;
  /** The fixture the command came from, e.g. `02-lg-2016-10-27.yaml`. */
  readonly file: string;
}

/** The events the seed fixtures record, decided command by command in order by every feature's decider. */
export async function seedEvents(files: readonly string[] = SEED_FIXTURES): Promise<SeedEvent[]> {
  const deciders = new ScenarioLedger();
  return (await seedCommands(files)).flatMap(({ type, data, occurredAt, file }) =>
    deciders
      .record(type, data)
      .map((event) => ({ ...(event as Omit<SeedEvent, 'file'>), file, ...(occurredAt ? { occurredAt } : {}) })),
  );
}
