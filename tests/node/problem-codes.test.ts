import { existsSync, readdirSync } from 'node:fs';
import { expect, test } from 'vitest';
import { defaultFix, type ProblemCode } from '#shared/problem-codes.ts';
import { API_PROBLEM_CODES } from '#features/api-reference/problem-codes.ts';
import { DECISION_PROBLEM_CODES } from '#features/decisions/problem-codes.ts';
import { MKDOCS_PROBLEM_CODES } from '#features/mkdocs-import/problem-codes.ts';
import { PROPOSAL_PROBLEM_CODES } from '#features/proposals/problem-codes.ts';
import { REQUIREMENT_PROBLEM_CODES } from '#features/requirements/problem-codes.ts';
import { SITE_PROBLEM_CODES } from '#features/site/problem-codes.ts';
import { projectRoot } from '../support/run-astro.ts';

/** Every feature's catalogue of problem codes, by feature. */
type Catalogue = Readonly<Record<string, { title: string; fix?: string }>>;
const CATALOGUES: ReadonlyMap<string, Catalogue> = new Map<string, Catalogue>([
	['api-reference', API_PROBLEM_CODES],
	['decisions', DECISION_PROBLEM_CODES],
	['mkdocs-import', MKDOCS_PROBLEM_CODES],
	['proposals', PROPOSAL_PROBLEM_CODES],
	['requirements', REQUIREMENT_PROBLEM_CODES],
	['site', SITE_PROBLEM_CODES],
]);

test('lists the catalogue of every feature that has one', () => {
	const withCodes = readdirSync(`${projectRoot}/src/features`).filter((name) =>
		existsSync(`${projectRoot}/src/features/${name}/problem-codes.ts`),
	);
	expect([...CATALOGUES.keys()]).toEqual(withCodes.sort());
});

test('declares each problem code in one feature only, each prefix owned by one feature', () => {
	const owners = new Map<string, string[]>();
	const prefixes = new Map<string, Set<string>>();
	for (const [feature, codes] of CATALOGUES) {
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

test('describes every problem code and knows the default fix of each that has one', () => {
	for (const codes of CATALOGUES.values()) {
		for (const [code, { title, fix }] of Object.entries(codes)) {
			expect(code, code).toMatch(/^[a-z]+(-[a-z]+)*\/[a-z0-9]+(-[a-z0-9]+)*$/);
			expect(title.length, code).toBeGreaterThan(10);
			expect(defaultFix(code as ProblemCode), code).toBe(fix);
		}
	}
});
