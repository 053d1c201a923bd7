/**
 * Live read models on EventStoreDB: a subscription to `$all` from its end, filtered on the server to
 * the ledger's stream prefix, whose only job is to wake the projection runner, which then reads from
 * its own checkpoint. Wakes are coalesced (one pass running, at most one pending). After an error it
 * resubscribes with exponential backoff and jitter, warns once per outage with the number of attempts
 * when it is back, and wakes the runner once, so nothing appended during the gap is left unread.
 */
import {
  END,
  excludeSystemEvents,
  streamNameFilter,
  type AllStreamSubscription,
  type Filter,
  type SubscribeToAllOptions,
} from '@eventstore/db-client';
import { coalesce } from '../coalesce.js';
import { backoffMs, type RetryPolicy } from './retry.js';

export interface Subscribable {
  subscribeToAll(options?: SubscribeToAllOptions): AllStreamSubscription;
}

export interface WatchOptions {
  readonly prefix: string;
  readonly backoff: Pick<RetryPolicy, 'firstDelayMs' | 'maxDelayMs'>;
  readonly warn: (message: string) => void;
}

/** The server-side filter: the ledger's prefix, or (with no prefix) everything but the server's own events. */
export function ledgerFilter(prefix: string): Filter {
  return prefix === '' ? excludeSystemEvents() : streamNameFilter({ prefixes: [prefix] });
}

export function watchAll(client: Subscribable, wake: () => Promise<unknown> | void, options: WatchOptions): () => void {
  const pass = coalesce(wake);
  const run = () => void pass().catch(() => undefined);
  let stopped = false;
  let failures = 0;
  let subscription: AllStreamSubscription | undefined;
  let timer: NodeJS.Timeout | undefined;
  const subscribe = () => {
    if (stopped) return;
    subscription = client.subscribeToAll({ fromPosition: END, filter: ledgerFilter(options.prefix) });
    subscription.on('confirmation', () => recovered());
    subscription.on('data', () => {
      recovered();
      run();
    });
    subscription.on('error', (error: Error) => {
      if (stopped) return;
      if (failures++ === 0)
        options.warn(`EventStoreDB subscription to $all lost (${error.message}); resubscribing with backoff`);
      timer = setTimeout(subscribe, backoffMs(options.backoff, failures));
      timer.unref();
    });
  };
  const recovered = () => {
    if (failures === 0) return;
    options.warn(
      `EventStoreDB subscription to $all restored after ${failures} failed attempt${failures === 1 ? '' : 's'}`,
    );
    failures = 0;
    run();
  };
  subscribe();
  return () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    subscription?.unsubscribe().catch(() => undefined);
  };
}
