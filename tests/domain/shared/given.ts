/**
 * The one given/when/then for deciders (Emmett's DeciderSpecification, in table form): given a
 * stream's history and the states of other streams, when a command is decided, then the events it
 * records or the code of its rejection. The command takes the runner's path: the history is folded
 * by the decider's `evolve`, only the streams its `related(command, state)` names are loaded (and
 * only those with events, as the runner skips empty streams), so a rule that reads a stream it
 * forgot to name fails here too; every event decided must pass its registered schema, as the
 * runner's append would require.
 */
import { z } from 'zod';
import { eventSchemaOf } from '../../../src/domain/index.js';
import { relatedFrom, type Related } from '../../../src/domain/related.js';
import {
  isRejection,
  type Decider,
  type DomainCommand,
  type DomainEvent,
  type Rejection,
} from '../../../src/domain/shared/decider.js';
import type { Feature } from '../../../src/domain/shared/feature.js';

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

/** The other streams' states: by stream id, or as a `Related` already built (the seed directory, say). */
export type World = Related | Readonly<Record<string, unknown>>;

function lookup(world: World): (stream: string) => unknown {
  if (typeof world.stateOf === 'function') return (stream) => (world as Related).stateOf(stream);
  return (stream) => (world as Readonly<Record<string, unknown>>)[stream];
}

/**
 * Given the stream's history and the world, when the command is decided: the outcome in the form
 * a table row states it.
 */
export function decideAfter<C extends DomainCommand, E extends DomainEvent, S>(
  decider: Decider<C, E, S>,
  history: readonly E[],
  command: C,
  world: World = {},
): Outcome<E> {
  const result = decideOn(decider, stateOf(decider, history), command, world);
  return isRejection(result) ? { rejected: result.code } : { events: result };
}

/**
 * When the command is decided on a state already folded (a property test that folds as it goes): the
 * events, each checked against its schema, or the rejection with its message, by the same path.
 */
export function decideOn<C extends DomainCommand, E extends DomainEvent, S>(
  decider: Decider<C, E, S>,
  state: S,
  command: C,
  world: World = {},
): readonly E[] | Rejection {
  const find = lookup(world);
  const named = decider.related?.(command, state) ?? [];
  const loaded = new Map(
    named.flatMap((stream) => (find(stream) === undefined ? [] : [[stream, find(stream)] as const])),
  );
  const result = decider.decide(command, state, relatedFrom(loaded));
  if (isRejection(result)) return result;
  for (const event of result) {
    const schema = eventSchemaOf(event.type);
    if (!schema?.safeParse(event.data).success) throw new Error(`${event.type} does not pass its schema`);
  }
  return result;
}

/** The same, in a row's short form: the events decided, or the rejection's code. */
export function eventsOrCode<C extends DomainCommand, E extends DomainEvent, S>(
  decider: Decider<C, E, S>,
  history: readonly E[],
  command: C,
  world: World = {},
): readonly E[] | string {
  const decided = decideAfter(decider, history, command, world);
  return 'rejected' in decided ? decided.rejected : decided.events;
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
