import { expect, test } from 'vitest';
import type { Exchange } from '../core/exchange.ts';
import { memoryStore } from '../core/storage.ts';
import type { LogNotice } from './protocol.ts';
import { createRequestLog, LOG_LIMIT } from './request-log.ts';

const exchange = (path: string): Exchange => ({
	at: '2026-11-29T12:00:00.000Z',
	request: { method: 'GET', url: `https://example.org${path}`, headers: [], body: '' },
	response: { status: 200, statusText: 'OK', headers: [], body: '' },
});

test('numbers each exchange, tells the pages, and keeps the last 100 across a restart', async () => {
	const store = memoryStore();
	const notices: LogNotice[] = [];
	const log = createRequestLog(store, (notice) => notices.push(notice));
	for (let i = 1; i <= LOG_LIMIT + 2; i++) await log.append(exchange(`/${i}`));
	expect(notices).toHaveLength(LOG_LIMIT + 2);
	expect(notices.at(-1)).toMatchObject({ type: 'exchange', entry: { seq: LOG_LIMIT + 2, request: { url: 'https://example.org/102' } } });
	await log.written();
	// A restarted worker reads the log back and goes on counting.
	const restarted = createRequestLog(store, () => undefined);
	const entries = await restarted.read();
	expect(entries.map((entry) => entry.seq)).toEqual(Array.from({ length: LOG_LIMIT }, (_, index) => index + 3));
	await restarted.append(exchange('/next'));
	expect((await restarted.read()).at(-1)?.seq).toBe(LOG_LIMIT + 3);
});

test('goes on counting after a clear, and says up to which entry it cleared', async () => {
	const notices: LogNotice[] = [];
	const log = createRequestLog(memoryStore(), (notice) => notices.push(notice));
	await log.append(exchange('/a'));
	await log.append(exchange('/b'));
	await expect(log.clear()).resolves.toBe(2);
	expect(notices.at(-1)).toEqual({ type: 'cleared', through: 2 });
	await log.append(exchange('/c'));
	expect((await log.read()).map((entry) => entry.seq)).toEqual([3]);
});

test('numbers a log saved before entries had numbers', async () => {
	const store = memoryStore();
	await store.set('request-log', [exchange('/old-1'), exchange('/old-2')]);
	const log = createRequestLog(store, () => undefined);
	await log.append(exchange('/new'));
	expect((await log.read()).map((entry) => [entry.seq, new URL(entry.request.url).pathname])).toEqual([
		[1, '/old-1'],
		[2, '/old-2'],
		[3, '/new'],
	]);
});

test('coalesces the writes of a burst of exchanges', async () => {
	const inner = memoryStore();
	let writes = 0;
	const store = { ...inner, set: (key: string, value: unknown) => ((writes += 1), inner.set(key, value)) };
	const log = createRequestLog(store, () => undefined);
	await Promise.all(Array.from({ length: 20 }, (_, i) => log.append(exchange(`/${i}`))));
	await log.written();
	expect(writes).toBeLessThan(20);
	expect(((await inner.get<{ entries: unknown[] }>('request-log'))?.entries ?? []).length).toBe(20);
});
