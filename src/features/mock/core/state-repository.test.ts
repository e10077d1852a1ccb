import { expect, test } from 'vitest';
import { createStateRepository } from './state-repository.ts';
import { STATE_SCHEMA_VERSION, type MockState } from './state.ts';
import { memoryStore, type KeyValueStore } from './storage.ts';

const fresh = async (): Promise<MockState> => ({ schemaVersion: STATE_SCHEMA_VERSION, rootCa: 'CA', clients: {}, tokens: {} });

function countingWrites(inner: KeyValueStore) {
	const writes: unknown[] = [];
	const store: KeyValueStore = { ...inner, set: (key, value) => (writes.push(structuredClone(value)), inner.set(key, value)) };
	return { store, writes };
}

test('saves the state only when a transaction changed it', async () => {
	const { store, writes } = countingWrites(memoryStore());
	const repository = createStateRepository(store, fresh);
	await repository.transact((state) => state.rootCa);
	expect(writes).toHaveLength(1); // the fresh state
	await repository.transact((state) => {
		state.tokens['t'] = { clientId: 'c', expiresAt: 1 };
	});
	expect(writes).toHaveLength(2);
	expect((await store.get<MockState>('mock-state'))?.tokens).toEqual({ t: { clientId: 'c', expiresAt: 1 } });
});

test('undoes every change of a transaction that throws, at any depth', async () => {
	const repository = createStateRepository(undefined, fresh);
	await repository.transact((state) => {
		state.tokens['kept'] = { clientId: 'c', expiresAt: 1 };
	});
	const failing = repository.transact((state) => {
		state.tokens['kept']!.expiresAt = 99;
		delete state.tokens['kept'];
		state.tokens['new'] = { clientId: 'd', expiresAt: 2 };
		state.rootCa = 'other';
		throw new Error('a check failed midway');
	});
	await expect(failing).rejects.toThrow('a check failed midway');
	expect(await repository.read()).toEqual({ ...(await fresh()), tokens: { kept: { clientId: 'c', expiresAt: 1 } } });
});

test('keeps no proxy in the state, so it can still be cloned', async () => {
	const repository = createStateRepository(undefined, fresh);
	await repository.transact((state) => {
		state.tokens['a'] = { clientId: 'c', expiresAt: 1 };
		state.tokens['b'] = state.tokens['a']!;
	});
	expect(structuredClone(await repository.read()).tokens['b']).toEqual({ clientId: 'c', expiresAt: 1 });
});

test('reads the state again when another writer changed it', async () => {
	const inner = memoryStore();
	let announce = () => {};
	const store: KeyValueStore = { ...inner, watch: (_key, onChange) => (announce = onChange) };
	const repository = createStateRepository(store, fresh);
	await repository.read();
	await inner.set('mock-state', { ...(await fresh()), rootCa: 'from another tab' });
	expect((await repository.read()).rootCa).toBe('CA');
	announce();
	expect((await repository.read()).rootCa).toBe('from another tab');
});
