import { createConfig } from '@redocly/openapi-core';
import { expect, test } from 'vitest';
import { defaultFix, type ProblemCode } from '#shared/problem-codes.ts';
import { API_PROBLEM_CODES } from '../problem-codes.ts';
import { LINT_FIXES } from './lint-fixes.ts';
import { RULES } from './lint.ts';

test('has a fix for every rule of Redocly’s the lint runs on OpenAPI documents', async () => {
	const config = await createConfig(RULES as never);
	const running = new Set<string>();
	for (const [version, rules] of Object.entries(config.rules as Record<string, Record<string, unknown>>)) {
		if (!version.startsWith('oas')) continue;
		for (const [rule, setting] of Object.entries(rules)) {
			const severity = typeof setting === 'string' ? setting : (setting as { severity?: string } | undefined)?.severity;
			if (severity && severity !== 'off') running.add(rule);
		}
	}
	expect(running.size).toBeGreaterThan(30);
	const without = [...running].filter((rule) => !LINT_FIXES[rule] && !defaultFix(`openapi/${rule}` as ProblemCode));
	expect(without).toEqual([]);
});

test('has a fix for every problem code of the API documents and their examples', () => {
	const api = Object.keys(API_PROBLEM_CODES).filter((code) => /^(openapi|checks|examples|endpoints)\//.test(code));
	expect(api.length).toBeGreaterThan(15);
	expect(api.filter((code) => !defaultFix(code as ProblemCode))).toEqual([]);
});
