import { trackChanges } from './change-journal.ts';
import type { KeyValueStore } from './storage.ts';
import { STATE_SCHEMA_VERSION, type MockState } from './state.ts';

const KEY = 'mock-state';

export interface StateRepository {
	/** A copy of the current state. */
	read(): Promise<MockState>;
	/**
	 * Runs `work` on the state, one call at a time, and saves it only if `work` changed it. A
	 * handler checks everything before it changes anything, so a rejected request never changes
	 * state; should a check throw midway, its changes are undone.
	 */
	transact<T>(work: (state: MockState) => Promise<T> | T): Promise<T>;
	/** Forgets everything: a new root CA, no clients. */
	reset(): Promise<MockState>;
}

/**
 * A repository over `store`; `create` makes a fresh state (it generates the root CA). Without a
 * store (`npm run mock`), the state lives in memory only. The state is kept in memory between
 * requests when the store can say that another writer (another tab) changed it, and read from
 * the store for each request otherwise.
 */
export function createStateRepository(store: KeyValueStore | undefined, create: () => Promise<MockState>): StateRepository {
	// Requests are handled concurrently (several tabs' worth in a browser); one queue keeps each
	// read-check-write of the state atomic.
	let queue: Promise<unknown> = Promise.resolve();
	const serialize = <T>(task: () => Promise<T>): Promise<T> => {
		const run = queue.then(task, task);
		queue = run.catch(() => undefined);
		return run;
	};
	const keep = !store || store.watch !== undefined;
	let current: MockState | undefined;
	store?.watch?.(KEY, () => (current = undefined));

	async function load(): Promise<MockState> {
		if (current) return current;
		const saved = await store?.get<MockState>(KEY);
		if (saved && saved.schemaVersion === STATE_SCHEMA_VERSION) return remember(saved);
		return save(await create());
	}

	function remember(state: MockState): MockState {
		if (keep) current = state;
		return state;
	}

	async function save(state: MockState): Promise<MockState> {
		remember(state);
		await store?.set(KEY, state);
		return state;
	}

	return {
		read: () => serialize(async () => structuredClone(await load())),
		transact: (work) =>
			serialize(async () => {
				const state = await load();
				const journal = trackChanges(state);
				let result;
				try {
					result = await work(journal.draft);
				} catch (error) {
					journal.undo();
					throw error;
				}
				if (journal.changed()) await save(state);
				return result;
			}),
		reset: () => serialize(async () => save(await create())),
	};
}
