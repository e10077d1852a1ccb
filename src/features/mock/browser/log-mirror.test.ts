import { expect, test } from 'vitest';
import type { Exchange } from '../core/exchange.ts';
import type { LoggedExchange, LogNotice } from '../worker/protocol.ts';
import { createLogMirror } from './log-mirror.ts';

const entry = (seq: number): LoggedExchange => ({
	seq,
	at: '2026-11-29T12:00:00.000Z',
	request: { method: 'GET', url: `https://example.org/${seq}`, headers: [], body: '' },
	response: { status: 200, statusText: 'OK', headers: [], body: '' },
});

/** A worker whose answers and notices the test delivers by hand, in any order. */
function fakeWorker(log: LoggedExchange[]) {
	let hear: (notice: LogNotice) => void = () => undefined;
	const answers: (() => void)[] = [];
	const heard: Exchange[] = [];
	const mirror = createLogMirror({
		read: () => new Promise((resolve) => answers.push(() => resolve([...log]))),
		clear: () => Promise.resolve(log.at(-1)?.seq ?? 0),
		listen: (onNotice) => (hear = onNotice),
		onExchange: (exchange) => heard.push(exchange),
	});
	return { mirror, heard, answer: () => answers.shift()?.(), notify: (notice: LogNotice) => hear(notice) };
}

test('announces what it hears, and applies what it heard during its first read after it, without doubles', async () => {
	const worker = fakeWorker([entry(1), entry(2)]);
	const read = worker.mirror.read();
	await Promise.resolve();
	// Heard before the answer: entry 2 is in the answer too, entry 3 is not.
	worker.notify({ type: 'exchange', entry: entry(2) });
	worker.notify({ type: 'exchange', entry: entry(3) });
	worker.answer();
	expect((await read).map((e) => e.seq)).toEqual([1, 2, 3]);
	// Once the log is read, an exchange heard twice is announced once.
	worker.notify({ type: 'exchange', entry: entry(4) });
	worker.notify({ type: 'exchange', entry: entry(4) });
	expect(worker.heard.map((e) => e.request.url)).toEqual(['https://example.org/2', 'https://example.org/3', 'https://example.org/4']);
	expect((await worker.mirror.read()).map((e) => e.seq)).toEqual([1, 2, 3, 4]);
});

test('clears what the worker held when it cleared, and keeps what came after', async () => {
	const worker = fakeWorker([entry(1), entry(2)]);
	const read = worker.mirror.read();
	await Promise.resolve();
	worker.answer();
	await read;
	// The worker's notices may come before its answer: entry 3 came after the clear.
	worker.notify({ type: 'cleared', through: 2 });
	worker.notify({ type: 'exchange', entry: entry(3) });
	await worker.mirror.clear();
	expect((await worker.mirror.read()).map((e) => e.seq)).toEqual([3]);
});
