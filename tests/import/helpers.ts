/** A ledger for import tests: the in-memory store and the command runner, with the fixtures' paths. */
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InMemoryEventStore } from '../../src/store/in-memory/index.js';
import { CommandRunner } from '../../src/store/runner.js';
import type { ImportLedger } from '../../src/import/import-files.js';

export const fixturesDir = fileURLToPath(new URL('../../fixtures/', import.meta.url));

export function fixture(name: string): string {
  return join(fixturesDir, name);
}

/** The YAML fixtures, then the CSV ones, each in name order: the order the demo imports them. */
export function fixturePaths(): string[] {
  const names = readdirSync(fixturesDir).sort();
  return [...names.filter((n) => n.endsWith('.yaml')), ...names.filter((n) => n.endsWith('.csv'))].map(fixture);
}

export function memoryLedger(): ImportLedger & { store: InMemoryEventStore } {
  const store = new InMemoryEventStore();
  return { store, commands: new CommandRunner(store, { clock: () => new Date('2024-05-01T09:00:00Z') }) };
}

/** Writes a file into a fresh temporary folder and returns its path. */
export function tempFile(name: string, text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'ledger-import-')), name);
  writeFileSync(path, text);
  return path;
}
