/**
 * What each domain feature folder exports, so the registry, the API, the importer and the audit
 * can find it. A feature declares its commands once, in a typed table (`CommandTable`) that holds
 * each command's schema, route and rules: the command union, the registry, the decider's dispatch,
 * the HTTP routes and OpenAPI, and the importer's command builder all derive from it.
 */
import type { z } from 'zod';
import type { Related } from '../related.js';
import type { Decider, DomainCommand, DomainEvent, Rejection } from './decider.js';

// Deciders are stored side by side whatever their command, event and state types.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyDecider = Decider<any, any, any> & {
  readonly commandTypes: readonly string[];
  readonly eventTypes: readonly string[];
};

/** Who may send a command over HTTP (an admin token may send any). */
export type CommandRole = 'clerk' | 'finance';

export interface CommandDefinition<S extends z.ZodType = z.ZodType> {
  /** Zod schema of the command's `data`; every field carries a `.describe()`. */
  readonly schema: S;
  /** One line: when the command is used and what it guarantees. */
  readonly summary: string;
  /** A realistic example drawn from the seed meetings, used in the OpenAPI document. */
  readonly example: Record<string, unknown>;
  /** The HTTP path it is posted to; each `:field` is a field of the command's data. */
  readonly url: string;
  readonly roles: readonly CommandRole[];
  /**
   * The command's rules: its events, built field by field, or a rejection. Typed loosely here;
   * `deciderOf` checks that it takes what `schema` outputs and the aggregate's state.
   */
  decide(data: never, state: never, related: Related): readonly DomainEvent[] | Rejection;
  /** Other streams `decide` reads (never writes), named from the data and this stream's state. */
  related?(data: never, state: never): readonly string[];
}

/** Command type -> definition: the one place a command's name is written. */
export type CommandTable = Readonly<Record<string, CommandDefinition>>;

/** The `{ type, data }` union a table declares, `data` as its schema outputs it. */
export type CommandsOf<T extends CommandTable> = {
  [K in keyof T & string]: { readonly type: K; readonly data: z.output<T[K]['schema']> };
}[keyof T & string];

/** What every command of one aggregate shares: its stream, its initial state and how it folds events. */
export interface Aggregate<C extends DomainCommand, E extends DomainEvent, S> {
  readonly aggregate: string;
  readonly initialState: S;
  evolve(state: S, event: E): S;
  streamIdOf(command: C): string;
}

/** The rules each entry of `T` must carry for an aggregate folding `E` into `S`, checked strictly. */
type RulesOf<T extends CommandTable, E extends DomainEvent, S> = {
  readonly [K in keyof T]: {
    readonly decide: (data: z.output<T[K]['schema']>, state: S, related: Related) => readonly E[] | Rejection;
    readonly related?: (data: z.output<T[K]['schema']>, state: S) => readonly string[];
  };
};

/** A decider derived from its table, with the command types it handles and the events it folds. */
export type TableDecider<C extends DomainCommand, E extends DomainEvent, S> = Decider<C, E, S> & {
  readonly commandTypes: readonly string[];
  readonly eventTypes: readonly string[];
};

interface Rules {
  decide(data: unknown, state: unknown, related: Related): readonly DomainEvent[] | Rejection;
  related?(data: unknown, state: unknown): readonly string[];
}

/**
 * One aggregate's decider, dispatched by its command table: `decide` and `related` find the
 * command's entry by its type, so no switch names a command a second time.
 */
export function deciderOf<T extends CommandTable, E extends DomainEvent, S>(
  aggregate: Aggregate<CommandsOf<T>, E, S>,
  commands: T & RulesOf<T, E, S>,
  events: Readonly<Record<string, z.ZodType>>,
): TableDecider<CommandsOf<T>, E, S> {
  const rules = commands as unknown as Readonly<Record<string, Rules>>;
  const rulesOf = (type: string): Rules => {
    const entry = rules[type];
    if (!entry) throw new Error(`Bug: ${aggregate.aggregate} has no rules for ${type}`);
    return entry;
  };
  return {
    ...aggregate,
    decide: (command, state, related) => rulesOf(command.type).decide(command.data, state, related) as E[] | Rejection,
    related: (command, state) => rulesOf(command.type).related?.(command.data, state) ?? [],
    commandTypes: Object.keys(commands),
    eventTypes: Object.keys(events),
  };
}

export interface Feature {
  readonly name: 'directory' | 'meetings' | 'decisions' | 'funding' | 'actions' | 'scrutiny' | 'work-programme';
  readonly deciders: readonly AnyDecider[];
  readonly commands: CommandTable;
  /** Event type -> zod schema of its `data`. */
  readonly events: Readonly<Record<string, z.ZodType>>;
}

export type { DomainCommand, DomainEvent };
