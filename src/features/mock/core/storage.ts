/**
 * Where the mock keeps its state: one small key-value interface with an IndexedDB implementation
 * in the browser (`browser/idb-store.ts`, state survives reloads and navigation) and an in-memory
 * one here for `npm run mock` and tests.
 */
export interface KeyValueStore {
	get<T>(key: string): Promise<T | undefined>;
	set(key: string, value: unknown): Promise<void>;
	delete(key: string): Promise<void>;
	/**
	 * Calls `onChange` when another writer (another tab on the same database) changed `key`.
	 * A store that offers it lets the mock keep its state in memory between requests.
	 */
	watch?(key: string, onChange: () => void): void;
}

/** An in-memory store; values are cloned in and out, as IndexedDB would. */
export function memoryStore(): KeyValueStore {
	const values = new Map<string, unknown>();
	return {
		get: async <T>(key: string) => (values.has(key) ? (structuredClone(values.get(key)) as T) : undefined),
		set: async (key, value) => void values.set(key, structuredClone(value)),
		delete: async (key) => void values.delete(key),
	};
}
