import { expect, test } from 'vitest';
import { buildFixture, problemReport } from '../support/run-astro.ts';

test('fails the build naming file and line of duplicate, missing and unknown requirement IDs and of a lexicon term defined twice', async () => {
	const result = await buildFixture('bad-requirements');
	expect(result.code).not.toBe(0);
	const report = problemReport(result.output, 'Requirements and lexicon');
	expect(report).toMatchInlineSnapshot(`
		"Requirements and lexicon: 5 problems

		content/decisions/dt-001-polling.md:13:44: cites REQ-ALP-003, which no specification page defines [requirements/unknown-citation]
		  fix: cite an ID from the requirements index (/requirements/), or fix the typo
		content/docs/concepts/lexicon.md:8:1: the term "Desired State" is already defined at line 4 (### Desired state) [lexicon/duplicate-term]
		  fix: merge the two definitions into one \`### Term\` section, or rename one of them
		content/docs/specification/alpha.md:7:61: REQ-ALP-001 is already used at content/docs/specification/alpha.md:6 [requirements/duplicate-id]
		  fix: an ID names one statement: delete this marker and run \`npm run req:ids\` to give the statement its own ID
		content/docs/specification/alpha.md:9:3: normative statement has no requirement ID: "The workload orchestration web service MUST log every request." [requirements/missing-id]
		  fix: run \`npm run req:ids\` to give it one
		src/features/mock/problems.ts:2:44: cites REQ-ALP-404, which no specification page defines [requirements/unknown-citation]
		  fix: cite an ID from the requirements index (/requirements/), or fix the typo
		"
	`);
});
