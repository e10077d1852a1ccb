import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import type { KeyValueStore } from '../core/storage.ts';

/**
 * The mock's key-value store in IndexedDB (database `margo-mock`), so the mock's state, its
 * request log and the playground's device survive reloads and navigation between pages.
 */
export function idbStore(database = 'margo-mock', storeName = 'kv'): KeyValueStore {
	let store: UseStore | undefined;
	// Opening the database lazily keeps importing this module free of side effects.
	const use = () => (store ??= createStore(database, storeName));
	return {
		get: <T>(key: string) => get<T>(key, use()),
		set: (key, value) => set(key, value, use()),
		delete: (key) => del(key, use()),
	};
}
