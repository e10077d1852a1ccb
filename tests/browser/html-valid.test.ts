import { globSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { expect, test } from 'vitest';
import { builtSite } from '../support/shared-build.ts';

/**
 * html-validate's recommended rules, less those that flag markup Starlight or Expressive Code
 * generate (not ours to change), each with the reason. Everything else is an error.
 */
const config: ConfigData = {
	extends: ['html-validate:recommended'],
	rules: {
		// Astro writes void elements as `<meta/>`; both forms are valid HTML.
		'void-style': 'off',
		// Starlight's search and menu buttons live outside forms, where the default type is harmless.
		'no-implicit-button-type': 'off',
		// Starlight sets small inline styles (the search dialog, icon sizes).
		'no-inline-style': 'off',
		// Starlight's `#_top` anchor: ids starting with `_` are valid HTML5; keep the rest of the rule.
		'valid-id': ['error', { relaxed: true }],
		// Starlight renders the table of contents twice (mobile and desktop); only one is shown at a time.
		'unique-landmark': 'off',
		// Expressive Code renders each code line as a <div> inside <code>: browsers and screen readers handle it.
		'element-permitted-content': 'off',
		// Expressive Code's copy button is named by its `title` at run time; axe checks names in the browser tests.
		'text-content': 'off',
	},
};

test('every built page is valid HTML under the listed exceptions', async () => {
	const dir = (await builtSite('site')).outDir;
	const validator = new HtmlValidate(config);
	const files = globSync('**/*.html', { cwd: dir });
	expect(files.length).toBeGreaterThan(10);
	const problems: string[] = [];
	for (const file of files) {
		const report = await validator.validateFile(join(dir, file));
		for (const result of report.results) {
			for (const m of result.messages) problems.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
		}
	}
	expect(problems).toEqual([]);
});
