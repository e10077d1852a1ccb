import 'fake-indexeddb/auto';
import { expect, test } from 'vitest';
import { createInitialState } from '../core/create-mock.ts';
import { createStateRepository } from '../core/state-repository.ts';
import { idbStore } from './idb-store.ts';

test('keeps the mock state in IndexedDB across repositories, as across page loads', async () => {
	const create = () => createInitialState(new Date('2026-01-01'));
	const first = createStateRepository(idbStore('margo-test'), create);
	const { rootCa } = await first.read();
	await first.transact((state) => {
		state.tokens['t'] = { clientId: 'c', expiresAt: 1 };
	});
	const second = createStateRepository(idbStore('margo-test'), create);
	await expect(second.read()).resolves.toMatchObject({ rootCa, tokens: { t: { clientId: 'c' } } });
	await second.reset();
	expect((await first.read()).rootCa).not.toBe(rootCa);
});

test('saves nothing when a transaction throws or changes nothing', async () => {
	const store = idbStore('margo-test-2');
	const repository = createStateRepository(store, () => createInitialState(new Date('2026-01-01')));
	const before = JSON.stringify(await repository.read());
	await expect(
		repository.transact((state) => {
			state.tokens['x'] = { clientId: 'c', expiresAt: 1 };
			throw new Error('refused');
		}),
	).rejects.toThrow('refused');
	expect(JSON.stringify(await repository.read())).toBe(before);
});
