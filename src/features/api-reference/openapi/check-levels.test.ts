import { expect, test } from 'vitest';
import { formatReport, type Problem } from '#shared/problems.ts';
import { publishAsItIs, readCheckLevels } from './check-levels.ts';

const ids = ['margo-management-api', 'train-travel', 'petstore'];

test('reads a level per document and defaults to strict', () => {
	const { levelOf, problems } = readCheckLevels('# relaxed for imported documents\ntrain-travel: warn\npetstore: strict\n', ids);
	expect(problems).toEqual([]);
	expect([levelOf('train-travel'), levelOf('petstore'), levelOf('margo-management-api'), levelOf('unlisted')]).toEqual(['warn', 'strict', 'strict', 'strict']);
});

test('makes every document strict without a checks file or with an empty one', () => {
	expect(readCheckLevels(undefined, ids).levelOf('train-travel')).toBe('strict');
	expect(readCheckLevels('', ids).problems).toEqual([]);
});

test('names checks.yaml and the line of an unknown id, an unknown level and a lowered management API', () => {
	const { levelOf, problems } = readCheckLevels('train-travle: warn\npetstore: loose\nmargo-management-api: warn\n', ids);
	expect(levelOf('margo-management-api')).toBe('strict');
	expect(formatReport('API check levels', problems)).toMatchInlineSnapshot(`
		"API check levels: 3 problems

		openapi/checks.yaml:1:1: train-travle: \`train-travle\` names no document of openapi/ [checks/unknown-document]
		  fix: did you mean \`train-travel\`? the documents are: margo-management-api, train-travel, petstore; or remove the line
		openapi/checks.yaml:2:1: petstore: \`loose\` is not a check level [checks/unknown-level]
		  fix: write \`strict\` (problems stop the build) or \`warn\` (problems are printed)
		openapi/checks.yaml:3:1: margo-management-api: the management API is the specification’s own and is always checked strictly [checks/always-strict]
		  fix: remove the line"
	`);
});

test('reports a file that is not a map, and a syntax error with its line', () => {
	expect(readCheckLevels('- train-travel\n', ids).problems.map((p) => p.code)).toEqual(['checks/not-a-map']);
	expect(readCheckLevels('train-travel: warn\npetstore: "strict\n', ids).problems[0]).toMatchObject({ code: 'checks/yaml-syntax', file: 'openapi/checks.yaml', line: 2 });
});

test('says once how to publish the third-party documents that stop the build, and nothing for the others', () => {
	const at = (file: string, code: Problem['code']): Problem => ({ file, code, line: 1, column: 1, message: 'm' });
	expect(publishAsItIs([at('openapi/weather.yaml', 'openapi/security-defined'), at('openapi/weather.yaml', 'openapi/operation-summary')])).toBe(
		'To publish weather as it is (its problems printed, the build going on), add `weather: warn` to openapi/checks.yaml.',
	);
	expect(publishAsItIs([at('openapi/b.json', 'openapi/struct'), at('openapi/a.yml', 'openapi/struct')])).toBe(
		'To publish these documents as they are (their problems printed, the build going on), add to openapi/checks.yaml:\n  a: warn\n  b: warn',
	);
	const never = [
		at('openapi/margo-management-api.yaml', 'openapi/struct'),
		at('openapi/checks.yaml', 'checks/unknown-level'),
		at('openapi/broken.yaml', 'openapi/yaml-syntax'),
		at('openapi/dangling.yaml', 'openapi/no-unresolved-refs'),
		at('openapi/dangling.yaml', 'openapi/operation-summary'),
		at('content/docs/page.md', 'examples/schema-mismatch'),
	];
	expect(publishAsItIs(never)).toBeUndefined();
});
