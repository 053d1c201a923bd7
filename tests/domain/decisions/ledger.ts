/**
 * A ledger in miniature for scenario tests across every feature, found through the domain
 * registry as the command runner finds them: each command is validated by its schema, decided
 * against the related streams its decider names, and its events validated and kept per stream.
 */
import { commandEntry, deciderForStream, eventSchemaOf } from '../../../src/domain/index.js';
import { isRejection, type DomainEvent } from '../../../src/domain/shared/decider.js';
import { relatedFrom } from '../../../src/domain/related.js';

export class ScenarioLedger {
  private readonly streams = new Map<string, DomainEvent[]>();

  /** Records a command's events, or throws with the rejection's code and message. */
  record(type: string, data: Record<string, unknown>): readonly DomainEvent[] {
    const entry = commandEntry(type);
    if (!entry) throw new Error(`No decider for ${type}`);
    const command = { type, data: entry.definition.schema.parse(data) };
    const stream = entry.decider.streamIdOf(command);
    const state = this.stateOf(stream);
    // As in the runner, a stream with no events is not loaded: the rule sees `undefined`.
    const named: readonly string[] = entry.decider.related?.(command, state) ?? [];
    const related = new Map(
      named.filter((other) => this.streams.has(other)).map((other) => [other, this.stateOf(other)] as const),
    );
    const result = entry.decider.decide(command, state, relatedFrom(related));
    if (isRejection(result)) throw new Error(`${type} rejected: ${result.code}: ${result.message}`);
    const events = (result as DomainEvent[]).map((event) => ({
      type: event.type,
      data: eventSchemaOf(event.type)!.parse(event.data),
    }));
    this.streams.set(stream, [...(this.streams.get(stream) ?? []), ...events]);
    return events;
  }

  /** The folded state of a stream, as the runner would load it. */
  stateOf<S = unknown>(stream: string): S {
    const decider = deciderForStream(stream);
    if (!decider) throw new Error(`No decider folds ${stream}`);
    return (this.streams.get(stream) ?? []).reduce(decider.evolve, decider.initialState) as S;
  }

  /** The event types a stream holds, oldest first. */
  typesIn(stream: string): string[] {
    return (this.streams.get(stream) ?? []).map((event) => event.type);
  }
}
