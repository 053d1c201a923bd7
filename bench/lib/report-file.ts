/**
 * Where a benchmark report goes: bench/results/<name>.md, or <name>-<hhmm>.md when a report of
 * that name is already there. A second run on the same day keeps the first's report, which a
 * closing note may quote.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Writes the report into `directory` under `name` (without .md) and returns the file name used. */
export function writeReport(directory: string, name: string, report: string, now = new Date()): string {
  mkdirSync(directory, { recursive: true });
  const file = existsSync(join(directory, `${name}.md`))
    ? `${name}-${now.toISOString().slice(11, 16).replace(':', '')}.md`
    : `${name}.md`;
  writeFileSync(join(directory, file), report);
  return file;
}
