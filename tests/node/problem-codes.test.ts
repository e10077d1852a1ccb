import { existsSync, readdirSync } from 'node:fs';
import { expect, test } from 'vitest';
import { defaultFix, type ProblemCode } from '#shared/problem-codes.ts';
import { projectRoot } from '../support/run-astro.ts';

/** Every feature's catalogue of problem codes, by feature. */
async function catalogues(): Promise<Map<string, Record<string, { title: string; fix?: string }>>> {
	const features = readdirSync(`${projectRoot}/src/features`, { withFileTypes: true }).filter((entry) => entry.isDirectory());
	const found = new Map<string, Record<string, { title: string; fix?: string }>>();
	for (const { name } of features) {
		const file = `${projectRoot}/src/features/${name}/problem-codes.ts`;
		if (!existsSync(file)) continue;
		const module = (await import(file)) as Record<string, Record<string, { title: string; fix?: string }>>;
		const [codes] = Object.values(module);
		if (codes) found.set(name, codes);
	}
	return found;
}

test('declares each problem code in one feature only, each prefix owned by one feature', async () => {
	const all = await catalogues();
	expect([...all.keys()].sort()).toEqual(['api-reference', 'decisions', 'mkdocs-import', 'proposals', 'requirements', 'site']);
	const owners = new Map<string, string[]>();
	const prefixes = new Map<string, Set<string>>();
	for (const [feature, codes] of all) {
		for (const code of Object.keys(codes)) {
			owners.set(code, [...(owners.get(code) ?? []), feature]);
			const prefix = code.split('/')[0] ?? code;
			prefixes.set(prefix, new Set([...(prefixes.get(prefix) ?? []), feature]));
		}
	}
	expect([...owners].filter(([, features]) => features.length > 1)).toEqual([]);
	expect([...prefixes].filter(([, features]) => features.size > 1)).toEqual([]);
	expect(owners.size).toBeGreaterThan(90);
});

test('describes every problem code and knows the default fix of each that has one', async () => {
	for (const codes of (await catalogues()).values()) {
		for (const [code, { title, fix }] of Object.entries(codes)) {
			expect(code, code).toMatch(/^[a-z]+(-[a-z]+)*\/[a-z0-9]+(-[a-z0-9]+)*$/);
			expect(title.length, code).toBeGreaterThan(10);
			expect(defaultFix(code as ProblemCode), code).toBe(fix);
		}
	}
});
