/**
 * Live read models on EventStoreDB: a subscription to `$all` (system events excluded) whose only
 * job is to wake the projection runner, which then reads from its own checkpoint. After an error
 * it resubscribes, and wakes the runner once, so nothing appended during the gap is left unread.
 */
import { END, excludeSystemEvents, type AllStreamSubscription, type SubscribeToAllOptions } from '@eventstore/db-client';

export interface Subscribable {
  subscribeToAll(options?: SubscribeToAllOptions): AllStreamSubscription;
}

export function watchAll(client: Subscribable, wake: () => void, retryDelayMs: number): () => void {
  let stopped = false;
  let subscription: AllStreamSubscription | undefined;
  const subscribe = () => {
    if (stopped) return;
    subscription = client.subscribeToAll({ fromPosition: END, filter: excludeSystemEvents() });
    subscription.on('data', () => wake());
    subscription.on('error', () => {
      if (stopped) return;
      setTimeout(() => {
        subscribe();
        wake();
      }, retryDelayMs).unref();
    });
  };
  subscribe();
  return () => {
    stopped = true;
    subscription?.unsubscribe().catch(() => undefined);
  };
}
