/**
 * A feature declares each event once, in a typed table: its zod schema (the contract, checked on
 * append and on read) and its `evolve` (how the aggregate's state takes it). The event union, the
 * schemas the store and the audit read, and the aggregate's `evolve` dispatch all derive from the
 * table, as the command table does for commands; no switch names an event a second time.
 */
import type { z } from 'zod';

/** One event: its data's schema and how the state takes it. */
export interface EventDefinition<St, S extends z.ZodType = z.ZodType> {
  readonly schema: S;
  evolve(state: St, data: z.output<S>): St;
}

/** Event type -> definition, for an aggregate folding into `St`. */
// Each entry's evolve takes its own schema's data, so the table holds them side by side:
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type EventTable<St> = Readonly<Record<string, EventDefinition<St, any>>>;

/** The `{ type, data }` union a table declares. */
export type EventsOf<T extends Readonly<Record<string, { readonly schema: z.ZodType }>>> = {
  [K in keyof T & string]: { type: K; data: z.output<T[K]['schema']> };
}[keyof T & string];

/** One event's data, by its type. */
export type EventDataOf<
  T extends Readonly<Record<string, { readonly schema: z.ZodType }>>,
  K extends keyof T,
> = z.output<T[K]['schema']>;

/**
 * The table's entry maker for one aggregate's state: `on(schema, (state, data) => ...)`, so each
 * `evolve` is typed by its own schema. `const on = folding<FundState>();`
 */
export function folding<St>() {
  return <S extends z.ZodType>(schema: S, evolve: (state: St, data: z.output<S>) => St): EventDefinition<St, S> => ({
    schema,
    evolve,
  });
}

/** The aggregate's `evolve`, dispatched by the event's type through the table. */
export function evolverOf<St, T extends EventTable<St>>(table: T): (state: St, event: EventsOf<T>) => St {
  return (state, event) => {
    const entry = table[event.type];
    if (!entry) throw new Error(`Bug: no evolve for the event ${event.type}`);
    return entry.evolve(state, event.data);
  };
}

/** Event type -> schema of its data, for the registry (the store's and the audit's checks). */
export function schemasOf<T extends Readonly<Record<string, { readonly schema: z.ZodType }>>>(
  table: T,
): { readonly [K in keyof T]: T[K]['schema'] } {
  return Object.fromEntries(Object.entries(table).map(([type, entry]) => [type, entry.schema])) as {
    readonly [K in keyof T]: T[K]['schema'];
  };
}
