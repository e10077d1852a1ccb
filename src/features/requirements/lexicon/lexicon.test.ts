import { expect, test } from 'vitest';
import { parseLexicon } from './lexicon.ts';

const lexicon = `---
title: Lexicon
---
Intro.

## Parties

### Workload fleet manager (WFM)

The orchestration software an end user runs, e.g. to deploy apps. It has a [web service](#x).

### Application

An app.

### Application package

How a vendor ships an app.
`;

test('reads each term with its abbreviation, anchor, line and first sentence', () => {
	const { terms, problems } = parseLexicon('content/docs/concepts/lexicon.md', lexicon);
	expect(problems).toEqual([]);
	expect(terms).toEqual([
		{
			heading: 'Workload fleet manager (WFM)',
			names: ['Workload fleet manager', 'WFM'],
			anchor: 'workload-fleet-manager-wfm',
			summary: 'The orchestration software an end user runs, e.g. to deploy apps.',
			line: 8,
		},
		{ heading: 'Application', names: ['Application'], anchor: 'application', summary: 'An app.', line: 12 },
		{
			heading: 'Application package',
			names: ['Application package'],
			anchor: 'application-package',
			summary: 'How a vendor ships an app.',
			line: 16,
		},
	]);
});

test('reports a term defined twice, also through an abbreviation, at the second heading', () => {
	const { problems } = parseLexicon('lexicon.md', `${lexicon}\n### wfm\n\nAgain.\n`);
	expect(problems).toEqual([
		{
			code: 'lexicon/duplicate-term',
			file: 'lexicon.md',
			line: 20,
			column: 1,
			message: 'the term "wfm" is already defined at line 8 (### Workload fleet manager (WFM))',
			hint: 'merge the two definitions into one `### Term` section, or rename one of them',
		},
	]);
});
