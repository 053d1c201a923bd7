/**
 * Identifiers are slugs chosen by the clerk (`stroud-district-council`, `lg-2016-10-27`): lower-case
 * letters, digits and single hyphens. Streams are `<aggregate>-<id>`.
 */
import { z } from 'zod';

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const Slug = z
  .string()
  .min(1)
  .max(120)
  .regex(SLUG_PATTERN, 'use lower-case letters, digits and single hyphens, e.g. stroud-district-council');

export const aggregates = [
  'organisation',
  'person',
  'body',
  'meeting',
  'proposal',
  'fund',
  'action',
  'recommendation',
  'plan-item',
  'task-group',
  'work-programme',
] as const;
export type Aggregate = (typeof aggregates)[number];

export function streamId(aggregate: Aggregate, id: string): string {
  return `${aggregate}-${id}`;
}

/** Splits `fund-devolution-capacity` into its aggregate and id, or undefined if the prefix is unknown. */
export function parseStreamId(stream: string): { aggregate: Aggregate; id: string } | undefined {
  for (const aggregate of aggregates) {
    if (stream.startsWith(`${aggregate}-`)) return { aggregate, id: stream.slice(aggregate.length + 1) };
  }
  return undefined;
}
