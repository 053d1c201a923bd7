/** What each domain feature folder exports, so the registry, the API and the importer can find it. */
import type { z } from 'zod';
import type { Decider, DomainCommand, DomainEvent } from './decider.js';

// Deciders are stored side by side whatever their command, event and state types.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyDecider = Decider<any, any, any> & { readonly commandTypes: readonly string[] };

export interface CommandDefinition {
  /** Zod schema of the command's `data`; every field carries a `.describe()`. */
  readonly schema: z.ZodType;
  /** One line: when the command is used and what it guarantees. */
  readonly summary: string;
  /** A realistic example drawn from the seed meetings, used in the OpenAPI document. */
  readonly example: Record<string, unknown>;
}

export interface Feature {
  readonly name: 'directory' | 'meetings' | 'decisions' | 'funding' | 'actions' | 'scrutiny';
  readonly deciders: readonly AnyDecider[];
  /** Command type -> definition. */
  readonly commands: Readonly<Record<string, CommandDefinition>>;
  /** Event type -> zod schema of its `data`. */
  readonly events: Readonly<Record<string, z.ZodType>>;
}

export type { DomainCommand, DomainEvent };
