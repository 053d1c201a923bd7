/**
 * The part of @eventstore/db-client the adapter uses. `EventStoreDBClient` satisfies it; the unit
 * tests put a stand-in server behind it (tests/store/fake-eventstoredb.ts), so the adapter's own logic
 * is tested where no server runs.
 */
import type {
  AllStreamResolvedEvent,
  AppendResult as EsdbAppendResult,
  AppendToStreamOptions,
  EventData,
  ReadAllOptions as EsdbReadAllOptions,
  ReadStreamOptions as EsdbReadStreamOptions,
  ResolvedEvent,
} from '@eventstore/db-client';
import type { Subscribable } from './watch.js';

export interface EsdbConnection extends Subscribable {
  appendToStream(streamName: string, events: EventData[], options: AppendToStreamOptions): Promise<EsdbAppendResult>;
  readStream(streamName: string, options: EsdbReadStreamOptions): AsyncIterable<ResolvedEvent>;
  readAll(options: EsdbReadAllOptions): AsyncIterable<AllStreamResolvedEvent>;
  dispose(): Promise<void>;
}

/** Reads a whole (bounded) server response, so no gRPC stream stays open while the caller works. */
export async function collect<T>(read: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of read) items.push(item);
  return items;
}
