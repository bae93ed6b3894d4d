/** The fake used by handler.test.ts must behave like the real stores. */
import { describeStoreContract } from './store-contract.ts';
import { describeEngagementContract } from './engagement-contract.ts';
import { createMemoryStore } from './fake-store.ts';

describeStoreContract('in-memory (fake)', async () => createMemoryStore());
describeEngagementContract('in-memory (fake)', async () => createMemoryStore());
