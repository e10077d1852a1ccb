import type { KeyValueStore } from '../core/storage.ts';

/**
 * Keeps the last value of each key in memory in front of IndexedDB, so a request reads the mock's
 * state without a database round trip (that read dominated the mock's latency). Writes still go
 * to IndexedDB before they resolve, so state survives reloads as before. Other tabs of the site
 * run their own copy of the mock on the same database: each write is announced on a
 * BroadcastChannel and the other tabs drop their cached value for that key (and tell whoever
 * {@link KeyValueStore.watch watches} it).
 */
export function cachedStore(inner: KeyValueStore, channelName: string): KeyValueStore {
	const cache = new Map<string, unknown>();
	const watchers = new Map<string, (() => void)[]>();
	const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(channelName) : undefined;
	channel?.addEventListener('message', (event: MessageEvent<unknown>) => {
		if (typeof event.data !== 'string') return;
		cache.delete(event.data);
		for (const onChange of watchers.get(event.data) ?? []) onChange();
	});
	return {
		watch(key, onChange) {
			watchers.set(key, [...(watchers.get(key) ?? []), onChange]);
		},
		async get<T>(key: string) {
			if (cache.has(key)) return structuredClone(cache.get(key)) as T | undefined;
			const value = await inner.get<T>(key);
			cache.set(key, structuredClone(value));
			return value;
		},
		async set(key, value) {
			cache.set(key, structuredClone(value));
			await inner.set(key, value);
			channel?.postMessage(key);
		},
		async delete(key) {
			cache.delete(key);
			await inner.delete(key);
			channel?.postMessage(key);
		},
	};
}
