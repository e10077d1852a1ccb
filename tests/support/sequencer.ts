import { readFileSync } from 'node:fs';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { sharedBuilds } from './shared-builds.ts';

/** `builtSite('<name>')` or `sharedBuild('<name>')` in a test file: the shared builds it reads. */
const ASKED = /\b(?:builtSite|sharedBuild)\(\s*'([^']+)'/g;

/**
 * Browser files that take longest, longest first (from recent runs): started first, they end
 * with the rest rather than alone at the end of the run. A file not named here comes after them.
 */
const LONGEST_FIRST = [
	'page-types',
	'try-it',
	'dev-server',
	'base-path',
	'reference',
	'decisions',
	'reference-layout',
	'first-screen',
	'playground',
	'proposals',
];

const rank = (spec: TestSpecification) => {
	const index = LONGEST_FIRST.findIndex((name) => spec.moduleId.endsWith(`/${name}.test.ts`));
	return index === -1 ? LONGEST_FIRST.length : index;
};

function interleave<T>(a: T[], b: T[]): T[] {
	return Array.from({ length: Math.max(a.length, b.length) }, (_, i) => [a[i], b[i]]).flatMap((pair) =>
		pair.filter((x) => x !== undefined),
	);
}

/**
 * Orders the run for a machine of two cores. The browser tests come last (`sequence.groupOrder`),
 * but the builds they read start now, in the background, so they build while the tests of logic
 * and the fixture builds run; those two kinds alternate, so a build and a quick test share the cores.
 */
export default class Sequencer extends BaseSequencer {
	override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
		const sorted = await super.sort(files);
		const of = (name: string) => sorted.filter((spec) => spec.project.name === name);
		const browser = of('browser').sort((a, b) => rank(a) - rank(b));
		const names = new Set<string>(browser.length ? ['site'] : []);
		for (const spec of browser) for (const [, name] of readFileSync(spec.moduleId, 'utf8').matchAll(ASKED)) names.add(name!);
		if (names.size) void sharedBuilds().inBackground(names);
		const rest = sorted.filter((spec) => !['build', 'node', 'unit', 'browser'].includes(spec.project.name));
		return [...interleave(of('build'), [...of('node'), ...of('unit')]), ...rest, ...browser];
	}
}
