/**
 * The event-store contract: what every adapter (in-memory, SQLite, EventStoreDB) must do, run against
 * each by its own test file. Every case gets a fresh store from the factory and cleans it up after.
 */
import { afterEach, beforeEach, describe } from 'vitest';
import type { EventStore } from '../../src/store/port.js';
import { atomicityCases } from './contract-atomicity.js';
import { chainCases } from './contract-chain.js';
import { concurrencyCases } from './contract-concurrency.js';
import { envelopeCases } from './contract-envelopes.js';
import { readCases } from './contract-reads.js';
import { revisionCases } from './contract-revisions.js';

export interface StoreUnderTest {
  readonly store: EventStore;
  readonly cleanup: () => Promise<void>;
}

export type StoreFactory = () => Promise<StoreUnderTest>;

export interface ContractOptions {
  /** False for EventStoreDB, which keeps no index of event ids, so cannot see an id stored earlier. */
  readonly refusesIdsAlreadyStored?: boolean;
  /** False where every store is a client of one shared server, which may hold earlier tests' events. */
  readonly startsEmpty?: boolean;
}

export interface ContractContext {
  /** The store of the case being run. */
  readonly store: () => EventStore;
  readonly options: Required<ContractOptions>;
}

export function eventStoreContract(name: string, factory: StoreFactory, options: ContractOptions = {}): void {
  describe(`${name}: event-store contract`, () => {
    let current: StoreUnderTest | undefined;
    beforeEach(async () => {
      current = await factory();
    });
    afterEach(async () => {
      await current?.cleanup();
      current = undefined;
    });
    const context: ContractContext = {
      store: () => {
        if (!current) throw new Error('Bug: the contract suite asked for a store outside a test');
        return current.store;
      },
      options: { refusesIdsAlreadyStored: true, startsEmpty: true, ...options },
    };
    revisionCases(context);
    readCases(context);
    atomicityCases(context);
    chainCases(context);
    concurrencyCases(context);
    envelopeCases(context);
  });
}
