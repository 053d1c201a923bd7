/**
 * What each domain feature folder exports, so the registry, the API, the importer and the audit
 * can find it. A feature declares its commands once, in a typed table (`CommandTable`): the command
 * union, the registry, the HTTP routes and OpenAPI, and the importer's command builder derive from it.
 */
import type { z } from 'zod';
import type { Decider, DomainCommand, DomainEvent } from './decider.js';

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
}

/** Command type -> definition: the one place a command's name is written. */
export type CommandTable = Readonly<Record<string, CommandDefinition>>;

/** The `{ type, data }` union a table declares, `data` as its schema outputs it. */
export type CommandsOf<T extends CommandTable> = {
  [K in keyof T & string]: { readonly type: K; readonly data: z.output<T[K]['schema']> };
}[keyof T & string];

/** One aggregate's decider, with the command types it handles (from its table) and the events it folds. */
export function deciderOf<C extends DomainCommand, E extends DomainEvent, S, R extends string>(
  decider: Decider<C, E, S, R>,
  commands: CommandTable,
  events: Readonly<Record<string, z.ZodType>>,
): AnyDecider {
  return { ...decider, commandTypes: Object.keys(commands), eventTypes: Object.keys(events) };
}

export interface Feature {
  readonly name: 'directory' | 'meetings' | 'decisions' | 'funding' | 'actions' | 'scrutiny' | 'work-programme';
  readonly deciders: readonly AnyDecider[];
  readonly commands: CommandTable;
  /** Event type -> zod schema of its `data`. */
  readonly events: Readonly<Record<string, z.ZodType>>;
}

export type { DomainCommand, DomainEvent };
