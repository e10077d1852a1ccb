import type { Exchange } from '../core/exchange.ts';
import type { MockState } from '../core/state.ts';

/**
 * What the page and the mock's service worker say to each other. The worker owns the mock's state
 * and request log; a page asks it through `postMessage` (which wakes a stopped worker), one
 * {@link MessageChannel} port per question for the answer, and hears of each exchange on the
 * {@link logChannelName} BroadcastChannel.
 */

/** One entry of the request log: an exchange and its place in the log's sequence. */
export interface LoggedExchange extends Exchange {
	/** Increases by one per exchange the worker logs, across restarts and clears. */
	seq: number;
}

/** The questions a page may ask the worker, each with the type of its answer. */
export interface Commands {
	/** A copy of the mock's whole state. */
	'read-state': MockState;
	/** A new root CA and no clients. */
	'reset-state': null;
	/** The request log, oldest first. */
	'read-log': LoggedExchange[];
	/** Empties the log; answers the last sequence number it held. */
	'clear-log': number;
	/**
	 * Take control of the asking page: a page loaded with a hard reload is not controlled by the
	 * worker, so its requests would miss the mock.
	 */
	claim: null;
}

export type Command = keyof Commands;

export type Reply<C extends Command = Command> = { ok: true; value: Commands[C] } | { ok: false; error: string };

/** What the worker tells every page of the site on the log's channel. */
export type LogNotice = { type: 'exchange'; entry: LoggedExchange } | { type: 'cleared'; through: number };

export function isCommand(value: unknown): value is Command {
	return typeof value === 'string' && ['read-state', 'reset-state', 'read-log', 'clear-log', 'claim'].includes(value);
}

/**
 * The BroadcastChannel of the log of the worker serving `base`: two copies of the site on one
 * origin (pull request previews under `/pr-1/` and `/pr-2/`) each hear their own worker only.
 */
export function logChannelName(base: string): string {
	return `margo-mock-log:${base}`;
}

/** The worker script's file at the site's base, which is also its scope. */
export const WORKER_SCRIPT = 'mock-service-worker.js';
