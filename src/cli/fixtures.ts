/**
 * The seed meetings shipped in fixtures/, imported in file-name order: minutes first, then
 * receipts; for the demo, then the illustrative follow-up meeting in fixtures/illustrative/.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Ledger } from '../compose.js';
import { importFiles } from '../import/import-files.js';
import { reportLines } from '../import/report.js';

/**
 * fixtures/ sits at the repository root: two levels above src/cli when run from source (vitest),
 * three above dist/src/cli when compiled.
 */
function fixturesDirectory(): string {
  const candidates = ['../../fixtures/', '../../../fixtures/'].map((relative) =>
    fileURLToPath(new URL(relative, import.meta.url)),
  );
  const found = candidates.find((candidate) => existsSync(join(candidate, '01-directory.yaml')));
  if (!found) throw new Error(`Bug: the fixtures folder is missing; looked in ${candidates.join(' and ')}`);
  return found;
}

export function fixtureFiles(directory = fixturesDirectory()): string[] {
  const names = readdirSync(directory).sort();
  const ofType = (extension: string) =>
    names.filter((name) => name.endsWith(extension)).map((name) => join(directory, name));
  return [...ofType('.yaml'), ...ofType('.csv')];
}

/** The invented follow-up meeting in fixtures/illustrative/, which only the demo imports, after the seeds. */
export function illustrativeFiles(directory = fixturesDirectory()): string[] {
  const folder = join(directory, 'illustrative');
  return readdirSync(folder)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => join(folder, name));
}

/**
 * Imports every fixture and returns the number of commands applied (0 when all were already
 * recorded); with `illustrative`, then the invented follow-up meeting as a second import.
 */
export async function importFixtures(ledger: Ledger, options: { illustrative?: boolean } = {}): Promise<number> {
  const seeds = await importSeeds(ledger, fixtureFiles());
  return seeds + (options.illustrative ? await importSeeds(ledger, illustrativeFiles()) : 0);
}

async function importSeeds(ledger: Ledger, files: readonly string[]): Promise<number> {
  const result = await importFiles(ledger, files);
  if (result.status !== 'imported') throw new Error(`The fixtures did not import:\n${reportLines(result).join('\n')}`);
  await ledger.projections.catchUp();
  return result.files.reduce((total, file) => total + file.applied.length, 0);
}
