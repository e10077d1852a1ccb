import type { LoggedExchange, LogNotice } from '../worker/protocol.ts';
import { LOG_LIMIT } from '../worker/request-log.ts';

export interface LogSource {
	/** The worker's log, oldest first. */
	read(): Promise<LoggedExchange[]>;
	/** Empties the worker's log; resolves with the last sequence number it held. */
	clear(): Promise<number>;
	/** Starts hearing the worker's notices. */
	listen(onNotice: (notice: LogNotice) => void): void;
	/** Called for each new exchange heard. */
	onExchange(entry: LoggedExchange): void;
}

export interface LogMirror {
	read(): Promise<LoggedExchange[]>;
	clear(): Promise<void>;
}

/**
 * The page's copy of the request log its service worker keeps: it hears the worker's notices from
 * the start (each new exchange is announced with `onExchange`), reads the log once when first asked,
 * and keeps it up to date from then on. Answers and notices come on different channels, in no set
 * order between them, so the copy goes by each entry's sequence number: a notice heard while the
 * first read is under way is applied after it, an entry already there is not added twice, and a
 * clear removes what the worker held when it cleared, not what came after.
 */
export function createLogMirror(source: LogSource): LogMirror {
	let entries: LoggedExchange[] | undefined;
	let reading: Promise<LoggedExchange[]> | undefined;
	/** Notices heard while the first read was under way (one heard before it is in its answer). */
	let early: LogNotice[] = [];

	/** The copy with a notice applied; an added entry is the notice's own object. */
	const apply = (copy: LoggedExchange[], notice: LogNotice): LoggedExchange[] => {
		if (notice.type === 'cleared') return copy.filter((entry) => entry.seq > notice.through);
		if (copy.some((entry) => entry.seq === notice.entry.seq)) return copy;
		return [...copy, notice.entry].sort((a, b) => a.seq - b.seq).slice(-LOG_LIMIT);
	};

	source.listen((notice) => {
		if (!entries) {
			if (reading) early.push(notice);
			if (notice.type === 'exchange') source.onExchange(notice.entry);
			return;
		}
		entries = apply(entries, notice);
		if (notice.type === 'exchange' && entries.includes(notice.entry)) source.onExchange(notice.entry);
	});

	const first = async (): Promise<LoggedExchange[]> => {
		let copy = await source.read();
		for (const notice of early) copy = apply(copy, notice);
		early = [];
		return (entries = copy);
	};

	return {
		async read() {
			await (reading ??= first());
			return [...(entries ?? [])];
		},
		async clear() {
			const through = await source.clear();
			if (entries) entries = apply(entries, { type: 'cleared', through });
		},
	};
}
