import { cachedStore } from './cached-store.ts';
import { idbStore } from './idb-store.ts';

/** The one IndexedDB store of the mock: its state, its request log and the playground's device. */
export const store = cachedStore(idbStore(), 'margo-mock-store');
