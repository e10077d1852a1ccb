import type { LoggedExchange, LogNotice } from '../worker/protocol.ts';
import { LOG_LIMIT } from '../worker/request-log.ts';

export interface LogSource {
	/** The worker's log, oldest first. */
	read(): Promise<LoggedExchange[]>;
	/** Empties the worker's log; resolves with the last sequence number it held. */
	clear(): Promise<number>;
	/** Starts hearing the worker's notices. */
	listen(onNotice: (notice: LogNotice) => void): void;
	/** Called for each exchange heard after the first read. */
	onExchange(entry: LoggedExchange): void;
}

export interface LogMirror {
	read(): Promise<LoggedExchange[]>;
	clear(): Promise<void>;
}

/**
 * The page's copy of the request log its service worker keeps: read once, then kept up to date
 * from the worker's notices. Answers and notices come on different channels, in no set order
 * between them, so the copy goes by each entry's sequence number: a notice heard while the first
 * read is under way is applied after it, an entry already there is not added twice, and a clear
 * removes what the worker held when it cleared, not what came after.
 */
export function createLogMirror(source: LogSource): LogMirror {
	let entries: LoggedExchange[] | undefined;
	let early: LogNotice[] = [];
	let reading: Promise<LoggedExchange[]> | undefined;

	/** The copy with a notice applied; an added entry is the notice's own object. */
	const apply = (copy: LoggedExchange[], notice: LogNotice): LoggedExchange[] => {
		if (notice.type === 'cleared') return copy.filter((entry) => entry.seq > notice.through);
		if (copy.some((entry) => entry.seq === notice.entry.seq)) return copy;
		return [...copy, notice.entry].sort((a, b) => a.seq - b.seq).slice(-LOG_LIMIT);
	};

	const first = async (): Promise<LoggedExchange[]> => {
		source.listen((notice) => {
			if (!entries) return void early.push(notice);
			entries = apply(entries, notice);
			if (notice.type === 'exchange' && entries.includes(notice.entry)) source.onExchange(notice.entry);
		});
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
