/**
 * Test helpers for deciders: fold a history into state, and run `decide` with other streams'
 * states standing in for what the runner would load through `related`.
 */
import { z } from 'zod';
import type { Decider, DomainCommand, DomainEvent, Rejection } from '../../../src/domain/shared/decider.js';
import { isRejection } from '../../../src/domain/shared/decider.js';
import { relatedFrom } from '../../../src/domain/related.js';

/** Folds events from an initial state, as the runner does when it reads a stream. */
export function fold<S, E>(evolve: (state: S, event: E) => S, initial: S, events: readonly E[]): S {
  return events.reduce(evolve, initial);
}

/** A stream's state as the decider that owns it folds the given history. */
export function stateOf<C extends DomainCommand, E extends DomainEvent, S>(
  decider: Decider<C, E, S>,
  history: readonly E[],
): S {
  return fold(decider.evolve, decider.initialState, history);
}

/** What a decider test row expects: the events appended, or the code of the rejection. */
export type Outcome<E> = { readonly events: readonly E[] } | { readonly rejected: string };

/**
 * Given the stream's history and the states of other streams (keyed by stream id), when the
 * command is decided, the outcome in the form a table row states it. Only the streams the
 * decider names in `related(command, state)` are passed on, as the runner would load them, so a
 * rule that reads a stream it forgot to name fails here too.
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
  const result: readonly E[] | Rejection = decider.decide(command, state, relatedFrom(loaded));
  return isRejection(result) ? { rejected: result.code } : { events: result };
}

/** The fields of a command's JSON schema (as the OpenAPI document shows them) that carry no description. */
export function undescribedFields(schema: z.ZodType): string[] {
  const json = z.toJSONSchema(schema, { io: 'input' }) as { properties?: Record<string, { description?: string }> };
  return Object.entries(json.properties ?? {}).flatMap(([field, property]) => (property.description ? [] : [field]));
}
