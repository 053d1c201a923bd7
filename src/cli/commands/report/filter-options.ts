/**
 * A report's command-line options, derived from the same filters schema its HTTP route takes, so
 * the CLI and the API never disagree about what a report can be narrowed by: `bodyId` becomes
 * `--body`, `organisationId` `--organisation`, `financialYear` `--financial-year`, `q` `--q`.
 */
import type { Command } from 'commander';
import type { z } from 'zod';
import { UsageError } from '../../output.js';

/** The flag for a filter field: an id field is named for what it identifies, the rest in kebab case. */
export function flagOf(field: string): string {
  return field.replace(/Id$/, '').replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

/** The property commander gives an option's value under. */
function propertyOf(flag: string): string {
  return flag.replace(/-([a-z])/g, (_all, letter: string) => letter.toUpperCase());
}

/** What the help shows an option's value as: `--fund <id>`, `--from <date>`, `--q <words>`. */
function placeholderOf(field: string): string {
  if (field.endsWith('Id')) return 'id';
  if (field === 'q') return 'words';
  if (field === 'from' || field === 'to' || field.endsWith('On')) return 'date';
  return flagOf(field).split('-').at(-1)!;
}

/** Adds one option per field of the filters, described as the API describes it. */
export function addFilterOptions(command: Command, filters: z.ZodObject): Command {
  for (const [field, schema] of Object.entries(filters.shape)) {
    const description = (schema as z.ZodType).description ?? field;
    command.option(`--${flagOf(field)} <${placeholderOf(field)}>`, description.replace(/^Only /, 'only '));
  }
  return command;
}

/** The filters the options give, checked by the schema; a wrong value is the user's mistake (exit 2). */
export function filtersFrom<Filters extends z.ZodObject>(
  filters: Filters,
  options: Record<string, unknown>,
): z.infer<Filters> {
  const given: Record<string, unknown> = {};
  for (const field of Object.keys(filters.shape)) {
    const value = options[propertyOf(flagOf(field))];
    if (value !== undefined) given[field] = value;
  }
  const parsed = filters.safeParse(given);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => `--${flagOf(String(issue.path[0] ?? ''))}: ${issue.message}`);
  throw new UsageError(problems.join('; '));
}

/** The key of one entity given as arguments, checked by the read model's schema; a wrong value is exit 2. */
export function keyFrom<Key extends z.ZodObject>(key: Key, given: Record<string, string | undefined>): z.infer<Key> {
  const parsed = key.safeParse(Object.fromEntries(Object.entries(given).filter(([, value]) => value !== undefined)));
  if (parsed.success) return parsed.data;
  throw new UsageError(
    parsed.error.issues
      .map((issue) => `${String(issue.path[0] ?? '')} "${given[String(issue.path[0])] ?? ''}": ${issue.message}`)
      .join('; '),
  );
}
