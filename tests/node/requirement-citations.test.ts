import { expect, test } from 'vitest';
import { loadCatalog, readCitations } from '../../src/features/requirements/files.ts';
import { formatReport } from '../../src/shared/problems.ts';
import { PROBLEM_TYPES } from '../../src/features/mock/core/problem-details.ts';
import { projectRoot } from '../support/run-astro.ts';

// The build stops on these problems too; this test names them without a build.
const catalog = loadCatalog(projectRoot);

test('every requirement ID cited by the mock and the decision trackers names a statement on a page', () => {
	const known = new Set(catalog.requirements.map((requirement) => requirement.id));
	const unknown = readCitations(projectRoot).filter((citation) => !known.has(citation.id));
	expect(unknown.map((c) => `${c.file}:${c.line}:${c.column} ${c.id}`)).toEqual([]);
});

test('the mock cites a requirement for each kind of error a device can cause', () => {
	const known = new Set(catalog.requirements.map((requirement) => requirement.id));
	const cited = Object.entries(PROBLEM_TYPES).flatMap(([kind, type]) =>
		'requirement' in type ? [[kind, type.requirement, known.has(type.requirement)]] : [],
	);
	expect(cited.length).toBeGreaterThanOrEqual(10);
	expect(cited.filter(([, , exists]) => !exists)).toEqual([]);
});

test('every normative statement of the specification pages has a valid, unique ID', () => {
	expect(formatReport('Requirements', catalog.problems)).toBe('Requirements: 0 problems\n');
});
