import { expect, test } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readMkdocsConfig } from './mkdocs-config.ts';
import { projectFolder } from './project-files.ts';

function project(yaml: string): string {
	const dir = mkdtempSync(join(tmpdir(), 'mkdocs-config-'));
	mkdirSync(join(dir, 'pages'));
	writeFileSync(join(dir, 'mkdocs.yml'), yaml);
	return dir;
}

test('reads docs_dir and a nested nav with lines, taking the default of each !ENV and ignoring Python tags', () => {
	const dir = project(
		[
			'site_url: !ENV [SITE_URL, "https://example.org"]',
			'docs_dir: !ENV [DOCS, pages]',
			'markdown_extensions:',
			'  - pymdownx.emoji:',
			'      emoji_index: !!python/name:material.extensions.emoji.twemoji',
			'  - pymdownx.snippets:',
			'      base_path: includes',
			'nav:',
			'  - index.md',
			'  - Guide:',
			'      - Start: guide/start.md',
			'  - Tracker: https://example.org/issues',
		].join('\n'),
	);
	const { config, problems } = readMkdocsConfig(projectFolder(dir, 'spec'));
	expect(problems.map((problem) => `${problem.file}:${problem.line} ${problem.message} [${problem.code}]`)).toMatchInlineSnapshot(`
		[
		  "spec/mkdocs.yml:1 \`!ENV\` reads an environment variable; the import never reads the environment and takes the value as its default \`https://example.org\` [mkdocs/env-tag]",
		  "spec/mkdocs.yml:2 \`!ENV\` reads an environment variable; the import never reads the environment and takes the value as its default \`pages\` [mkdocs/env-tag]",
		]
	`);
	expect(config).toMatchInlineSnapshot(`
		{
		  "configFile": "mkdocs.yml",
		  "docsDir": "pages",
		  "nav": [
		    {
		      "kind": "page",
		      "label": undefined,
		      "line": 9,
		      "path": "index.md",
		    },
		    {
		      "children": [
		        {
		          "kind": "page",
		          "label": "Start",
		          "line": 11,
		          "path": "guide/start.md",
		        },
		      ],
		      "kind": "section",
		      "label": "Guide",
		      "line": 10,
		    },
		    {
		      "kind": "link",
		      "label": "Tracker",
		      "line": 12,
		      "url": "https://example.org/issues",
		    },
		  ],
		  "siteName": undefined,
		  "snippetBases": [
		    "includes",
		  ],
		}
	`);
});

test('reports a folder without mkdocs.yml and a config that is not YAML', () => {
	const empty = mkdtempSync(join(tmpdir(), 'mkdocs-config-'));
	expect(readMkdocsConfig(projectFolder(empty, 'old-site')).problems.map((problem) => `${problem.file} ${problem.message}`)).toEqual([
		'old-site/mkdocs.yml no mkdocs.yml in old-site',
	]);
	const broken = project('nav:\n  - [unclosed\n');
	expect(readMkdocsConfig(projectFolder(broken, 'spec')).problems[0]).toMatchObject({
		code: 'mkdocs/config-syntax',
		file: 'spec/mkdocs.yml',
		line: 3,
	});
});
