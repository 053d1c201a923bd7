/**
 * Test helpers for the directory and meetings deciders: fold a history into state, and decide a
 * command with other streams' states standing in for what the runner loads through `related`.
 */
import { z } from 'zod';
import { isRejection, type Decider, type DomainCommand, type DomainEvent } from '../../../src/domain/shared/decider.js';
import { relatedFrom } from '../../../src/domain/related.js';
import type { Feature } from '../../../src/domain/shared/feature.js';

/** A stream's state as the decider that owns it folds the given history. */
export function stateOf<C extends DomainCommand, E extends DomainEvent, S>(
  decider: Decider<C, E, S>,
  history: readonly E[],
): S {
  return history.reduce(decider.evolve, decider.initialState);
}

/** What a table row expects: the events appended, or the code of the rejection. */
export type Outcome<E> = { readonly events: readonly E[] } | { readonly rejected: string };

/**
 * Given the stream's history and the states of other streams (keyed by stream id), the outcome
 * of deciding the command. Only streams the decider names in `related` are passed on, as in the
 * runner, so a rule that reads a stream it forgot to name fails here too.
 */
export function decideAfter<C extends DomainCommand, E extends DomainEvent, S>(
  decider: Decider<C, E, S>,
  history: readonly E[],
  command: C,
  world: Readonly<Record<string, unknown>> = {},
): Outcome<E> {
  const state = stateOf(decider, history);
  const named = decider.related?.(command, state) ?? [];
  const loaded = new Map(named.filter((stream) => stream in world).map((stream) => [stream, world[stream]] as const));
  const result = decider.decide(command, state, relatedFrom(loaded));
  return isRejection(result) ? { rejected: result.code } : { events: result };
}

/** JSON-schema paths of a feature's command fields that carry no description (for the OpenAPI document). */
export function undescribedFields(feature: Feature): string[] {
  const missing: string[] = [];
  const walk = (node: Record<string, unknown>, path: string): void => {
    const properties = (node.properties ?? {}) as Record<string, Record<string, unknown>>;
    for (const [name, property] of Object.entries(properties)) {
      if (typeof property.description !== 'string') missing.push(`${path}.${name}`);
      walk(property, `${path}.${name}`);
      if (property.items) walk(property.items as Record<string, unknown>, `${path}.${name}[]`);
    }
  };
  for (const [type, definition] of Object.entries(feature.commands)) {
    walk(z.toJSONSchema(definition.schema, { io: 'input' }), type);
  }
  return missing;
}
