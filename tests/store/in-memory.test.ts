import { InMemoryEventStore } from '../../src/store/in-memory/index.js';
import { eventStoreContract } from './contract.js';

eventStoreContract('in-memory', async () => {
  const store = new InMemoryEventStore();
  return { store, cleanup: () => store.close() };
});
