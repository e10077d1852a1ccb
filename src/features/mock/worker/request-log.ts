import type { Exchange } from '../core/exchange.ts';
import type { KeyValueStore } from '../core/storage.ts';
import type { LoggedExchange, LogNotice } from './protocol.ts';

const LOG_KEY = 'request-log';
/** How many exchanges the request log keeps. */
export const LOG_LIMIT = 100;
/** How long the log waits for more exchanges before it is written. */
const WRITE_DELAY_MS = 50;

export interface RequestLog {
	append(exchange: Exchange): Promise<void>;
	/** The log, oldest first. */
	read(): Promise<LoggedExchange[]>;
	/** Empties the log; resolves with the last sequence number it held. */
	clear(): Promise<number>;
	/** Resolves once every change so far is written to the store. */
	written(): Promise<void>;
}

/** The log as stored: its entries, and the last sequence number given (kept across a clear). */
interface SavedLog {
	last: number;
	entries: LoggedExchange[];
}

/**
 * The mock's request log, kept by its service worker: in memory, written to `store` after each
 * exchange (so it survives the worker being stopped), each change told to the pages by `notify`.
 * Never more than one write at a time, each after a short wait: during a burst of requests the
 * writes coalesce (writing the whole log once per request made each request several times slower
 * once the log had filled up).
 */
export function createRequestLog(store: KeyValueStore, notify: (notice: LogNotice) => void): RequestLog {
	let log: SavedLog | undefined;
	let loading: Promise<SavedLog> | undefined;
	let writing: Promise<void> | undefined;
	let dirty = false;

	/**
	 * The log, read from the store the first time. Callers read `log` after awaiting this and
	 * change it before their next `await`, so concurrent appends never lose one another.
	 */
	const load = async (): Promise<SavedLog> => {
		loading ??= store.get<unknown>(LOG_KEY).then((saved) => (log ??= fromStore(saved)));
		await loading;
		return log!;
	};

	const flush = async (): Promise<void> => {
		while (dirty) {
			// The exchanges of the next moment join this write: the log lives in memory, and the
			// worker is kept up until it is written (`written`), so only a restart reads the store.
			await new Promise((resolve) => setTimeout(resolve, WRITE_DELAY_MS));
			dirty = false;
			await store.set(LOG_KEY, log);
		}
	};
	const save = (): Promise<void> => {
		dirty = true;
		writing ??= flush().finally(() => (writing = undefined));
		return writing;
	};

	return {
		async append(exchange) {
			await load();
			const { last, entries } = log!;
			const entry = { ...exchange, seq: last + 1 };
			log = { last: entry.seq, entries: [...entries, entry].slice(-LOG_LIMIT) };
			notify({ type: 'exchange', entry });
			await save();
		},
		read: async () => [...(await load()).entries],
		async clear() {
			await load();
			const { last } = log!;
			log = { last, entries: [] };
			notify({ type: 'cleared', through: last });
			await save();
			return last;
		},
		written: async () => {
			while (writing) await writing;
		},
	};
}

/** The saved log; one saved before entries had sequence numbers (a plain array) gets them in order. */
function fromStore(saved: unknown): SavedLog {
	if (Array.isArray(saved)) {
		const entries = (saved as Exchange[]).map((entry, index) => ({ ...entry, seq: index + 1 }));
		return { last: entries.length, entries };
	}
	return (saved as SavedLog | undefined) ?? { last: 0, entries: [] };
}
