/**
 * The registry of domain features: which decider handles a command, which decider folds a stream,
 * and the schema of every event type. Everything outside `src/domain` finds the rules through here.
 */
import type { z } from 'zod';
import type { actionsCommands } from './actions/index.js';
import type { decisionsCommands } from './decisions/index.js';
import type { bodyCommands, organisationCommands, personCommands } from './directory/index.js';
import type { fundingCommands } from './funding/index.js';
import type { meetingsCommands } from './meetings/index.js';
import type { scrutinyCommands } from './scrutiny/index.js';
import type { taskGroupCommands, workProgrammeCommands, workProgrammeReviewCommands } from './work-programme/index.js';
import { actions } from './actions/index.js';
import { decisions } from './decisions/index.js';
import { directory } from './directory/index.js';
import { funding } from './funding/index.js';
import { meetings } from './meetings/index.js';
import { scrutiny } from './scrutiny/index.js';
import { workProgramme } from './work-programme/index.js';
import type { ActionsEvent } from './actions/events.js';
import type { DecisionsEvent } from './decisions/events.js';
import type { DirectoryEvent } from './directory/events.js';
import type { FundingEvent } from './funding/events.js';
import type { MeetingsEvent } from './meetings/events.js';
import type { ScrutinyEvent } from './scrutiny/events.js';
import type { WorkProgrammeEvent } from './work-programme/events.js';
import type { TaskGroupEvent } from './work-programme/task-group.js';
import type { ReviewEvent } from './work-programme/review.js';
import type { AnyDecider, CommandDefinition, Feature } from './shared/feature.js';
import { parseStreamId } from './shared/identifiers.js';

/** Every event the ledger records, as `{ type, data }`. */
export type LedgerEvent =
  | DirectoryEvent
  | MeetingsEvent
  | DecisionsEvent
  | FundingEvent
  | ActionsEvent
  | ScrutinyEvent
  | WorkProgrammeEvent
  | TaskGroupEvent
  | ReviewEvent;

/** Every command the ledger takes, from the features' tables: type -> definition. */
export type LedgerCommandTable = typeof organisationCommands &
  typeof bodyCommands &
  typeof personCommands &
  typeof meetingsCommands &
  typeof decisionsCommands &
  typeof fundingCommands &
  typeof actionsCommands &
  typeof scrutinyCommands &
  typeof workProgrammeCommands &
  typeof taskGroupCommands &
  typeof workProgrammeReviewCommands;
export type LedgerCommandType = Extract<keyof LedgerCommandTable, string>;
/** A command's data as a client writes it (pounds as text, defaults left out). */
export type CommandInput<T extends LedgerCommandType> = z.input<LedgerCommandTable[T]['schema']>;

export const features: readonly Feature[] = [directory, meetings, decisions, funding, actions, scrutiny, workProgramme];

const byCommand = new Map<string, { decider: AnyDecider; feature: Feature; definition: CommandDefinition }>();
const byAggregate = new Map<string, AnyDecider>();
const eventSchemas = new Map<string, z.ZodType>();

for (const feature of features) {
  for (const decider of feature.deciders) {
    byAggregate.set(decider.aggregate, decider);
    for (const type of decider.commandTypes) {
      const definition = feature.commands[type];
      if (!definition) throw new Error(`Command ${type} has a decider but no definition in ${feature.name}`);
      byCommand.set(type, { decider, feature, definition });
    }
  }
  for (const [type, schema] of Object.entries(feature.events)) eventSchemas.set(type, schema);
}

export function commandEntry(type: string) {
  return byCommand.get(type);
}

export function commandTypes(): string[] {
  return [...byCommand.keys()];
}

export function deciderForStream(stream: string): AnyDecider | undefined {
  const parsed = parseStreamId(stream);
  return parsed ? byAggregate.get(parsed.aggregate) : undefined;
}

export function eventSchemaOf(type: string): z.ZodType | undefined {
  return eventSchemas.get(type);
}

/** The event types one kind of stream holds, from its decider's event table. */
export function eventTypesOf(aggregate: string): readonly string[] {
  return byAggregate.get(aggregate)?.eventTypes ?? [];
}

export function knownEventTypes(): string[] {
  return [...eventSchemas.keys()];
}
