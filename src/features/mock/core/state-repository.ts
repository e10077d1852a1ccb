import type { KeyValueStore } from './storage.ts';
import { STATE_SCHEMA_VERSION, type MockState } from './state.ts';

const KEY = 'mock-state';

export interface StateRepository {
	/** A copy of the current state. */
	read(): Promise<MockState>;
	/**
	 * Runs `work` on a copy of the state, one call at a time, and saves the copy only if `work`
	 * changed it. A handler checks everything before it changes anything, so a rejected request
	 * never changes state; the comparison makes that hold even if a check throws midway.
	 */
	transact<T>(work: (state: MockState) => Promise<T> | T): Promise<T>;
	/** Forgets everything: a new root CA, no clients. */
	reset(): Promise<MockState>;
}

/** A repository over `store`; `create` makes a fresh state (it generates the root CA). */
export function createStateRepository(store: KeyValueStore, create: () => Promise<MockState>): StateRepository {
	// Requests are handled concurrently (several tabs' worth in a browser); one queue keeps each
	// read-check-write of the state atomic.
	let queue: Promise<unknown> = Promise.resolve();
	const serialize = <T>(task: () => Promise<T>): Promise<T> => {
		const run = queue.then(task, task);
		queue = run.catch(() => undefined);
		return run;
	};

	async function load(): Promise<MockState> {
		const saved = await store.get<MockState>(KEY);
		if (saved && saved.schemaVersion === STATE_SCHEMA_VERSION) return saved;
		const fresh = await create();
		await store.set(KEY, fresh);
		return fresh;
	}

	return {
		read: () => serialize(load),
		transact: (work) =>
			serialize(async () => {
				const state = await load();
				const before = JSON.stringify(state);
				const result = await work(state);
				if (JSON.stringify(state) !== before) await store.set(KEY, state);
				return result;
			}),
		reset: () =>
			serialize(async () => {
				const fresh = await create();
				await store.set(KEY, fresh);
				return fresh;
			}),
	};
}
