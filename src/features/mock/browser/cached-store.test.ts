import 'fake-indexeddb/auto';
import { expect, test } from 'vitest';
import { memoryStore, type KeyValueStore } from '../core/storage.ts';
import { cachedStore } from './cached-store.ts';

function counting(inner: KeyValueStore) {
	const counts = { get: 0, set: 0 };
	const store: KeyValueStore = {
		get: (key) => ((counts.get += 1), inner.get(key)),
		set: (key, value) => ((counts.set += 1), inner.set(key, value)),
		delete: (key) => inner.delete(key),
	};
	return { store, counts };
}

test('reads each key from the underlying store once, and writes every change through', async () => {
	const { store, counts } = counting(memoryStore());
	const cached = cachedStore(store, 'test-a');
	await cached.set('state', { n: 1 });
	expect(await cached.get('state')).toEqual({ n: 1 });
	expect(await cached.get('state')).toEqual({ n: 1 });
	expect(counts).toEqual({ get: 0, set: 1 });
	expect(await store.get('state')).toEqual({ n: 1 });
});

test('hands out copies, so a caller changing a value does not change the cache', async () => {
	const cached = cachedStore(memoryStore(), 'test-b');
	await cached.set('state', { n: 1 });
	const copy = await cached.get<{ n: number }>('state');
	copy!.n = 2;
	expect(await cached.get('state')).toEqual({ n: 1 });
});

test('drops a cached value when another tab writes the same key', async () => {
	const shared = memoryStore();
	const tabA = cachedStore(shared, 'test-c');
	const tabB = cachedStore(shared, 'test-c');
	await tabA.set('state', { n: 1 });
	expect(await tabB.get('state')).toEqual({ n: 1 });
	await tabA.set('state', { n: 2 });
	await new Promise<void>((resolve) => {
		const probe = new BroadcastChannel('test-c');
		probe.onmessage = () => (probe.close(), resolve());
		void tabA.set('state', { n: 3 });
	});
	expect(await tabB.get('state')).toEqual({ n: 3 });
});

test('tells a watcher when another tab writes the key it watches', async () => {
	const shared = memoryStore();
	const tabA = cachedStore(shared, 'test-d');
	const tabB = cachedStore(shared, 'test-d');
	const changed = new Promise<string>((resolve) => tabB.watch!('state', () => resolve('state')));
	await tabA.set('state', { n: 1 });
	expect(await changed).toBe('state');
});
