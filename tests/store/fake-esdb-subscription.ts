/**
 * The stand-in's subscriptions to $all, as the client presents them: an object-mode stream of
 * resolved events that emits `confirmation`, then the events after its start position that pass its
 * filter (catch-up), then `caughtUp`, then each new matching event as it is written (live), and
 * `error` when the server goes away. Filters are the client's: a stream-name or event-type filter by
 * prefixes or by regular expression (excludeSystemEvents is the regex `^[^$].*` on event types).
 */
import { PassThrough } from 'node:stream';
import {
  END,
  EVENT_TYPE,
  START,
  type AllStreamResolvedEvent,
  type Filter,
  type SubscribeToAllOptions,
} from '@eventstore/db-client';

export interface SubscribedRecord {
  readonly streamId: string;
  readonly type: string;
  readonly position: bigint;
  readonly resolved: AllStreamResolvedEvent;
}

export function passesFilter(filter: Filter | undefined, record: Pick<SubscribedRecord, 'streamId' | 'type'>): boolean {
  if (!filter) return true;
  const subject = filter.filterOn === EVENT_TYPE ? record.type : record.streamId;
  if ('prefixes' in filter) return filter.prefixes.some((prefix) => subject.startsWith(prefix));
  return new RegExp(filter.regex).test(subject);
}

export class FakeSubscription extends PassThrough {
  id?: string;
  private finished = false;

  constructor(
    private readonly options: SubscribeToAllOptions,
    private readonly onClose: (subscription: FakeSubscription) => void,
  ) {
    super({ objectMode: true });
  }

  /** Sends the confirmation and the catch-up from the start position (exclusive, as the server's subscriptions are). */
  start(log: readonly SubscribedRecord[]): void {
    const from = this.options.fromPosition ?? START;
    this.id = `fake-${Math.random().toString(36).slice(2)}`;
    this.emit('confirmation');
    if (from !== END) for (const record of log) if (from === START || record.position > from.commit) this.offer(record);
    this.emit('caughtUp');
  }

  /** A record written while the subscription is live. */
  offer(record: SubscribedRecord): void {
    if (!this.finished && passesFilter(this.options.filter, record)) this.write(record.resolved);
  }

  fail(error: Error): void {
    if (this.finished) return;
    this.finished = true;
    this.onClose(this);
    this.emit('error', error);
  }

  async unsubscribe(): Promise<void> {
    if (this.finished) return;
    this.finished = true;
    this.onClose(this);
    this.end();
  }
}
