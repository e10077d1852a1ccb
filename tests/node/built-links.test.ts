import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect, test } from 'vitest';
import { brokenBuiltLinks } from '../support/built-links.ts';

/** A built site in a temporary folder, from `path -> content`. */
function site(files: Record<string, string>): string {
	const dir = mkdtempSync(join(tmpdir(), 'margo-built-links-'));
	for (const [path, content] of Object.entries(files)) {
		mkdirSync(dirname(join(dir, path)), { recursive: true });
		writeFileSync(join(dir, path), content);
	}
	return dir;
}

test('accepts links, assets and anchors that resolve under the base', () => {
	const dir = site({
		'index.html':
			'<a href="/spec/guide/#setup">guide</a><a href="guide/">relative</a><link rel="stylesheet" href="/spec/_astro/a.css"><script src="/spec/_astro/a.js"></script><a href="#_top" id="_top">top</a>',
		'guide/index.html':
			'<h2 id="setup">Setup</h2><a href="../">home</a><img src="/spec/img/x.svg" alt=""><a href="https://github.com/margo">out</a><a href="mailto:a@b.org">mail</a><a href="/spec/api/v1/clients">mock</a>',
		'_astro/a.css': '',
		'_astro/a.js': '',
		'img/x.svg': '<svg/>',
	});
	expect(brokenBuiltLinks(dir, '/spec/', ['api/'])).toEqual([]);
});

test('reports a raw HTML link written without the base, a missing file and a missing anchor', () => {
	const dir = site({
		'index.html':
			'<p><a href="/guide/">raw HTML in a page</a> <a href="/spec/nowhere/">gone</a> <a href="/spec/guide/#missing">anchor</a> <img src="/logo.svg" alt=""></p>',
		'guide/index.html': '<h2 id="setup">Setup</h2>',
	});
	expect(brokenBuiltLinks(dir, '/spec/')).toMatchInlineSnapshot(`
		[
		  "/spec/: /guide/: is outside the base /spec/: write it with the base (in Markdown, as a Markdown link)",
		  "/spec/: /spec/nowhere/: no file of the build answers it",
		  "/spec/: /spec/guide/#missing: guide/index.html has no element with id "missing"",
		  "/spec/: /logo.svg: is outside the base /spec/: write it with the base (in Markdown, as a Markdown link)",
		]
	`);
});
