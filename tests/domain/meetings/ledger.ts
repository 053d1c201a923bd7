/**
 * A ledger in miniature for scenario tests: each command is validated by its schema, routed to
 * its decider, decided against the streams it names as related, and its events validated and
 * kept per stream. The same steps as the command runner, without a store.
 */
import type { DomainCommand, DomainEvent } from '../../../src/domain/shared/decider.js';
import { isRejection } from '../../../src/domain/shared/decider.js';
import type { Feature } from '../../../src/domain/shared/feature.js';
import { relatedFrom } from '../../../src/domain/related.js';
import { directory } from '../../../src/domain/directory/index.js';
import { meetings } from '../../../src/domain/meetings/index.js';
import { parseStreamId } from '../../../src/domain/shared/identifiers.js';

const features: readonly Feature[] = [directory, meetings];

export class TestLedger {
  private readonly streams = new Map<string, DomainEvent[]>();

  /** Records a command's events, or throws with the rejection's code and message. */
  record(type: string, data: Record<string, unknown>): readonly DomainEvent[] {
    const feature = features.find((candidate) => type in candidate.commands);
    const decider = feature?.deciders.find((candidate) => candidate.commandTypes.includes(type));
    if (!feature || !decider) throw new Error(`No decider for ${type}`);
    const command: DomainCommand = { type, data: feature.commands[type]!.schema.parse(data) };
    const stream = decider.streamIdOf(command);
    const state = this.stateOf(stream);
    // As in the runner, a stream with no events is not loaded: the rule sees `undefined`.
    const named: readonly string[] = decider.related?.(command, state) ?? [];
    const related = new Map(
      named.filter((other) => this.streams.has(other)).map((other) => [other, this.stateOf(other)] as const),
    );
    const result = decider.decide(command, state, relatedFrom(related));
    if (isRejection(result)) throw new Error(`${type} rejected: ${result.code}: ${result.message}`);
    const events = (result as DomainEvent[]).map((event) => ({
      type: event.type,
      data: feature.events[event.type]!.parse(event.data),
    }));
    this.streams.set(stream, [...(this.streams.get(stream) ?? []), ...events]);
    return events;
  }

  /** The folded state of a stream, as the runner would load it. */
  stateOf<S = unknown>(stream: string): S {
    const aggregate = parseStreamId(stream)?.aggregate;
    const decider = features
      .flatMap((feature) => feature.deciders)
      .find((candidate) => candidate.aggregate === aggregate);
    if (!decider) throw new Error(`No decider folds ${stream}`);
    return (this.streams.get(stream) ?? []).reduce(decider.evolve, decider.initialState) as S;
  }
}
