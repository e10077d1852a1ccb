import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Problem } from '../problems.ts';
import { cachedChecks, keptResult, type CacheOptions, type CheckResult } from './build-cache.ts';

const warning: Problem = { code: 'openapi/operation-summary', file: 'openapi/a.yaml', line: 3, column: 5, message: 'no summary' };
const error: Problem = { ...warning, code: 'openapi/yaml-syntax', message: 'bad indentation' };

/** A project with one document, one page, one referenced fragment outside `openapi/` and some code. */
function project() {
	const root = mkdtempSync(join(tmpdir(), 'margo-check-cache-'));
	const write = (file: string, text: string) => {
		mkdirSync(join(root, file, '..'), { recursive: true });
		writeFileSync(join(root, file), text);
	};
	write('openapi/a.yaml', 'openapi: 3.1.0\n');
	write('content/docs/page.md', '# Page\n');
	write('shared/fragment.yaml', 'type: string\n');
	write('code/check.ts', 'export const rule = 1;\n');
	write('lock.json', '{}');
	let runs = 0;
	let result: CheckResult = { errors: [], warnings: [warning] };
	const options: CacheOptions = {
		name: 'api-checks',
		root,
		inputs: ['openapi/**/*', 'content/**/*.{md,mdx}'],
		cacheDir: join(root, 'cache'),
		code: { dirs: [join(root, 'code')], files: [join(root, 'lock.json')] },
		referenced: () => [join(root, 'shared/fragment.yaml')],
	};
	const check = () =>
		cachedChecks(options, async () => {
			runs++;
			return result;
		});
	return {
		root,
		write,
		check,
		runs: () => runs,
		fail: (value: boolean) => (result = value ? { errors: [error], warnings: [] } : { errors: [], warnings: [warning] }),
	};
}

describe('cachedChecks', () => {
	it('runs the checks once while nothing they read changes, and gives back the warnings', async () => {
		const p = project();
		expect(await p.check()).toEqual({ errors: [], warnings: [warning] });
		expect(await p.check()).toEqual({ errors: [], warnings: [warning] });
		expect(p.runs()).toBe(1);
	});

	it.each([
		['an API document', 'openapi/a.yaml'],
		['a new file under openapi/', 'openapi/schemas/b.yaml'],
		['a page', 'content/docs/page.md'],
		['a file a reference reads outside openapi/', 'shared/fragment.yaml'],
		['the checking code', 'code/check.ts'],
		['the checking code, by as many bytes', 'code/check.ts', 'export const rule = 2;\n'],
		['the installed packages', 'lock.json'],
		['the kept result (made unreadable)', 'cache/margo-api-checks.json', '{ half a fi'],
	])('runs the checks again when %s changes', async (_what, file, text = 'changed: true\n') => {
		const p = project();
		await p.check();
		p.write(file, text);
		await p.check();
		expect(p.runs()).toBe(2);
	});

	it('never keeps a result with errors: the next build checks again and fails again', async () => {
		const p = project();
		p.fail(true);
		expect((await p.check()).errors).toEqual([error]);
		expect((await p.check()).errors).toEqual([error]);
		expect(p.runs()).toBe(2);
		expect(existsSync(join(p.root, 'cache', 'margo-api-checks.json'))).toBe(false);
	});

	it('checks again after a kept clean result once a file breaks, and reports the error', async () => {
		const p = project();
		await p.check();
		p.write('openapi/a.yaml', 'openapi: [\n');
		p.fail(true);
		expect((await p.check()).errors).toEqual([error]);
	});

	it('reads only its inputs: a file outside them changes nothing', async () => {
		const p = project();
		await p.check();
		p.write('content/decisions/dt-001.yaml', 'id: DT-001\n');
		await p.check();
		expect(p.runs()).toBe(1);
	});
});

describe('keptResult', () => {
	const options = (root: string) => ({
		name: 'worker',
		root,
		cacheDir: join(root, 'cache'),
		inputs: ['in/**/*'],
		code: { dirs: [], files: [] },
	});
	const isText = (value: unknown): value is string => typeof value === 'string';

	it('keeps any result until an input changes, and ignores a kept file of another shape', async () => {
		const root = mkdtempSync(join(tmpdir(), 'margo-kept-'));
		mkdirSync(join(root, 'in'));
		writeFileSync(join(root, 'in', 'a.txt'), 'one');
		let runs = 0;
		const make = () => keptResult(options(root), async () => `bundle ${++runs}`, { isValue: isText });
		expect(await make()).toBe('bundle 1');
		expect(await make()).toBe('bundle 1');
		writeFileSync(join(root, 'in', 'a.txt'), 'two');
		expect(await make()).toBe('bundle 2');
		const kept = join(root, 'cache', 'margo-worker.json');
		writeFileSync(kept, JSON.stringify({ ...JSON.parse(readFileSync(kept, 'utf8')), value: 42 }));
		expect(await make()).toBe('bundle 3');
	});

	it('keeps nothing that `keep` refuses', async () => {
		const root = mkdtempSync(join(tmpdir(), 'margo-kept-'));
		const make = () => keptResult(options(root), async () => 'partial', { isValue: isText, keep: () => false });
		await make();
		expect(existsSync(join(root, 'cache', 'margo-worker.json'))).toBe(false);
	});
});
