import { rmSync } from 'node:fs';
import { expect, test } from 'vitest';
import { buildSite, problemReport } from '../support/run-astro.ts';
import { scratchSite } from '../support/scratch-site.ts';

/**
 * Inputs sized to exhaust the build (an alias bomb, a schema nested 5,000 levels deep) stop it
 * with the document's file and what is wrong, at level `warn` too, instead of a stack overflow
 * or a process out of memory.
 */
test('stops the build on an alias bomb and on a schema nested 5,000 levels deep, naming each file', async () => {
	const bomb = [
		'openapi: 3.1.0',
		'info: { title: Bomb, version: 1.0.0 }',
		'paths: {}',
		'x-a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]',
	];
	for (const [name, previous] of [
		['b', 'a'],
		['c', 'b'],
		['d', 'c'],
		['e', 'd'],
		['f', 'e'],
		['g', 'f'],
		['h', 'g'],
		['i', 'h'],
	]) {
		bomb.push(`x-${name}: &${name} [${Array(9).fill(`*${previous}`).join(', ')}]`);
	}
	const deep = `{"openapi":"3.1.0","info":{"title":"Deep","version":"1.0.0"},"paths":{},"components":{"schemas":{"Deep":${'{"type":"array","items":'.repeat(5000)}{}${'}'.repeat(5000)}}}}`;
	const site = scratchSite('limits', {
		'openapi/checks.yaml': 'bomb: warn\ndeep: warn\n',
		'openapi/bomb.yaml': `${bomb.join('\n')}\n`,
		'openapi/deep.json': deep,
	});
	try {
		const { code, output, outDir } = await buildSite(site);
		rmSync(outDir, { recursive: true, force: true });
		expect(code).not.toBe(0);
		expect(output).not.toMatch(/Maximum call stack|heap out of memory/);
		expect(problemReport(output, 'API documents and examples')).toMatchInlineSnapshot(`
			"API documents and examples: 2 problems

			openapi/bomb.yaml:5:10: aliases (\`*name\`) expand into more than 100 values, which is how an alias bomb makes a small file huge [openapi/alias-limit]
			  fix: write the repeated values out, or use fewer aliases (\`*name\`): at most 100 expansions per document
			openapi/deep.json:1:3105: values are nested more than 128 levels deep (from /components/schemas/Deep/items/items/items/…); this site reads documents up to 128 levels [openapi/too-deep]
			  fix: name deeply nested schemas in components/schemas and refer to them with \`$ref\`; at most 128 levels
			"
		`);
	} finally {
		rmSync(site, { recursive: true, force: true });
	}
});
