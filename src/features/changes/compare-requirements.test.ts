import { expect, test } from 'vitest';
import type { Requirement } from '#features/requirements/index.ts';
import { compareRequirements } from './compare-requirements.ts';

const statement = (id: string, keyword: Requirement['keyword'], text: string, more: Partial<Requirement> = {}): Requirement => ({
	id,
	keyword,
	keywords: [keyword],
	binds: ['device'],
	text,
	parts: [{ text, code: false }],
	page: { title: 'Alpha', slug: 'specification/alpha' },
	section: { title: 'Rules', anchor: 'rules' },
	source: { file: 'content/docs/specification/alpha.md', line: 1 },
	...more,
});
const none = { before: [], after: [] };
const kinds = (before: Requirement, after: Requirement) => compareRequirements([before], [after], [], none).map((change) => change.changes);

test('ranks the key words in three levels, the NOT forms with their positive', () => {
	expect(
		kinds(statement('REQ-A-001', 'SHOULD NOT', 'It SHOULD NOT wait.'), statement('REQ-A-001', 'MUST NOT', 'It MUST NOT wait.')),
	).toEqual([['strengthened']]);
	expect(kinds(statement('REQ-A-001', 'REQUIRED', 'It is REQUIRED.'), statement('REQ-A-001', 'RECOMMENDED', 'It is RECOMMENDED.'))).toEqual(
		[['weakened']],
	);
	expect(kinds(statement('REQ-A-001', 'SHOULD', 'It SHOULD wait.'), statement('REQ-A-001', 'OPTIONAL', 'It is OPTIONAL to wait.'))).toEqual(
		[['weakened', 'reworded']],
	);
	// Same level, other key word: MUST and SHALL say the same.
	expect(kinds(statement('REQ-A-001', 'MUST', 'It MUST wait.'), statement('REQ-A-001', 'SHALL', 'It SHALL wait.'))).toEqual([['reworded']]);
});

test('reports nothing for a statement that did not change, and every change of one that did', () => {
	const before = statement('REQ-A-001', 'MUST', 'It MUST wait.');
	expect(compareRequirements([before], [before], [], none)).toEqual([]);
	const after = statement('REQ-A-001', 'MAY', 'It MAY wait.', {
		binds: ['orchestrator'],
		page: { title: 'Beta', slug: 'specification/beta' },
	});
	expect(kinds(before, after)).toEqual([['weakened', 'moved', 'binds-changed']]);
});

test('tells a retired ID from one removed without retirement', () => {
	const gone = [statement('REQ-A-001', 'MUST', 'It MUST wait.'), statement('REQ-A-002', 'MUST', 'It MUST stop.')];
	const changes = compareRequirements(gone, [], [{ id: 'REQ-A-002', retired: '2026-12-01' }], none);
	expect(changes.map(({ id, change, retired }) => ({ id, change, retired }))).toEqual([
		{ id: 'REQ-A-001', change: 'removed', retired: undefined },
		{ id: 'REQ-A-002', change: 'retired', retired: '2026-12-01' },
	]);
});
