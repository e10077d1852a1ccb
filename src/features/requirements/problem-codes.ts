import { defineProblemCodes } from '#shared/problem-codes.ts';

/**
 * The codes the requirement ID and lexicon checks report.
 */
export const REQUIREMENT_PROBLEM_CODES = defineProblemCodes({
	'requirements/stray-marker': { title: 'a requirement marker has no sentence before it' },
	'requirements/missing-id': { title: 'a normative statement has no requirement ID', fix: 'run `npm run req:ids`' },
	'requirements/malformed-marker': { title: 'a requirement marker is malformed' },
	'requirements/not-normative': { title: 'a requirement marker is on a sentence without a key word in capitals' },
	'requirements/duplicate-id': { title: 'a requirement ID is used twice' },
	'requirements/retired-id': { title: 'a retired requirement ID is used again' },
	'requirements/unissued-id': { title: 'a requirement ID is not recorded in the registry', fix: 'run `npm run req:ids`' },
	'requirements/unknown-party': { title: 'the party a statement binds cannot be told from its subject' },
	'requirements/vanished-id': { title: 'an issued requirement ID is on no page and not retired', fix: 'run `npm run req:ids`' },
	'requirements/retired-citation': { title: 'the mock or a tracker cites a retired requirement ID' },
	'requirements/unknown-citation': { title: 'the mock or a tracker cites a requirement ID no page defines' },
	'requirements/invalid-registry': { title: 'content/requirements.yaml is malformed' },
	'requirements/no-prefix': { title: 'a specification page has no requirement ID prefix' },
	'lexicon/duplicate-term': { title: 'a lexicon term is defined twice' },
});

type RequirementsProblemCodes = typeof REQUIREMENT_PROBLEM_CODES;

declare module '#shared/problem-codes.ts' {
	// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges this feature's codes into ProblemCode
	interface ProblemCodes extends RequirementsProblemCodes {}
}
