import { expect, test } from 'vitest';
import { planIds, statementText } from './ids.ts';
import type { SpecPage } from './catalog.ts';
import type { Registry } from './registry.ts';

const registry = (issued: Record<string, number> = {}, retired: Registry['retired'] = []): Registry => ({
	prefixes: { 'specification/onboarding.md': 'ONB' },
	issued,
	retired,
});
const page = (source: string): SpecPage => ({
	file: 'content/docs/specification/onboarding.md',
	docPath: 'specification/onboarding.md',
	slug: 'specification/onboarding',
	title: 'Onboarding',
	source,
});
/** Runs the ID command on one page and returns the page's new text and the new counters. */
const run = (source: string, reg = registry()) => {
	const plan = planIds([page(source)], reg);
	return { text: plan.edits.get('content/docs/specification/onboarding.md') ?? source, plan };
};
const ids = (text: string) => [...text.matchAll(/(\w+)[^\w\s]* \{#(REQ-[A-Z]+-\d+)\}/g)].map((m) => `${m[1]}=${m[2]}`);

const original = `---
title: Onboarding
---
The client MUST send its certificate. It is a plain sentence.

- The service MUST answer with \`201\`.
- The service SHOULD log the request
`;

test('writes a marker after each normative statement, numbered in document order', () => {
	const { text, plan } = run(original);
	expect(text.split('\n').slice(3, 7)).toEqual([
		'The client MUST send its certificate. {#REQ-ONB-001} It is a plain sentence.',
		'',
		'- The service MUST answer with `201`. {#REQ-ONB-002}',
		'- The service SHOULD log the request {#REQ-ONB-003}',
	]);
	expect(plan.issued).toEqual({ ONB: 3 });
	expect(plan.assigned.map((a) => `${a.line}:${a.id}`)).toEqual(['4:REQ-ONB-001', '6:REQ-ONB-002', '7:REQ-ONB-003']);
});

test('keeps every ID when a neighbouring sentence is edited, a statement is reworded and a new one is added', () => {
	const first = run(original).text;
	const edited = first
		.replace('It is a plain sentence.', 'A new neighbour MAY appear here. The plain sentence grew longer.')
		.replace('MUST answer with `201`.', 'MUST answer an accepted request with status `201 Created`.')
		.replace('- The service MUST', '- The service MUST NOT crash.\n- The service MUST');
	const second = run(edited, registry({ ONB: 3 }));
	expect(ids(second.text)).toEqual([
		'certificate=REQ-ONB-001',
		'here=REQ-ONB-004',
		'crash=REQ-ONB-005',
		'Created=REQ-ONB-002',
		'request=REQ-ONB-003',
	]);
	// Running again changes nothing.
	expect(run(second.text, registry(second.plan.issued)).plan.edits.size).toBe(0);
});

test('never gives out a number again: not after retirement, not below a hand-written ID', () => {
	const text = 'The client MUST go. {#REQ-ONB-009}\n\nThe client MUST stay.\n';
	const { text: marked, plan } = run(text, registry({ ONB: 4 }, [{ id: 'REQ-ONB-002', retired: '2026-11-01' }]));
	expect(ids(marked)).toEqual(['go=REQ-ONB-009', 'stay=REQ-ONB-010']);
	expect(plan.retire).toEqual(['REQ-ONB-001', 'REQ-ONB-003', 'REQ-ONB-004']);
});

test('asks for a prefix when a page without one has new statements', () => {
	const plan = planIds(
		[{ ...page('The client MUST go.\n'), docPath: 'specification/new.md', file: 'content/docs/specification/new.md' }],
		registry(),
	);
	expect(plan.problems).toMatchObject([
		{
			code: 'requirements/no-prefix',
			file: 'content/docs/specification/new.md',
			line: 1,
			hint: 'add `specification/new.md: ABC` (2 to 5 capital letters, unused) under `prefixes:` in content/requirements.yaml',
		},
	]);
});

test('finds the wording of a statement by its ID, for the retired list', () => {
	expect(statementText('- The client `x` MUST go. {#REQ-ONB-001}\n', 'REQ-ONB-001')).toBe('The client x MUST go.');
});
