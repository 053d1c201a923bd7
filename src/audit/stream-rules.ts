/**
 * What `ledger verify` can tell about the order of a stream's events without the commands that
 * produced them. `decide` cannot be re-run (the commands are not stored), so this checks only what
 * the deciders make certain: which events belong to which kind of stream, which event opens one,
 * that an opening event is not repeated, what (if anything) may follow an event that closes it,
 * and that an event names the entity of the stream it is in.
 */
import { eventTypesOf } from '../domain/index.js';
import { parseStreamId, streamId, type Aggregate } from '../domain/shared/identifiers.js';

interface StreamRules {
  /** Every event type the aggregate's `evolve` folds, from its decider's event table. */
  readonly events: readonly string[];
  /** The event types that may begin the stream. */
  readonly opens: readonly string[];
  /** Whether an opening event may appear only as the first. */
  readonly opensOnce: boolean;
  /** Event types after which the aggregate takes nothing more (but `afterClose`). */
  readonly closes: readonly string[];
  readonly afterClose: readonly string[];
  /** The data field that names the aggregate's own id, e.g. `fundId` on a fund stream. */
  readonly idField: string;
}

export const streamRules: Readonly<Record<Aggregate, StreamRules>> = {
  organisation: {
    events: eventTypesOf('organisation'),
    opens: ['OrganisationRegistered'],
    opensOnce: true,
    closes: ['OrganisationDissolved'],
    afterClose: [],
    idField: 'organisationId',
  },
  person: {
    events: eventTypesOf('person'),
    opens: ['PersonRegistered'],
    opensOnce: true,
    closes: [],
    afterClose: [],
    idField: 'personId',
  },
  body: {
    events: eventTypesOf('body'),
    opens: ['BodyEstablished'],
    opensOnce: true,
    closes: [],
    afterClose: [],
    idField: 'bodyId',
  },
  meeting: {
    events: eventTypesOf('meeting'),
    opens: ['MeetingScheduled'],
    opensOnce: true,
    closes: ['MeetingCancelled'],
    afterClose: [],
    idField: 'meetingId',
  },
  proposal: {
    events: eventTypesOf('proposal'),
    // A matter opens with whatever the meeting first minuted about it (a link to another body's
    // decision included), and later resolutions add to it.
    opens: ['OptionsTabled', 'ResolutionRecorded', 'MatterReferred', 'DecisionLinked'],
    opensOnce: false,
    closes: [],
    afterClose: [],
    idField: 'proposalId',
  },
  fund: {
    events: eventTypesOf('fund'),
    opens: ['FundOpened'],
    opensOnce: true,
    closes: ['FundClosed'],
    afterClose: [],
    idField: 'fundId',
  },
  action: {
    events: eventTypesOf('action'),
    opens: ['ActionAssigned'],
    opensOnce: true,
    closes: ['ActionCompleted', 'ActionCancelled'],
    // "Actions arising": a meeting may still hear about an action that was done or dropped.
    afterClose: ['ActionReviewed'],
    idField: 'actionId',
  },
  recommendation: {
    events: eventTypesOf('recommendation'),
    opens: ['RecommendationMade'],
    opensOnce: true,
    closes: [],
    afterClose: [],
    idField: 'recommendationId',
  },
  'plan-item': {
    events: eventTypesOf('plan-item'),
    opens: ['ItemPlanned'],
    opensOnce: true,
    closes: ['ItemTaken', 'ItemDropped'],
    afterClose: [],
    idField: 'planItemId',
  },
  'task-group': {
    events: eventTypesOf('task-group'),
    opens: ['TaskGroupSetUp'],
    opensOnce: true,
    closes: ['TaskGroupEnded'],
    // A group's final report may be received at a meeting after it closed.
    afterClose: ['TaskGroupReportedBack'],
    idField: 'taskGroupId',
  },
  'work-programme': {
    events: eventTypesOf('work-programme'),
    opens: ['WorkProgrammeReviewed'],
    opensOnce: false,
    closes: [],
    afterClose: [],
    idField: 'bodyId',
  },
};

export type OrderProblem =
  'event-of-another-stream-kind' | 'cannot-open-stream' | 'opened-twice' | 'after-close' | 'names-another-entity';

export interface OrderFailure {
  readonly problem: OrderProblem;
  readonly expected: string;
  readonly found: string;
}

/** What the check remembers of a stream between its events. */
export interface StreamOrder {
  readonly opened: boolean;
  /** The event that closed the aggregate, if one did. */
  readonly closedBy?: string;
}

export const UNOPENED: StreamOrder = { opened: false };

const list = (types: readonly string[]) => (types.length === 1 ? types[0]! : `one of ${types.join(', ')}`);

/** Checks one event against what came before it in its stream; the stream id must parse (see deciderForStream). */
export function checkOrder(
  stream: string,
  order: StreamOrder,
  event: { type: string; data: unknown },
): OrderFailure | undefined {
  const parsed = parseStreamId(stream);
  if (!parsed) throw new Error(`Bug: checkOrder called for ${stream}, which names no aggregate`);
  const rules = streamRules[parsed.aggregate];
  const found = event.type;
  if (!rules.events.includes(found))
    return {
      problem: 'event-of-another-stream-kind',
      expected: `an event of a ${parsed.aggregate} stream (${rules.events.join(', ')})`,
      found,
    };
  if (!order.opened && !rules.opens.includes(found))
    return { problem: 'cannot-open-stream', expected: `the stream to begin with ${list(rules.opens)}`, found };
  if (order.opened && rules.opensOnce && rules.opens.includes(found))
    return {
      problem: 'opened-twice',
      expected: `${found} only as the stream's first event`,
      found: `a second ${found}`,
    };
  if (order.closedBy && !rules.afterClose.includes(found)) {
    const allowed = rules.afterClose.length === 0 ? 'nothing' : list(rules.afterClose);
    return { problem: 'after-close', expected: `${allowed} after ${order.closedBy}`, found };
  }
  const id = (event.data as Record<string, unknown> | null)?.[rules.idField];
  if (typeof id === 'string' && streamId(parsed.aggregate, id) !== stream) {
    return {
      problem: 'names-another-entity',
      expected: `${rules.idField} "${parsed.id}"`,
      found: `${rules.idField} "${id}"`,
    };
  }
  return undefined;
}

/** The stream's order after an event that passed `checkOrder`. */
export function nextOrder(stream: string, order: StreamOrder, type: string): StreamOrder {
  const rules = streamRules[parseStreamId(stream)!.aggregate];
  if (order.closedBy) return order;
  return rules.closes.includes(type) ? { opened: true, closedBy: type } : { opened: true };
}
