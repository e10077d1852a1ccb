import { expect, test } from 'vitest';
import { readTracker } from './checks/check-tracker.ts';
import { idsInTexts, nextFreeId, trackerFileName, trackerTemplate } from './scaffold.ts';

test('picks the id after the highest one in use, even with gaps', () => {
	expect(nextFreeId([])).toBe('DT-001');
	expect(nextFreeId(['DT-001', 'DT-007', 'DT-003'])).toBe('DT-008');
	expect(nextFreeId(['DT-999'])).toBe('DT-1000');
});

test('reads ids from tracker files even when their front matter is broken', () => {
	expect(idsInTexts(['---\nid: DT-004\ntitle: "unclosed\n---\n', "---\nid: 'DT-010'\n---\n", 'no front matter'])).toEqual([
		'DT-004',
		'DT-010',
	]);
});

test('names the file after the id and the first words of the title', () => {
	expect(trackerFileName('DT-006', 'How are downtime windows written?')).toBe('dt-006-how-are-downtime-windows-written.md');
	expect(trackerFileName('DT-006', '¿?')).toBe('dt-006.md');
});

test('creates a draft that passes every check of a single tracker', () => {
	const text = trackerTemplate('DT-006', 'Use "quotes": and colons', '2026-11-26');
	const { tracker, problems } = readTracker('content/decisions/dt-006.md', text);
	expect(problems).toEqual([]);
	expect(tracker?.data).toMatchObject({ id: 'DT-006', title: 'Use "quotes": and colons', status: 'draft', opened: '2026-11-26' });
});
